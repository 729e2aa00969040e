#!/usr/bin/env node
// The touchstone command. Node ≥ 22.18 runs the TypeScript sources directly (type stripping);
// the project pins Node 24 through the `node` devDependency.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `touchstone needs Node.js 22.18 or newer (this is ${process.versions.node}). Run it through npm (npm run check, npx touchstone) so the project's pinned Node is used.\n` +
      `touchstone 需要 Node.js 22.18 或更高版本（当前 ${process.versions.node}）。请通过 npm 运行（npm run check、npx touchstone），以使用项目固定的 Node 版本。`,
  );
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
