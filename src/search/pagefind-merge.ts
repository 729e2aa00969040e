/**
 * Merges Pagefind bundles written by several runs over disjoint sets of pages into one bundle, as
 * if one run had indexed them all: per language, one metadata file listing every page, one word
 * index (postings concatenated, re-chunked the way Pagefind chunks), one file per filter.
 * Fragments (one per page) are copied, named by the build and their place (see below).
 *
 * Why: Pagefind keeps the whole index of a run in memory (~0.2–0.4 MB per page here, README,
 * Performance); indexing a large site in parts of a few thousand pages bounds that, and merging
 * the parts' files is cheap (it streams one index chunk at a time).
 *
 * The format is Pagefind's own (1.x; pagefind/src/index in its repository): CBOR arrays in
 * gzip-compressed `.pf_*` files. Page numbers in a word's postings are delta-encoded, in filters
 * absolute. A run's pages are numbered in its own order; the merged bundle numbers them anew, in
 * order of their word counts (see mergeLanguage).
 * test/e2e/pagefind-merge.test.ts checks a merged bundle answers queries exactly as a bundle
 * of one run over the same pages does.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { pagefindBody, readPagefindFile, writePagefindFile, type Cbor } from './pagefind-format.ts';

const gzipAsync = promisify(gzip);

/**
 * Index chunks compressed and written on libuv's threads while the merge goes on: gzip was half
 * of the merge's time on the main thread, and the other core was idle. At most `limit` files
 * are in flight (their bodies are held until written).
 */
function backgroundWrites(limit = 16) {
  const pending = new Set<Promise<void>>();
  let failure: unknown;
  return {
    async write(path: string, body: Buffer): Promise<void> {
      while (pending.size >= limit) await Promise.race(pending);
      if (failure) throw failure;
      const p: Promise<void> = gzipAsync(body)
        .then((gz) => writeFile(path, gz))
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => pending.delete(p));
      pending.add(p);
    },
    async done(): Promise<void> {
      await Promise.all(pending);
      if (failure) throw failure;
    },
  };
}

/**
 * The Pagefind version whose files this merge reads and writes (its format is not a public
 * interface; a release may change it). mergeBundles refuses bundles of any other version.
 */
export const MERGEABLE_PAGEFIND = '1.6.0';

/** Bundles written by a Pagefind this merge was not written for: nothing was merged. */
export class NotMergeable extends Error {
  readonly found: string;
  constructor(found: string, understood: string) {
    super(
      `Pagefind merge: the bundles were written by Pagefind ${found}; this merge reads those of Pagefind ${understood}`,
    );
    this.found = found;
  }
}

/** Pagefind's default index chunk size (its own measure: locations + 1 per posting). */
const CHUNK_SIZE = 20_000;

export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

type Posting = [page: number, locs: Cbor[], metaLocs: number[]];
type Variant = [form: string, pages: Posting[]];
interface Word {
  word: string;
  key: Buffer;
  pages: Posting[];
  variants: Variant[];
}

const fail = (message: string): never => {
  throw new Error(`Pagefind merge: ${message}`);
};
const asArray = (v: Cbor, what: string): Cbor[] => (Array.isArray(v) ? v : fail(`${what} is not a list`));
const asString = (v: Cbor, what: string): string => (typeof v === 'string' ? v : fail(`${what} is not text`));
const asNumber = (v: Cbor, what: string): number => (typeof v === 'number' ? v : fail(`${what} is not a number`));

/** Rust's String order (UTF-8 bytes), which Pagefind sorts words, filters and values by. */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `<language>_<7 hex>`, longer while the name is taken (as Pagefind names chunks and filters). */
function shortName(language: string, bytes: Uint8Array, taken: Set<string>): string {
  const full = sha(bytes);
  let n = 7;
  while (taken.has(`${language}_${full.slice(0, n)}`) && n < full.length) n++;
  const name = `${language}_${full.slice(0, n)}`;
  taken.add(name);
  return name;
}

interface Part {
  dir: string;
  meta: Cbor[];
  /** Field ids of this part's meta fields in the merged list. */
  fieldMap: number[];
  /** This part's page numbers in the merged bundle. */
  number: number[];
}

