import { keepCatalogFacts } from "../catalog/facts.ts";
import { CONFIG_FILE, DEFAULT_LIMITS, resolveConfig, type InputLimits, type RegistryConfig } from "../config/config.ts";
import { JsonText } from "../json/parse.ts";
import { inputSymlink, inputTooDeep, inputTooLarge, ioUnreadable, jsonDuplicateKey, jsonSyntax } from "../rules/load-rules.ts";
import { InputRefused, tooLarge } from "../source/refusal.ts";
import { FindingSink } from "../rules/rule.ts";
import type { Release } from "../schemas/releases.ts";
import { loadPrecompiled } from "../schemas/precompiled.ts";
import { SchemaSet } from "../schemas/schema-set.ts";
import { FsSource } from "../source/fs-source.ts";
import type { RegistrySource } from "../source/source.ts";
import type { Finding, Span } from "../findings/finding.ts";
import { Classifier, isFramePath, type PackagePlan } from "./classify.ts";
import type { Interner } from "../util/intern.ts";
import { PathIndex } from "../util/path-index.ts";
import { mark } from "../util/timing.ts";
import { discover } from "./discover.ts";
import type { DocumentKind } from "./kinds.ts";
import { RegistryDocument, type ContentReader, type KeptFacts, type ContractPackage, type Frame, type Registry } from "./document.ts";
import { checkInParallel, CHUNK, frameInput, isLateManifest, readTogether, startWorkers, type SchemaFileText, type StartedWorker } from "./parallel.ts";
import { ColumnStrings, documentAt } from "./columns.ts";
import { ReferenceTableWriter } from "./reference-table.ts";
import { referencesOf } from "./references.ts";
import { targetOf } from "./id-index.ts";

export interface LoadOptions {
  /** Overrides the release named in the config file. */
  release?: Release;
  /** Where the files come from; the folder `root` on disk by default. */
  source?: RegistrySource;
  /**
   * Keep every document's parsed content in memory. By default only the
   * config, schemas, global catalogs and manifests keep theirs; the rest is
   * read again when asked for, so memory stays flat however large the
   * registry. Runs keep it, since they write into the registry they read.
   */
  keepContent?: boolean;
  /** Threads to check documents on, this one included: the machine's cores by default; 1 keeps to this thread. */
  concurrency?: number;
  /** Fewest documents worth a second thread (tests lower it). */
  parallelMinDocuments?: number;
  /**
   * Keep what the catalog takes from each document (its digest, owner, flow
   * shape) while its content is in memory, so a catalog, a catalog diff or a
   * cache need not read every document again. Costs a canonical JSON and a
   * sha256 per document.
   */
  catalogFacts?: boolean;
}

/**
 * Sharing the documents between threads: `workerUrl` is a module that calls
 * serveDocuments with the same visitor (see check-worker.ts). Only for a
 * registry on disk with at least `minDocuments` documents outside the frame,
 * where starting a thread pays for itself.
 */
export interface Parallelism {
  workerUrl: URL;
  threads: number;
  minDocuments: number;
  /** Workers started ahead, as soon as the listing showed a registry large enough (loadRegistry). */
  started?: readonly StartedWorker[];
}

/** What runs on each document while its content is in memory: the document rules. */
export type DocumentVisitor = (doc: RegistryDocument, frame: Frame, sink: FindingSink) => void;

export interface LoadResult {
  registry: Registry;
  sink: FindingSink;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes and parses a file's bytes within the limits; a source that could not refuse an oversized file before reading it is caught here. */
export function parseBytes(bytes: Buffer | Error, limits: Readonly<InputLimits> = DEFAULT_LIMITS): JsonText | Error {
  const text = decodeBytes(bytes, limits);
  return text instanceof Error ? text : new JsonText(text, limits);
}

/** A file's bytes as text, within the limits; not yet parsed. */
function decodeBytes(bytes: Buffer | Error, limits: Readonly<InputLimits>): string | Error {
  if (bytes instanceof Error) return bytes;
  if (bytes.length > limits.maxFileBytes) return tooLarge(bytes.length, limits.maxFileBytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return notUtf8(bytes);
  }
}

/** Not UTF-8, with where the first bad byte stands. */
export class NotUtf8 extends Error {
  readonly span: Span;

