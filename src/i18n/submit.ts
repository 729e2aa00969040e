/**
 * The submit panel's words (src/widgets/editor/SubmitPanel.svelte), zh-CN and en: what submitting
 * does, said for a standards owner who neither reads YAML nor uses git; what access a token needs
 * and how to make one; every failure as what happened and what to do; and the words of the commit
 * and the pull request the editor writes. A catalog of its own, apart from editor.ts (the form's
 * words), because the panel is one surface with its own vocabulary.
 */

const zh = {
  heading: '提交变更',
  // Why the buttons are off.
  blockedByChecking: '正在检查文件：检查完成之前，不能下载、复制补丁或提交。',
  blockedByErrors: '文件还有错误，所以暂时不能下载、复制补丁或提交。请先按上方的问题列表修正。',
  blockedByConflicts: (n: number) =>
    `还有 ${n} 处合并冲突没有解决，所以暂时不能下载、复制补丁或提交。请在 YAML 源码中保留要的内容，并删除 <<<<<<<、=======、>>>>>>> 这几行标记。`,
  noChanges: '还没有改动：修改后才能提交。',
  // The pull request, before signing in.
  github: (repository: string) => `通过 GitHub 提交（${repository}）`,
  planHeading: '提交后会发生什么',
  planBranch: '在 GitHub 仓库中新建一个分支：',
  planBranchFrom: (base: string) => `（从 ${base} 分出）。`,
  planCommit: (path: string) => `在这个分支上做一次提交（commit），只包含 ${path} 的这次改动。`,
  planPull: (base: string) => `创建一个草稿拉取请求（draft pull request），请求把这个分支合并到 ${base}。`,
  planReview: '审核人查看并合并它。合并之前，手册不会有任何变化，也不会发布。',
  accessHeading: '需要的访问权限',
  access: (repository: string) =>
    `一个 GitHub 细粒度访问令牌（fine-grained personal access token），只授权 ${repository} 这一个仓库，权限为 Contents 和 Pull requests 的读写（Read and write）。`,
  howToHeading: '如何创建令牌',
  howToOpen: '打开 GitHub 的创建令牌页面（名称和权限已预填）',
  howToOpenAfter: '，需要先登录 GitHub。',
  howToRepository: (repository: string) =>
    `在 "Repository access" 中选择 "Only select repositories"，再选中 ${repository}。`,
  howToPermissions:
    '在 "Repository permissions" 中确认 Contents 和 Pull requests 都是 "Read and write"（Metadata 只读会自动加上），其他不用选。',
  howToGenerate: '点击 "Generate token"，复制生成的令牌，粘贴到下面。',
  token: 'GitHub 访问令牌',
  tokenKept: '令牌只保存在这个标签页中（关闭即清除），只发送给下面“高级”中的 API 地址。',
  signIn: '登录',
  signingIn: '正在检查令牌…',
  signOut: '退出并忘记令牌',
  signedInAs: (login: string) => `已登录为 ${login}。`,
  openPr: '创建草稿拉取请求',
  working: '正在提交…',
  advanced: '高级',
  apiBase: (url: string) => `令牌发送到：${url}（handbook.yaml 中的 repository.api，构建网站时确定）。`,
  apiInvalid: (url: string) =>
    `handbook.yaml 中的 repository.api "${url}" 不是可以发送令牌的地址，所以无法从这里创建拉取请求。请让维护网站的人运行 npx touchstone check 查看原因；在此之前可以下载文件或复制补丁。`,
  // After submitting.
  prOpened: (n: number) => `已创建草稿拉取请求 #${n}。`,
  prOpenedReady: (n: number) => `已创建拉取请求 #${n}（这个仓库不支持草稿，所以直接标为待审核）。`,
  prUpdated: (n: number) => `已把最新改动提交到拉取请求 #${n}。`,
  prLink: '在 GitHub 上查看拉取请求',
  prCurrent: (n: number) => `这次改动的拉取请求：#${n}`,
  prUpToDate: (n: number) => `改动已全部提交到拉取请求 #${n}；再修改后可以继续提交。`,
  nextSteps: (base: string) =>
    `接下来：审核人会查看这个拉取请求，可能在上面留言。合并到 ${base} 后，手册网站会在下次构建时更新。之后再修改，可以继续在这里提交到同一个拉取请求。`,
  // Handing the change over without GitHub.
  handoverHeading: '没有 GitHub 权限时',
  download: '下载文件',
  copyPatch: '复制补丁',
  patchHelp:
    '补丁只包含这次的改动。交给有仓库权限的人：保存为文件（例如 change.patch），在仓库根目录运行 git apply change.patch，再运行 npx touchstone check 确认没有错误。',
  copied: '补丁已复制。保存为 change.patch，在仓库根目录运行 git apply change.patch，然后运行 npx touchstone check。',
  copyFailed: '浏览器不允许复制到剪贴板。请改用“下载文件”，或允许本页访问剪贴板后重试。',
  // Local save (astro dev only).
  saveLocal: '保存到工作区（本地开发）',
  savedLocal: '已保存到工作区，并已重新校验。',
  devServerUnreachable:
    '连接不上本地开发服务器：它可能已经停止。请重新运行 npm run dev 后再试，改动仍保存在本机草稿中。',
  // What went wrong, and what to do.
  tokenRejected:
    'GitHub 没有接受这个令牌（可能输错、已过期或已被撤销）。请按上面的步骤创建一个新令牌，再登录。改动仍保存在本机草稿中。',
  tokenMalformed: '这看起来不是一个 GitHub 令牌：请粘贴完整的令牌（通常以 github_pat_ 开头），不要带空格或换行。',
  tokenForbidden: (repository: string) =>
    `GitHub 接受了这个令牌，但它没有权限写入 ${repository}。请确认令牌选中了这个仓库，并且 Contents 和 Pull requests 都是 "Read and write"；如果仓库属于组织，可能还要等组织管理员批准这个令牌。`,
  rateLimited: (when: string) => `GitHub 暂时限制了请求次数。请在 ${when} 之后再试，改动仍保存在本机草稿中。`,
  rateLimitedSoon: 'GitHub 暂时限制了请求次数。请过几分钟再试，改动仍保存在本机草稿中。',
  offline: (host: string) =>
    `连接不上 ${host}：可能是网络断开，或者被代理、防火墙挡住了。请检查网络后再试。改动仍保存在本机草稿中，不会丢失。`,
  serverError: (status: number) =>
    `GitHub 服务器出错了（状态 ${status}），这不是你的改动的问题。请过几分钟再试，改动仍保存在本机草稿中。`,
  notFound: (repository: string, base: string) =>
    `找不到仓库 ${repository} 或它的分支 ${base}，或者这个令牌看不到它。请确认令牌选中了这个仓库。`,
  pullExists: '这个分支已经有一个打开的拉取请求。请在 GitHub 上查看它。',
  nothingToPull: (base: string) => `这个分支和 ${base} 没有差别：这次的改动可能已经在 ${base} 上了。`,
  refused: (status: number) =>
    `GitHub 拒绝了这个请求（状态 ${status}）。请再试一次；如果仍然失败，请下载文件或复制补丁，交给有权限的人。`,
  badResponse: 'GitHub 的回答无法识别。请再试一次；如果仍然失败，请下载文件或复制补丁，交给有权限的人。',
  unexpected: '出现了意外错误。请再试一次；如果仍然失败，请下载文件或复制补丁，交给有权限的人。',
  stale: (base: string) =>
    `这个文件在你编辑期间已在 ${base} 上被别人修改。已把他们的修改和你的修改合并在一起：请在“变更”中检查，然后再次点击“创建草稿拉取请求”。`,
  conflict: (n: number, base: string) =>
    `这个文件在你编辑期间已在 ${base} 上被别人修改，而且有 ${n} 处和你改的是同一段，无法自动合并。请在 YAML 源码中找到 <<<<<<< 和 >>>>>>> 之间的两种写法，保留要的内容并删除标记行，然后再次提交。`,
  technical: '技术细节：',
  // The commit and the pull request.
  addTitle: (file: string) => `新增 ${file}`,
  updateTitle: (file: string) => `更新 ${file}`,
  prIntro: (path: string) => `在 Touchstone 编辑器中编辑了 \`${path}\`。`,
  changedFields: '改动的字段',
  newFile: '（新文件）',
  validation: '校验结果',
  noProblems: 'touchstone check：没有错误，没有警告',
  problemLine: (severity: string, code: string, line: number, column: number, message: string) =>
    `${severity === 'error' ? '错误' : '警告'} \`${code}\` 第 ${line} 行第 ${column} 列：${message}`,
};