const byPage = (a: Posting, b: Posting) => a[0] - b[0];

/** A part's words in order, page numbers the merged bundle's (not in order), meta field ids mapped. */
function* wordsOf(part: Part): Generator<Word> {
  const mapMeta = (locs: Cbor): number[] =>
    asArray(locs, 'meta locations').map((n) =>
      asNumber(n, 'meta location') < 0
        ? -(part.fieldMap[-(n as number) - 1] ?? fail('unknown meta field')) - 1
        : (n as number),
    );
  const postings = (list: Cbor): Posting[] => {
    let page = 0;
    return asArray(list, 'postings').map((p) => {
      const [delta, locs, meta] = asArray(p, 'posting');
      page += asNumber(delta!, 'page number');
      return [
        part.number[page] ?? fail(`page ${page} is not listed`),
        asArray(locs!, 'locations'),
        mapMeta(meta ?? []),
      ];
    });
  };
  for (const chunk of asArray(part.meta[2]!, 'index chunks')) {
    const hash = asString(asArray(chunk, 'index chunk')[2]!, 'chunk hash');
    const words = asArray(
      asArray(readPagefindFile(readFileSync(join(part.dir, 'index', `${hash}.pf_index`)), hash), 'word index')[0]!,
      'words',
    );
    for (const w of words) {
      const [word, pages, variants] = asArray(w, 'word');
      const text = asString(word!, 'word');
      yield {
        word: text,
        key: Buffer.from(text, 'utf8'),
        pages: postings(pages!),
        variants: asArray(variants ?? [], 'variants').map((v) => {
          const [form, list] = asArray(v, 'variant');
          return [asString(form!, 'variant form'), postings(list!)];
        }),
      };
    }
  }
}

const postingSize = (list: Posting[]) => list.reduce((sum, p) => sum + p[1].length + p[2].length + 1, 0);

function encodePostings(list: Posting[]): Cbor[] {
  let last = 0;
  return list.map(([page, locs, meta]) => {
    const delta = page - last;
    last = page;
    return [delta, locs, meta];
  });
}

/** Pagefind's chunk ranges: first and last word, trimmed to the prefixes that tell neighbours apart. */
export function chunkRanges(chunks: { first: string; last: string }[]): { from: string; to: string }[] {
  const ranges = chunks.map((c) => ({ from: c.first, to: c.last }));
  const prefixes = (a: string, b: string): [string, string] => {
    const x = [...a];
    const y = [...b];
    let common = 0;
    while (common < x.length && common < y.length && x[common] === y[common]) common++;
    return [x.slice(0, common + 1).join(''), y.slice(0, common + 1).join('')];
  };
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = prefixes(ranges[i]!.to, ranges[i + 1]!.from);
    if (byteOrder(to, ranges[i]!.from) >= 0) ranges[i]!.to = to;
    ranges[i + 1]!.from = from;
  }
  return ranges;
}