  constructor(message: string, span: Span) {
    super(message);
    this.span = span;
  }
}

function notUtf8(bytes: Buffer): NotUtf8 {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const bad = lenient.indexOf("\ufffd");
  const before = bad === -1 ? "" : lenient.slice(0, bad);
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  const at = { line, column };
  return new NotUtf8(`the file is not valid UTF-8 text (the first bad byte is on line ${line}, column ${column})`, { start: at, end: at });
}

/** Reads and parses one file of a source within the limits (see readText and parseRead). */
export function readJson(source: RegistrySource, path: string, limits: Readonly<InputLimits> = DEFAULT_LIMITS): JsonText | Error {
  return parseRead(readText(source, path, limits), source, path, limits);
}

/** Reads one file of a source as text, within the limits, to be parsed by parseRead: with the source's borrowed read where it has one. */
export function readText(source: RegistrySource, path: string, limits: Readonly<InputLimits> = DEFAULT_LIMITS): string | Error {
  return decodeBytes(source.readBorrowed ? source.readBorrowed(path, limits.maxFileBytes) : source.read(path, limits.maxFileBytes), limits);
}

/**
 * Reads the documents at `paths` in order and hands each to `each`, reading a
 * few files one after another before parsing and checking them: reading
 * between documents' checks, the system took twice as long (opening 45,000
 * files on a worker: 322–357 against 197 ms), its caches cold from the work
 * in between. A few, as what is read waits in memory.
 */
export function forEachDocument(
  source: RegistrySource,
  paths: readonly string[],
  sink: FindingSink,
  limits: Readonly<InputLimits>,
  each: (doc: RegistryDocument, at: number) => void,
): void {
  const texts: Array<string | Error> = [];
  for (let from = 0; from < paths.length; from += READ_TOGETHER) {
    const to = Math.min(from + READ_TOGETHER, paths.length);
    for (let i = from; i < to; i++) texts[i - from] = readText(source, paths[i]!, limits);
    for (let i = from; i < to; i++) each(readDocument(source, paths[i]!, sink, parseRead(texts[i - from]!, source, paths[i]!, limits), limits), i);
    // Let the texts go with their documents, not when the next few overwrite them.
    texts.length = 0;
  }
}

/** Files read together by forEachDocument: 256 cost 8 MB more at 100,000 files for no more speed. */
const READ_TOGETHER = 64;

/** Parses what readText gave for `path`. */
export function parseRead(text: string | Error, source: RegistrySource, path: string, limits: Readonly<InputLimits> = DEFAULT_LIMITS): JsonText | Error {
  const json = text instanceof Error ? text : new JsonText(text, limits);
  if (!source.readBorrowed) return json;
  // A borrowed read takes a short read for the file's end; where that was wrong, the text is cut short and does not
  // parse (or ends inside a character), so what does not parse is read again with its size asked first.
  return json instanceof NotUtf8 || (json instanceof JsonText && json.syntaxError) ? parseBytes(source.read(path, limits.maxFileBytes), limits) : json;
}

const REFUSAL_RULE = { "input/symlink": inputSymlink, "input/too-large": inputTooLarge, "input/too-deep": inputTooDeep } as const;

/** Reads documents again after their content was released; the last few are kept, as rules often ask twice. */
export class Rereader implements ContentReader {
  readonly #source: RegistrySource;
  readonly #limits: Readonly<InputLimits>;
  readonly #recent = new Map<string, JsonText | undefined>();
  readonly keptFacts: KeptFacts | undefined;

  constructor(source: RegistrySource, limits: Readonly<InputLimits> = DEFAULT_LIMITS, keptFacts?: KeptFacts) {
    this.#source = source;
    this.#limits = limits;
    this.keptFacts = keptFacts;
  }