export type SubmitStrings = typeof zh;

const en: SubmitStrings = {
  heading: 'Submit the change',
  blockedByChecking:
    'The file is being checked: it can be downloaded, copied as a patch or submitted once the check is done.',
  blockedByErrors:
    'The file still has errors, so it cannot be downloaded, copied as a patch or submitted yet. Fix them first: see the list of problems above.',
  blockedByConflicts: (n) =>
    `${n} merge conflict${n === 1 ? ' is' : 's are'} not resolved yet, so the file cannot be downloaded, copied as a patch or submitted. In the YAML source, keep the text you want and delete the <<<<<<<, ======= and >>>>>>> marker lines.`,
  noChanges: 'No changes yet: there is nothing to submit.',
  github: (repository) => `Submit through GitHub (${repository})`,
  planHeading: 'What happens when you submit',
  planBranch: 'A new branch is made in the GitHub repository: ',
  planBranchFrom: (base) => ` (from ${base}).`,
  planCommit: (path) => `One commit on that branch, with this change to ${path} and nothing else.`,
  planPull: (base) => `A draft pull request asks to merge that branch into ${base}.`,
  planReview:
    'A reviewer looks at it and merges it. Until then nothing in the handbook changes and nothing is published.',
  accessHeading: 'The access you need',
  access: (repository) =>
    `A GitHub fine-grained personal access token for the one repository ${repository}, with Contents and Pull requests set to "Read and write".`,
  howToHeading: 'How to make one',
  howToOpen: "Open GitHub's new-token page (name and permissions are filled in)",
  howToOpenAfter: '; sign in to GitHub if asked.',
  howToRepository: (repository) =>
    `Under "Repository access", choose "Only select repositories" and select ${repository}.`,
  howToPermissions:
    'Under "Repository permissions", check that Contents and Pull requests are "Read and write" (Metadata read-only is added by itself). Nothing else is needed.',
  howToGenerate: 'Click "Generate token", copy the token and paste it below.',
  token: 'GitHub access token',
  tokenKept:
    'The token is kept in this tab only (gone when you close it) and sent only to the API address under "Advanced".',
  signIn: 'Sign in',
  signingIn: 'Checking the token…',
  signOut: 'Sign out and forget the token',
  signedInAs: (login) => `Signed in as ${login}.`,
  openPr: 'Open a draft pull request',
  working: 'Submitting…',
  advanced: 'Advanced',
  apiBase: (url) => `The token is sent to ${url} (repository.api in handbook.yaml, fixed when the site was built).`,
  apiInvalid: (url) =>
    `repository.api "${url}" in handbook.yaml is not an address a token may be sent to, so pull requests cannot be opened from here. Ask whoever maintains the site to run npx touchstone check to see why; meanwhile, download the file or copy a patch.`,
  prOpened: (n) => `Draft pull request #${n} is open.`,
  prOpenedReady: (n) =>
    `Pull request #${n} is open (this repository does not allow drafts, so it is ready for review).`,
  prUpdated: (n) => `Your latest change is committed to pull request #${n}.`,
  prLink: 'See the pull request on GitHub',
  prCurrent: (n) => `This change's pull request: #${n}`,
  prUpToDate: (n) => `Everything is committed to pull request #${n}; edit again to submit more.`,
  nextSteps: (base) =>
    `Next: a reviewer looks at the pull request and may comment on it there. Once it is merged into ${base}, the handbook site shows the change at its next build. More edits made here go to the same pull request.`,
  handoverHeading: 'Without access to GitHub',
  download: 'Download the file',
  copyPatch: 'Copy a patch',
  patchHelp:
    'The patch holds this change only. Give it to someone with access to the repository: save it as a file (for example change.patch), run git apply change.patch at the root of the repository, then npx touchstone check to confirm there are no errors.',
  copied:
    'Patch copied. Save it as change.patch, run git apply change.patch at the root of the repository, then npx touchstone check.',
  copyFailed:
    'The browser did not allow copying to the clipboard. Download the file instead, or allow this page to use the clipboard and try again.',
  saveLocal: 'Save to the working tree (local dev)',
  savedLocal: 'Saved to the working tree and checked again.',
  devServerUnreachable:
    'The local dev server does not answer: it may have stopped. Run npm run dev again and retry; your change is still in the draft on this device.',
  tokenRejected:
    'GitHub did not accept this token (mistyped, expired or revoked). Make a new one with the steps above and sign in again. Your change is still in the draft on this device.',
  tokenMalformed:
    'This does not look like a GitHub token: paste the whole token (it usually starts with github_pat_), with no spaces or line breaks.',
  tokenForbidden: (repository) =>
    `GitHub accepted the token, but it may not write to ${repository}. Check that the token has this repository selected and Contents and Pull requests set to "Read and write"; if an organisation owns the repository, an owner may still have to approve the token.`,
  rateLimited: (when) =>
    `GitHub is limiting requests for now. Try again after ${when}; your change is still in the draft on this device.`,
  rateLimitedSoon:
    'GitHub is limiting requests for now. Try again in a few minutes; your change is still in the draft on this device.',
  offline: (host) =>
    `Could not reach ${host}: the network may be down, or a proxy or firewall blocks it. Check the connection and try again. Your change is still in the draft on this device, nothing is lost.`,
  serverError: (status) =>
    `GitHub had a server error (status ${status}); it is not a problem with your change. Try again in a few minutes; your change is still in the draft on this device.`,
  notFound: (repository, base) =>
    `The repository ${repository} or its branch ${base} was not found, or this token cannot see it. Check that the token has this repository selected.`,
  pullExists: 'This branch already has an open pull request. See it on GitHub.',
  nothingToPull: (base) => `This branch does not differ from ${base}: the change may already be on ${base}.`,
  refused: (status) =>
    `GitHub refused the request (status ${status}). Try again; if it fails again, download the file or copy a patch and give it to someone with access.`,
  badResponse:
    "GitHub's answer could not be understood. Try again; if it fails again, download the file or copy a patch and give it to someone with access.",
  unexpected:
    'Something unexpected went wrong. Try again; if it fails again, download the file or copy a patch and give it to someone with access.',
  stale: (base) =>
    `Someone changed this file on ${base} while you were editing. Their change and yours are merged: check the result under Changes, then click "Open a draft pull request" again.`,
  conflict: (n, base) =>
    `Someone changed this file on ${base} while you were editing, and ${n} of their change${n === 1 ? '' : 's'} touch${n === 1 ? 'es' : ''} the same lines as yours, so they cannot be merged by themselves. In the YAML source, find both versions between <<<<<<< and >>>>>>>, keep the text you want, delete the marker lines, then submit again.`,
  technical: 'Technical details: ',
  addTitle: (file) => `Add ${file}`,
  updateTitle: (file) => `Update ${file}`,
  prIntro: (path) => `Edited \`${path}\` in the Touchstone editor.`,
  changedFields: 'Changed fields',
  newFile: '(new file)',
  validation: 'Validation',
  noProblems: 'touchstone check: no errors, no warnings',
  problemLine: (severity, code, line, column, message) => `${severity} \`${code}\` line ${line}:${column}: ${message}`,
};

/** The panel's words by locale. */
export const SUBMIT_STRINGS: Record<'zh-CN' | 'en', SubmitStrings> = { 'zh-CN': zh, en };