async function mergeLanguage(
  language: string,
  dirs: string[],
  entries: PagefindEntry[],
  out: string,
  move: boolean,
): Promise<{ hash: string; pages: number }> {
  const metas = dirs.map((dir, i) =>
    asArray(
      readPagefindFile(readFileSync(join(dir, `pagefind.${entries[i]!.languages[language]!.hash}.pf_meta`))),
      'metadata',
    ),
  );
  const version = asString(metas[0]![0]!, 'version');
  for (const meta of metas) {
    if (meta[0] !== version) fail(`parts were written by different Pagefind versions (${version}, ${String(meta[0])})`);
    if (asArray(meta[4]!, 'sorts').length > 0) fail('pages with data-pagefind-sort cannot be merged');
  }
  const fields = [
    ...new Set(metas.flatMap((m) => asArray(m[5] ?? [], 'meta fields').map((f) => asString(f, 'meta field')))),
  ].sort(byteOrder);
  const parts: Part[] = metas.map((meta, i) => ({
    dir: dirs[i]!,
    meta,
    number: [],
    fieldMap: asArray(meta[5] ?? [], 'meta fields').map((f) => fields.indexOf(f as string)),
  }));

  // Pages, numbered in order of their word counts (the parts' order where counts are equal).
  // Every first search downloads this list, and in the order the runs met the pages gzip could
  // not pack their word counts: at 10,000 pages it was 49.6 KB gzipped, in this order 28.3 KB
  // (what is left is mostly the fragment names).
  // Pagefind ranks by each page's score, and lists pages whose scores are equal (and a search by
  // filters alone) in page order; pages were in the order a run met them before, so no order
  // anyone chose is lost.
  //
  // Fragments: Pagefind names one by a hash of its content; the merged bundle names them by the
  // build (a hash of all of them) and their place in the list, which gzip packs three times
  // tighter (75 KB → 48 KB of metadata at 10,000 pages). Any change to any page renames every
  // fragment, so a browser never takes yesterday's fragment from its cache for today's page.
  mkdirSync(join(out, 'fragment'), { recursive: true });
  // (Array sort is stable: equal counts keep the parts' order.)
  const listed = parts
    .flatMap((part) =>
      asArray(part.meta[1]!, 'pages').map((entry, n) => {
        const page = asArray(entry, 'page');
        return { part, n, page, words: asNumber(page[1]!, 'word count') };
      }),
    )
    .sort((a, b) => a.words - b.words);
  const build = sha(Buffer.from(listed.map(({ page }) => asString(page[0]!, 'page hash')).join('\n'))).slice(0, 7);
  const moved = new Map<string, string>();
  const pages: Cbor[] = listed.map(({ part, n, page, words }, i) => {
    const [hash, , group] = page;
    if (group !== '') fail('grouped fragments (maxFragments) cannot be merged');
    part.number[n] = i;
    const name = `${language}_${build}${i.toString(36)}`;
    // With `move`, moved rather than copied (the parts are deleted after the merge); a file
    // listed twice, for pages Pagefind found identical, is copied the second time.
    const source = join(part.dir, 'fragment', `${asString(hash!, 'page hash')}.pf_fragment`);
    const target = join(out, 'fragment', `${name}.pf_fragment`);
    if (moved.has(source)) copyFileSync(moved.get(source)!, target);
    else if (move) {
      renameSync(source, target);
      moved.set(source, target);
    } else copyFileSync(source, target);
    return [name, words, ''];
  });

  // Words: a k-way merge of the parts' sorted word lists, written out chunk by chunk.
  mkdirSync(join(out, 'index'), { recursive: true });
  const taken = new Set<string>();
  const chunks: { first: string; last: string; hash: string }[] = [];
  const writes = backgroundWrites();
  let current: Word[] = [];
  let size = 0;
  const flush = async () => {
    if (current.length === 0) return;
    const words: Cbor[] = current.map((w) => [
      w.word,
      encodePostings(w.pages),
      w.variants.map(([form, list]) => [form, encodePostings(list)]),
    ]);
    const body = pagefindBody([words]);
    const hash = shortName(language, body, taken);
    chunks.push({ first: current[0]!.word, last: current.at(-1)!.word, hash });
    current = [];
    size = 0;
    await writes.write(join(out, 'index', `${hash}.pf_index`), body);
  };
  const streams = parts.map((p) => wordsOf(p));
  const heads = streams.map((s) => s.next());
  for (;;) {
    let min: Word | undefined;
    for (const h of heads) if (!h.done && (!min || Buffer.compare(h.value.key, min.key) < 0)) min = h.value;
    if (!min) break;
    const word: Word = { word: min.word, key: min.key, pages: [], variants: [] };
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i]!;
      if (h.done || !h.value.key.equals(min.key)) continue;
      word.pages.push(...h.value.pages);
      for (const [form, list] of h.value.variants) {
        const same = word.variants.find((v) => v[0] === form);
        if (same) same[1].push(...list);
        else word.variants.push([form, [...list]]);
      }
      heads[i] = streams[i]!.next();
    }
    word.pages.sort(byPage);
    for (const v of word.variants) v[1].sort(byPage);
    size +=
      postingSize(word.pages) + word.variants.reduce((sum, v) => sum + postingSize(v[1]), 0) + word.variants.length;
    current.push(word);
    if (size >= CHUNK_SIZE) await flush();
  }
  await flush();
  await writes.done();
  const ranges = chunkRanges(chunks);

  // Filters: values' page lists (absolute numbers), renumbered and sorted.
  mkdirSync(join(out, 'filter'), { recursive: true });
  const filters = new Map<string, Map<string, number[]>>();
  for (const part of parts) {
    for (const f of asArray(part.meta[3]!, 'filters')) {
      const [name, hash] = asArray(f, 'filter').map((x) => asString(x, 'filter'));
      const [, values] = asArray(
        readPagefindFile(readFileSync(join(part.dir, 'filter', `${hash}.pf_filter`)), hash!),
        'filter index',
      );
      const merged = filters.get(name!) ?? new Map<string, number[]>();
      filters.set(name!, merged);
      for (const v of asArray(values!, 'filter values')) {
        const [value, list] = asArray(v, 'filter value');
        const key = asString(value!, 'filter value');
        const into = merged.get(key) ?? [];
        merged.set(key, into);
        for (const n of asArray(list!, 'filter pages'))
          into.push(part.number[asNumber(n, 'filter page')] ?? fail(`filter page ${String(n)} is not listed`));
      }
    }
  }
  const filterList: Cbor[] = [];
  for (const name of [...filters.keys()].sort(byteOrder)) {
    const values = filters.get(name)!;
    const bytes = writePagefindFile([
      name,
      [...values.keys()].sort(byteOrder).map((v) => [v, values.get(v)!.sort((a, b) => a - b)]),
    ]);
    const hash = shortName(language, bytes, taken);
    writeFileSync(join(out, 'filter', `${hash}.pf_filter`), bytes);
    filterList.push([name, hash]);
  }

  const meta: Cbor[] = [
    version,
    pages,
    chunks.map((c, i) => [ranges[i]!.from, ranges[i]!.to, c.hash]),
    filterList,
    [],
    fields,
  ];
  const bytes = writePagefindFile(meta);
  const hash = `${language}_${sha(bytes).slice(0, language.length + 8)}`;
  writeFileSync(join(out, `pagefind.${hash}.pf_meta`), bytes);
  return { hash, pages: pages.length };
}