  read(path: string): JsonText | undefined {
    if (this.#recent.has(path)) return this.#recent.get(path);
    const json = readJson(this.#source, path, this.#limits);
    const value = json instanceof Error ? undefined : json;
    if (this.#recent.size >= 64) this.#recent.delete(this.#recent.keys().next().value!);
    this.#recent.set(path, value);
    return value;
  }
}

/** Reading, syntax and duplicate-key findings of one file, and its document. */
export function readDocument(
  source: RegistrySource,
  path: string,
  sink: FindingSink,
  parsed?: JsonText | Error,
  limits: Readonly<InputLimits> = DEFAULT_LIMITS,
): RegistryDocument {
  const json = parsed ?? readJson(source, path, limits);
  if (json instanceof InputRefused) {
    sink.report(REFUSAL_RULE[json.rule], { file: path, message: json.message, hint: json.hint });
    return new RegistryDocument(path, undefined);
  }
  if (json instanceof Error) {
    sink.report(ioUnreadable, { file: path, message: `cannot read the file: ${json.message}`, ...(json instanceof NotUtf8 ? { span: json.span, hint: "save the file as UTF-8" } : {}) });
    return new RegistryDocument(path, undefined);
  }
  if (json.limitError) sink.report(REFUSAL_RULE[json.limitError.rule], { file: path, span: json.limitError.span, message: json.limitError.message, hint: json.limitError.hint });
  if (json.syntaxError) sink.report(jsonSyntax, { file: path, span: json.syntaxError.span, message: json.syntaxError.message, hint: syntaxHint(json) });
  for (const d of json.duplicateKeys)
    sink.report(jsonDuplicateKey, {
      file: path,
      span: d.span,
      message: `key "${d.key}" appears twice in the same object (first on line ${d.firstSpan.start.line}); only this last value counts`,
      hint: "remove one of the two, or merge them",
    });
  return new RegistryDocument(path, json);
}

/** Everything about a registry that does not come from its documents one by one. */
export interface Setup {
  source: RegistrySource;
  config: RegistryConfig;
  configJson: JsonText | Error | undefined;
  paths: string[];
}

/** The registry's config alone, as a check would resolve it. */
export function readConfig(root: string, release?: Release): RegistryConfig {
  const source = new FsSource(root);
  const json = source.exists(CONFIG_FILE) ? readJson(source, CONFIG_FILE) : undefined;
  const config = resolveConfig(json instanceof JsonText ? json.value : undefined);
  if (release) config.release = release;
  return config;
}

/** `listed` is told, while the files are listed, how many are so far (not every source tells). */
export async function setUp(root: string, options: LoadOptions, paths?: string[], listed?: (count: number, setup: Omit<Setup, "paths">) => void): Promise<Setup> {
  const source = options.source ?? new FsSource(root);
  // The config is read within the default limits: it is what sets them.
  const configJson = source.exists(CONFIG_FILE) ? readJson(source, CONFIG_FILE) : undefined;
  const config = resolveConfig(configJson instanceof JsonText ? configJson.value : undefined);
  if (options.release) config.release = options.release;
  const known = { source, config, configJson };
  const [found] = await Promise.all([paths ?? discover(source, config, listed && ((count) => listed(count, known))), loadPrecompiled(config.release)]);
  return { ...known, paths: found };
}

/** The frame: config, schemas, global catalogs and manifests, read and classified first. */
export interface LoadedFrame {
  frame: Frame;
  classifier: Classifier;
  documents: RegistryDocument[];
}

/**
 * Reads the frame: the files `inFrame` picks (by default the config, schemas,
 * catalogs and manifests), and takes `knownPlans` as packages whose manifests
 * it does not read again. What `read` holds (its frame files, and some of
 * them parsed) is not looked for or read again.
 */
export function loadFrame(
  root: string,
  setup: Setup,
  sink: FindingSink,
  inFrame?: (path: string) => boolean,
  knownPlans: readonly PackagePlan[] = [],
  compiledSchemas?: ReadonlySet<string>,
  read?: FrameRead,
): LoadedFrame {
  const { source, config, configJson, paths } = setup;
  const documents = (read?.paths ?? paths.filter(inFrame ?? ((p) => isFramePath(p, config)))).map((path) =>
    readDocument(source, path, sink, path === CONFIG_FILE && configJson ? configJson : read?.parsed.get(path), config.limits),
  );
  const schemas = new SchemaSet(config.release);
  const classifier = new Classifier(config, schemas, sink, paths);
  classifier.classifyFrame(documents, knownPlans, compiledSchemas);
  const globals = new Map<string, RegistryDocument>();
  for (const doc of documents) if (doc.kind === "global" && doc.id && doc.json?.ok && !globals.has(doc.id)) globals.set(doc.id, doc);
  const frame: Frame = { root, config, schemas, globals, systemContracts: classifier.systemContracts(), flowOwners: classifier.flowOwners() };
  return { frame, classifier, documents };
}

/** The frame's files, in the listing's order, and those of them already read and parsed. */
export interface FrameRead {
  paths: readonly string[];
  parsed: ReadonlyMap<string, JsonText | Error>;
}

/**
 * The frame's files, read with workers started ahead: the schema files
 * first, here, sent to the workers to compile while the rest (the
 * manifests) is read by all threads together (readTogether).
 */
async function readFrameWith(workers: readonly StartedWorker[], root: string, setup: Setup, inFrame: (path: string) => boolean): Promise<FrameRead> {
  const { source, config } = setup;
  const parsed = new Map<string, JsonText | Error>();
  const parse = (path: string, text: string | Error) => {
    const json = parseRead(text, source, path, config.limits);
    parsed.set(path, json);
    return json;
  };
  const readHere = (path: string) => readText(source, path, config.limits);
  const paths = setup.paths.filter(inFrame);
  // The config was read first, within the default limits: it is what sets them.
  const framePaths = paths.filter((p) => p !== CONFIG_FILE);
  const schemaFiles: SchemaFileText[] = [];
  for (const path of framePaths) {
    if (!path.endsWith(".schema.json")) continue;
    const json = parse(path, readHere(path));
    if (json instanceof JsonText && json.ok) schemaFiles.push({ path, text: json.text });
  }
  const rest = framePaths.filter((p) => !parsed.has(p));
  const texts = await readTogether(workers, root, config, schemaFiles, rest, readHere);
  rest.forEach((path, i) => parse(path, texts[i]!));
  return { paths, parsed };
}

/** What an incremental load takes over from a cache instead of reading. */
export interface Reuse {
  /** Which paths are frame documents to read (the config, schemas, catalogs and the manifests of changed packages). */
  inFrame: (path: string) => boolean;
  /** Those paths, in the listing's order, when the caller knows them without asking of every path (100,000 asked took 30 ms). */
  framePaths?: readonly string[];
  /** Packages whose manifests are not read again. */
  plans: readonly PackagePlan[];
  /** Registry schema files known to compile, as they did for the cached base: not compiled up front. */
  compiledSchemas?: ReadonlySet<string>;
  /** The document at `path` (setup.paths[at]) as it was; undefined to read it. */
  take(path: string, at: number): RegistryDocument | undefined;
  /** About how many documents the load will read rather than take: its table of references is sized for them, not for every path. */
  reads: number;
  /** The findings of reading a document taken and of its own rules. */
  findingsOf(path: string, at: number): readonly Finding[];
}

/**
 * The frame, read with the workers started ahead where there are any: they
 * help read the manifests and compile the registry's schemas meanwhile, then
 * rebuild the frame from what this thread made of it. A cache's schemas are
 * compiled when needed (compiledSchemas): not so a worker's. A function of
 * its own so that the texts and parse trees read for the frame go when it
 * returns: held by the load while the documents were checked, at 100,000
 * documents they were 9 MB of this thread's heap (10,000 manifests).
 */
async function readFrame(
  root: string,
  setup: Setup,
  sink: FindingSink,
  framePath: (path: string) => boolean,
  started: readonly StartedWorker[] | undefined,
  lateManifests: ReadonlySet<string>,
  reuse: Reuse | undefined,
): Promise<LoadedFrame> {
  const known: FrameRead | undefined = reuse?.framePaths && lateManifests.size === 0 ? { paths: reuse.framePaths, parsed: new Map() } : undefined;
  const read = started && !reuse?.compiledSchemas ? await readFrameWith(started, root, setup, framePath) : known;
  return loadFrame(root, setup, sink, framePath, reuse?.plans, reuse?.compiledSchemas, read);
}

export interface LoadOnce extends LoadResult {
  /** Manifests known only by their schema_id, found among the documents: the frame must take them in. */
  late: Set<string>;
  /** The frame's documents, read first, in the registry's order. */
  frame: readonly RegistryDocument[];
}

/** One pass over the registry: the frame, then every other document, read here, on workers, or taken from `reuse`. */
export async function loadOnce(
  root: string,
  setup: Setup,
  options: LoadOptions,
  visit?: DocumentVisitor,
  parallel?: Parallelism,
  lateManifests: ReadonlySet<string> = new Set(),
  reuse?: Reuse,
  only?: (path: string) => boolean,
): Promise<LoadOnce> {
  const sink = new FindingSink();
  const reader = options.keepContent ? undefined : new Rereader(setup.source, setup.config.limits);
  const inFrame = reuse?.inFrame ?? ((p: string) => isFramePath(p, setup.config));
  const started = parallel?.started;
  const framePath = (p: string) => inFrame(p) || lateManifests.has(p);
  const { frame, classifier, documents: frameDocs } = await readFrame(root, setup, sink, framePath, started, lateManifests, reuse);
  mark("frame read and classified");
  const facts = options.catalogFacts === true;
  const input = started ? frameInput(frame, classifier, frameDocs) : undefined;
  if (input) for (const w of started!) w.frame(input, facts);
  // Every document's references, in one table this pass shares.
  // About as many distinct words as documents (a target or an id each, and a few pointers and fields), and two
  // references each (1.9 in the benchmark's registries); a registry of more grows the table. Only those read: the slots
  // for 100,000 paths, zeroed, took a pull request's check 9–15 ms (profiles) to hold the words of a few dozen documents.
  const reads = reuse ? frameDocs.length + reuse.reads : setup.paths.length;
  const refs = new ReferenceTableWriter(reads, 2 * reads);
  // The frame's own rules. Workers started ahead (a first pass, which takes nothing from a cache) need not wait for them:
  // they get their work first. Otherwise they run before anything else, so the findings stay in the same order.
  const frameRules = () => {
    // The config, schemas and catalogs are small and asked for all the time: they stay.
    for (const doc of frameDocs) visitDocument(doc, frame, sink, visit, KEPT.has(doc.kind) ? undefined : reader, facts, refs);
    mark("frame loaded");
  };
  if (!input) frameRules();

  const byPath = new Map(frameDocs.map((d) => [d.path, d]));
  const late = new Set<string>();
  // Every document outside the frame, by its place in setup.paths (taken over from `reuse`, or read): an array, where a map of 100,000 paths cost tens of ms.
  const placed = new Array<RegistryDocument | undefined>(setup.paths.length);
  // The paths to read, and where each stands in setup.paths.
  // Sized for every path and cut to what was put in: grown a push at a time, at 100,000 documents they and the copies
  // their growth left behind were 4 MB of this thread's heap while both threads were at their largest.
  const leaf: string[] = new Array<string>(setup.paths.length);
  const leafAt = new Int32Array(setup.paths.length);
  let leaves = 0;
  // The documents leaf[from, to) checked here.
  const local = (from: number, to: number) => {
    const limits = setup.config.limits;
    forEachDocument(setup.source, leaf.slice(from, to), sink, limits, (doc, at) => {
      // A manifest that only its schema_id tells apart, found among the documents: its package changes what they are.
      if (isLateManifest(doc)) late.add(doc.path);
      classifier.classifyDocument(doc);
      visitDocument(doc, frame, sink, visit, reader, facts, refs);
      placed[leafAt[from + at]!] = doc;
    });
  };
  // The frame's documents are already read. They are setup.paths filtered, so in its order and the same strings: a step along them, not a lookup of every path.
  for (let i = 0, f = 0; i < setup.paths.length; i++) {
    const path = setup.paths[i]!;
    if (f < frameDocs.length && frameDocs[f]!.path === path) {
      f++;
      continue;
    }
    if (only && !only(path)) continue;
    const kept = reuse?.take(path, i);
    if (!kept) {
      leaf[leaves] = path;
      leafAt[leaves++] = i;
    } else {
      placed[i] = kept;
      const findings = reuse!.findingsOf(path, i);
      for (const f of findings) sink.findings.push(f);
    }
  }
  leaf.length = leaves;
  if (parallel && reader && willShare(parallel, setup, options) && leaf.length >= parallel.minDocuments)
    await checkInParallel({
      workerUrl: parallel.workerUrl,
      workers: parallel.threads - 1,
      ...(parallel.started ? { started: parallel.started } : {}),
      input: input ?? frameInput(frame, classifier, frameDocs),
      catalogFacts: facts,
      paths: leaf,
      ...(input ? { first: frameRules } : {}),
      local,
      onBatch: (batch, first) => {
        // This thread's own copy of each path is the one kept (the list holds it anyway), rather than the one the message brought.
        const words = new ColumnStrings(batch.documents.strings, refs);
        for (let j = 0; j < batch.documents.path.length; j++) {
          const doc = documentAt(batch.documents, j, reader, words, leaf[first + j]!);
          const facts = batch.facts?.[j];
          if (facts !== undefined) doc.catalogFacts = facts;
          placed[leafAt[first + j]!] = doc;
        }
        for (const j of batch.manifests) late.add(leaf[first + j]!);
        // One at a time: spread into push, past about 120,000 (two documents breaking their schema at every item) V8's stack overflows.
        for (const f of batch.findings) sink.findings.push(f);
      },
    });
  else {
    if (input) frameRules();
    for (let k = 0; k < leaf.length; k += CHUNK) local(k, Math.min(k + CHUNK, leaf.length));
  }
  refs.seal();
  mark(`documents checked (${leaf.length} read)`);
  const index = PathIndex.of(setup.paths);
  const lookup = { get: (path: string) => byPath.get(path) ?? placed[index.get(path) ?? -1] };
  const packages = packagesOf(classifier.packages, lookup);
  // The documents in the registry's order, written over `placed` (each at or before its place there) and cut to
  // their number: a second array of 100,000 beside it was garbage only a full collection took.
  let kept = 0;
  for (let i = 0; i < setup.paths.length; i++) {
    const doc = placed[i] ?? byPath.get(setup.paths[i]!);
    if (doc) placed[kept++] = doc;
  }
  placed.length = kept;
  const documents = placed as RegistryDocument[];
  const configDocument = byPath.get(CONFIG_FILE);
  const registry: Registry = { ...frame, ...(configDocument ? { configDocument } : {}), documents, packages, packagePlans: classifier.packages };
  return { registry, sink, late, frame: frameDocs };
}

/**
 * Reads, parses and classifies every document of the registry at `root`,
 * the frame first, then each other document on its own, handing each to
 * `visit` while its content is in memory.
 */
/** `only` picks the documents outside the frame to read (a shard's); all of them by default. */
export async function loadRegistry(root: string, options: LoadOptions = {}, visit?: DocumentVisitor, parallel?: Parallelism, only?: (path: string) => boolean): Promise<LoadResult> {
  mark("load start");
  // Large enough for threads: start them as soon as the listing has shown it, so that they load while this thread lists and reads the frame.
  let started: StartedWorker[] | undefined;
  const startIfLarge = (count: number, known: Omit<Setup, "paths">) => {
    if (!started && parallel && !only && count >= parallel.minDocuments && willShare(parallel, known, options)) {
      mark(`${count} files listed: starting threads`);
      started = startWorkers(parallel.workerUrl, parallel.threads - 1, known.config.release);
    }
  };
  const setup = await setUp(root, options, undefined, startIfLarge);
  mark(`discovered ${setup.paths.length} files`);
  startIfLarge(setup.paths.length, setup);
  try {
    const lateManifests = new Set<string>();
    for (let pass = 0; ; pass++) {
      // A second pass (late manifests) starts its own: the first pass's have ended.
      const threads = parallel && started && pass === 0 ? { ...parallel, started } : parallel;
      const { registry, sink, late } = await loadOnce(root, setup, options, visit, threads, lateManifests, undefined, only);
      if (late.size === 0) return { registry, sink };
      for (const path of late) lateManifests.add(path);
    }
  } finally {
    for (const w of started ?? []) w.dismiss();
  }
}

/** Whether a load could share its documents with threads at all (loadOnce decides on the count). */
function willShare(parallel: Parallelism, setup: Pick<Setup, "source">, options: LoadOptions): boolean {
  return parallel.threads > 1 && !options.keepContent && setup.source instanceof FsSource;
}

const KEPT: ReadonlySet<DocumentKind> = new Set(["config", "accepted_changes", "data_schema", "envelope_schema", "schema", "global"]);

/**
 * One copy of a document's schema id across the registry, and of its id
 * where the two are the same (an envelope's id is the type its schema_id
 * names, shared by thousands of envelopes) or where other documents name it
 * (a connector's, a runtime's, a contract's or a profile's id, the same
 * word as the targets of the references to it): the words of the load's
 * table of references.
 */
function shareIds(doc: RegistryDocument, strings: Interner): void {
  if (doc.schemaId) doc.schemaId = strings.intern(doc.schemaId);
  if (doc.id === undefined) return;
  if (doc.id === doc.schemaId) doc.id = doc.schemaId;
  else if (targetOf(doc.kind)) doc.id = strings.intern(doc.id);
}

/** Runs the document rules on a document while its content is in memory, keeps its references, and lets its content go to `release` (read again from there). */
function visitDocument(doc: RegistryDocument, frame: Frame, sink: FindingSink, visit: DocumentVisitor | undefined, release: ContentReader | undefined, facts: boolean, refs: ReferenceTableWriter): void {
  visit?.(doc, frame, sink);
  if (facts) keepCatalogFacts(doc, frame);
  shareIds(doc, refs);
  // The table keeps the first copy of each word it is given: the references' strings need no interning before.
  refs.keep(doc, referencesOf(doc));
  if (release) doc.release(release);
}

/** The packages of a registry: its manifests' plans, with their documents. */
export function packagesOf(plans: readonly PackagePlan[], byPath: { get(path: string): RegistryDocument | undefined }): ContractPackage[] {
  return plans.map((p) => {
    const pkg: ContractPackage = { dir: p.dir, manifest: byPath.get(p.manifest)! };
    if (p.id) pkg.id = p.id;
    const flow = p.flow && byPath.get(p.flow);
    const envelope = p.envelope && byPath.get(p.envelope);
    if (flow) pkg.flow = flow;
    if (envelope) pkg.envelope = envelope;
    return pkg;
  });
}

function syntaxHint(json: JsonText): string | undefined {
  const err = json.syntaxError!;
  const lines = json.text.split("\n");
  const upTo = lines.slice(0, err.span.start.line - 1).join("\n") + "\n" + (lines[err.span.start.line - 1] ?? "").slice(0, err.span.start.column - 1);
  if (/,\s*$/.test(upTo) && /unexpected "[}\]]"/.test(err.message)) return "remove the trailing comma: JSON does not allow one before } or ]";
  if (/unexpected a string/.test(err.message)) return "a comma is probably missing before this";
  if (/\/[/*]/.test(json.text) && /unexpected/.test(err.message)) return "JSON has no comments; move notes into a \"meta\" or \"description\" field";
  return undefined;
}