/** Pagefind's own files (scripts, styles, WebAssembly): the same in every part. */
function copyStatic(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory() || name === 'pagefind-entry.json' || name.endsWith('.pf_meta')) continue;
    if (!existsSync(join(to, name))) copyFileSync(source, join(to, name));
  }
}

/**
 * Merges the bundles in `dirs` (in page order) into `out`; returns the merged entry. With
 * `move`, fragments are moved out of the bundles instead of copied (they are spent). Throws
 * NotMergeable, having written nothing, when a bundle is not of the version `understands`.
 */
export async function mergeBundles(
  dirs: readonly string[],
  out: string,
  {
    move = false,
    understands = MERGEABLE_PAGEFIND,
  }: { move?: boolean; /** The version to accept (tests change it). */ understands?: string } = {},
): Promise<PagefindEntry> {
  const entries = dirs.map(
    (dir) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry,
  );
  // Before anything is written or moved: a bundle of another version is left as it is.
  const other = entries.find((e) => e.version !== understands);
  if (other) throw new NotMergeable(String(other.version), understands);
  mkdirSync(out, { recursive: true });
  const merged: PagefindEntry = { version: entries[0]?.version ?? '', languages: {} };
  if (entries[0]?.include_characters) merged.include_characters = entries[0].include_characters;
  for (const dir of dirs) copyStatic(dir, out);
  const languages = [...new Set(entries.flatMap((e) => Object.keys(e.languages)))].sort(byteOrder);
  for (const language of languages) {
    const having = dirs.flatMap((_, i) => (entries[i]!.languages[language] ? [i] : []));
    const wasm = entries[having[0]!]!.languages[language]!.wasm;
    const { hash, pages } = await mergeLanguage(
      language,
      having.map((i) => dirs[i]!),
      having.map((i) => entries[i]!),
      out,
      move,
    );
    merged.languages[language] = { hash, wasm, page_count: pages };
  }
  writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify(merged));
  return merged;
}
