import { on } from "node:events";
import { keepCatalogFacts, type DocumentFacts } from "../catalog/facts.ts";
import type { InputLimits, RegistryConfig } from "../config/config.ts";
import type { Release } from "../schemas/releases.ts";
import type { Finding } from "../findings/finding.ts";
import { JsonText } from "../json/parse.ts";
import { FindingSink } from "../rules/rule.ts";
import { loadPrecompiled } from "../schemas/precompiled.ts";
import { SchemaSet } from "../schemas/schema-set.ts";
import { FsSource } from "../source/fs-source.ts";
import { tuneV8ForThreads, YOUNG_GENERATION_MB } from "../util/v8-tuning.ts";
import { shareStrings, sharedCount, sharedString, type SharedStrings } from "../util/shared-strings.ts";
import { mark } from "../util/timing.ts";
import { Classifier, MANIFEST_SCHEMA, stringField, type PackagePlan } from "./classify.ts";
import { RegistryDocument, type Frame } from "./document.ts";
import { forEachDocument, readText, type DocumentVisitor } from "./load.ts";
import { ColumnsWriter, type DocumentColumns } from "./columns.ts";

/**
 * Checking documents on several threads. Each document's own work (read,
 * parse, classify, validate, its rules) needs only the frame, so worker
 * threads take batches of paths and send back what the cross-document rules
 * need: a summary of each document and its findings, positions resolved.
 */

/** A schema file's path and text. */
export interface SchemaFileText {
  path: string;
  text: string;
}

/** What a worker needs to rebuild the frame without reading it again. */
export interface FrameInput {
  root: string;
  config: RegistryConfig;
  /** The registry's schemas; none where the worker was sent them first (WorkerSchemas). */
  schemaFiles: SchemaFileText[];
  globals: Array<{ path: string; id: string; text: string }>;
  packages: PackagePlan[];
}

/** What a worker sends back for a chunk: its documents' summaries in columns (in the chunk's order), and their findings. */
export interface Batch {
  chunk: number;
  documents: DocumentColumns;
  /** Places in the chunk of the manifests known only by their schema_id (the frame must take them in). */
  manifests: number[];
  /** Each document's catalog facts, when the check keeps them (LoadOptions.catalogFacts). */
  facts?: Array<DocumentFacts | undefined>;
  findings: Finding[];
}

/** What a worker is started with: the release whose validators it loads while it waits for its work. */
interface WorkerBoot {
  release: Release;
}

/**
 * The registry's schema files that parse, in the frame's order, sent as soon
 * as they are read: the worker compiles them while this thread reads the
 * manifests. The same files in the same order make the same set, whatever
 * fails in it (this thread reports that).
 */
interface WorkerSchemas {
  schemas: { config: RegistryConfig; files: SchemaFileText[] };
  /** Frame files to read first, with the main thread, before compiling anything (see readTogether). */
  read: ReadTogether;
}

/** Files read by every thread at once, each taking the next chunk from `next`: the worker sends back texts, unparsed. */
interface ReadTogether {
  root: string;
  limits: InputLimits;
  paths: SharedStrings;
  next: Int32Array;
}

/** Files per chunk read together: a message of a few dozen kilobytes. */
const READ_CHUNK = 64;

/** The frame, sent as soon as it is read, so the worker rebuilds it while this thread runs the frame's own rules. */
interface WorkerFrame {
  input: FrameInput;
  /** Keep each document's catalog facts in its summary (LoadOptions.catalogFacts). */
  catalogFacts: boolean;
}

/** The work, sent next: the paths, and the counter every thread takes its next chunk from. */
interface WorkerWork {
  paths: SharedStrings;
  next: Int32Array;
}

/** A chunk's texts, in order; null for a file the worker could not read, which this thread reads again to say why. */
type Texts = { chunk: number; texts: Array<string | null> };

type FromWorker = { batch: Batch } | { done: true } | { texts: Texts };

/** Documents per chunk: large enough to make messages cheap, small enough to share the tail evenly. */
export const CHUNK = 256;

/** node:worker_threads, loaded when threads are first used: a check of up to 25,000 documents runs on one. */
function threads(): typeof import("node:worker_threads") {
  return process.getBuiltinModule("node:worker_threads");
}

/** The next chunk for this thread, from the counter all threads share: nobody waits for anybody to hand out work. */
function takeChunk(next: Int32Array, total: number, size = CHUNK): [number, number] | undefined {
  const chunk = Atomics.add(next, 0, 1);
  const from = chunk * size;
  return from < total ? [from, Math.min(from + size, total)] : undefined;
}

/** The worker's side of readTogether: chunks of texts until none are left. */
function readChunks(port: import("node:worker_threads").MessagePort, { root, limits, paths, next }: ReadTogether): void {
  const source = new FsSource(root);
  const total = sharedCount(paths);
  for (let chunk = takeChunk(next, total, READ_CHUNK); chunk; chunk = takeChunk(next, total, READ_CHUNK)) {
    const texts: Array<string | null> = [];
    for (let i = chunk[0]; i < chunk[1]; i++) {
      const text = readText(source, sharedString(paths, i), limits);
      texts.push(typeof text === "string" ? text : null);
    }
    port.postMessage({ texts: { chunk: chunk[0] / READ_CHUNK, texts } } satisfies FromWorker);
  }
  mark("worker read its part of the frame");
}

export function frameInput(frame: Frame, classifier: Classifier, frameDocs: readonly RegistryDocument[]): FrameInput {
  const registrySchemas = new Set(frame.schemas.entries().filter((e) => e.origin === "registry").map((e) => e.file));
  return {
    root: frame.root,
    config: frame.config,
    // Every parsed schema file, as the frame had them, so the worker's set fails and succeeds alike.
    schemaFiles: frameDocs.filter((d) => d.path.endsWith(".schema.json") && d.json?.ok && registrySchemas.has(d.path)).map((d) => ({ path: d.path, text: d.json!.text })),
    globals: [...frame.globals.values()].map((d) => ({ path: d.path, id: d.id!, text: d.json!.text })),
    packages: classifier.packages,
  };
}

/** The release's schemas with the registry's own; what fails to compile is left out, as on the thread that reports it. */
export function schemaSetOf(config: RegistryConfig, files: readonly SchemaFileText[]): SchemaSet {
  const schemas = new SchemaSet(config.release);
  schemas.addRegistrySchemas(files.map((f) => ({ path: f.path, json: new JsonText(f.text, config.limits) })));
  return schemas;
}

function frameFromInput(input: FrameInput, sink: FindingSink, compiled?: SchemaSet): { frame: Frame; classifier: Classifier } {
  const schemas = compiled ?? schemaSetOf(input.config, input.schemaFiles);
  const globals = new Map<string, RegistryDocument>();
  for (const g of input.globals) {
    const doc = new RegistryDocument(g.path, new JsonText(g.text, input.config.limits));
    doc.kind = "global";
    doc.id = g.id;
    globals.set(g.id, doc);
  }
  const classifier = Classifier.forDocuments(input.config, schemas, sink, input.packages);
  return { frame: { root: input.root, config: input.config, schemas, globals, systemContracts: classifier.systemContracts(), flowOwners: classifier.flowOwners() }, classifier };
}

/** Whether a freshly read document is a manifest the frame did not know. */
export function isLateManifest(doc: RegistryDocument): boolean {
  return stringField(doc.json?.ok ? doc.json.value : undefined, "schema_id") === MANIFEST_SCHEMA;
}

/** The worker's side: load the release's validators, wait for the frame, then check chunks of paths until none are left. */
export async function serveDocuments(visit: DocumentVisitor): Promise<void> {
  const { isMainThread, parentPort, workerData } = threads();
  if (isMainThread || !parentPort) throw new Error("serveDocuments runs in a worker thread");
  const port = parentPort;
  mark("worker started");
  const validators = loadPrecompiled((workerData as WorkerBoot).release);
  // The schemas may come first, then the frame, then the work, perhaps in one go: events.on keeps what arrives before it is asked for.
  const messages = on(port, "message");
  const receive = async <T>(): Promise<T> => ((await messages.next()).value as [T])[0];
  let message = await receive<WorkerSchemas | WorkerFrame>();
  // The main thread waits for the frame's files: they come before anything of the worker's own.
  if ("schemas" in message) readChunks(port, message.read);
  await validators;
  let compiled: SchemaSet | undefined;
  if ("schemas" in message) {
    compiled = schemaSetOf(message.schemas.config, message.schemas.files);
    mark("worker compiled the schemas");
    message = await receive<WorkerFrame>();
  }
  const { input, catalogFacts } = message as WorkerFrame;
  const sink = new FindingSink();
  const { frame, classifier } = frameFromInput(input, sink, compiled);
  mark("worker ready");
  const { paths, next } = await receive<WorkerWork>();
  await messages.return?.();
  mark("worker given its work");
  let done = 0;
  const source = new FsSource(input.root);
  const total = sharedCount(paths);
  for (let chunk = takeChunk(next, total); chunk; chunk = takeChunk(next, total)) {
    const writer = new ColumnsWriter();
    const manifests: number[] = [];
    const facts: Array<DocumentFacts | undefined> = [];
    const chunkPaths: string[] = [];
    for (let i = chunk[0]; i < chunk[1]; i++) chunkPaths.push(sharedString(paths, i));
    forEachDocument(source, chunkPaths, sink, input.config.limits, (doc, at) => {
      const manifest = isLateManifest(doc);
      classifier.classifyDocument(doc);
      visit(doc, frame, sink);
      if (manifest) manifests.push(at);
      if (catalogFacts) {
        keepCatalogFacts(doc, frame);
        facts.push(doc.catalogFacts);
      }
      writer.add(doc);
    });
    const batch: Batch = { chunk: chunk[0] / CHUNK, documents: writer.columns(), manifests, findings: sink.findings.splice(0) };
    if (catalogFacts) batch.facts = facts;
    port.postMessage({ batch } satisfies FromWorker);
    done += chunk[1] - chunk[0];
  }
  mark(`worker done (${done} documents)`);
  port.postMessage({ done: true } satisfies FromWorker);
}

/**
 * A worker thread started before its work is known, so that starting a
 * thread, loading the engine and the release's validators (about 190 ms at
 * 100k) overlap the main thread's reading of the frame instead of following it.
 */
export class StartedWorker {
  readonly worker: import("node:worker_threads").Worker;
  /** Settles when the thread has ended, however it ended. */
  readonly exited: Promise<void>;
  #given = false;
  #framed = false;
  #schemasSent = false;

  constructor(workerUrl: URL, release: Release) {
    tuneV8ForThreads();
    this.worker = new (threads().Worker)(workerUrl, { workerData: { release } satisfies WorkerBoot, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    // A worker that fails or ends has reported all it will; what it took and did not report is redone.
    this.worker.on("error", () => void this.worker.terminate());
    this.exited = new Promise((resolve) => this.worker.on("exit", () => resolve()));
  }

  /** Sends the worker the registry's schema files ahead of the frame, and frame files to read first (see WorkerSchemas). */
  schemas(config: RegistryConfig, files: SchemaFileText[], read: ReadTogether): void {
    if (this.#schemasSent || this.#framed) return;
    this.#schemasSent = true;
    this.worker.postMessage({ schemas: { config, files }, read } satisfies WorkerSchemas);
  }

  /** Sends the worker the frame (once); without the schemas where they went ahead. */
  frame(input: FrameInput, catalogFacts: boolean): void {
    if (this.#framed) return;
    this.#framed = true;
    this.worker.postMessage({ input: this.#schemasSent ? { ...input, schemaFiles: [] } : input, catalogFacts } satisfies WorkerFrame);
  }

  /** Hands the worker its work; its batches go to `onBatch`. */
  give(work: WorkerWork, onBatch: (batch: Batch) => void): Promise<void> {
    this.#given = true;
    this.worker.on("message", (message: FromWorker) => {
      if ("batch" in message) onBatch(message.batch);
      else if ("done" in message) void this.worker.terminate();
    });
    this.worker.postMessage(work);
    return this.exited;
  }

  /** Ends a worker that was never given work (the registry turned out small, or the load started over). */
  dismiss(): void {
    if (!this.#given) void this.worker.terminate();
  }
}

/**
 * Reads the files at `paths` with the workers, which get the registry's
 * schema files in the same message (StartedWorker.schemas) and read before
 * they compile them: every thread takes the next chunk from one counter,
 * this one with `readHere`. A worker that has not started yet takes nothing;
 * a chunk a worker took and never sent (it ended) is read here.
 */
export async function readTogether(
  workers: readonly StartedWorker[],
  root: string,
  config: RegistryConfig,
  schemaFiles: SchemaFileText[],
  paths: readonly string[],
  readHere: (path: string) => string | Error,
): Promise<Array<string | Error>> {
  const texts = new Array<string | Error>(paths.length);
  const chunks = Math.ceil(paths.length / READ_CHUNK);
  const done = new Uint8Array(chunks);
  let left = chunks;
  let wake: () => void = () => {};
  const settled = new Promise<void>((resolve) => (wake = resolve));
  const take = ({ chunk, texts: read }: Texts) => {
    if (done[chunk]) return;
    done[chunk] = 1;
    left--;
    read.forEach((text, j) => (texts[chunk * READ_CHUNK + j] = text ?? readHere(paths[chunk * READ_CHUNK + j]!)));
    if (left === 0) wake();
  };
  const listener = (message: FromWorker) => {
    if ("texts" in message) take(message.texts);
  };
  const next = new Int32Array(new SharedArrayBuffer(4));
  const shared = shareStrings(paths);
  for (const w of workers) {
    w.worker.on("message", listener);
    void w.exited.then(wake);
    w.schemas(config, schemaFiles, { root, limits: config.limits, paths: shared, next });
  }
  for (let chunk = takeChunk(next, paths.length, READ_CHUNK); chunk; chunk = takeChunk(next, paths.length, READ_CHUNK)) {
    for (let i = chunk[0]; i < chunk[1]; i++) texts[i] = readHere(paths[i]!);
    done[chunk[0] / READ_CHUNK] = 1;
    left--;
  }
  // What the workers took: wait for it, unless one ended, and read here what did not come.
  if (left > 0) await settled;
  for (const w of workers) w.worker.off("message", listener);
  for (let c = 0; c < chunks; c++) if (!done[c]) for (let i = c * READ_CHUNK; i < Math.min((c + 1) * READ_CHUNK, paths.length); i++) texts[i] = readHere(paths[i]!);
  mark(`frame read with ${workers.length} worker(s)`);
  return texts;
}

export function startWorkers(workerUrl: URL, count: number, release: Release): StartedWorker[] {
  return Array.from({ length: count }, () => new StartedWorker(workerUrl, release));
}

export interface ParallelRun {
  workerUrl: URL;
  workers: number;
  /** Workers already started (startWorkers), used before any is started here. */
  started?: readonly StartedWorker[];
  input: FrameInput;
  /** Keep each document's catalog facts (LoadOptions.catalogFacts). */
  catalogFacts?: boolean;
  paths: readonly string[];
  /** Runs on this thread once the workers have their work, before it takes its own. */
  first?: () => void;
  /** Checks the documents at paths[from, to) on this thread. */
  local: (from: number, to: number) => void;
  /** Takes in what a worker checked: batch.documents are those at `first`, `first` + 1, ... of `paths`. */
  onBatch: (batch: Batch, first: number) => void;
}

/**
 * Shares `paths` between this thread and `workers` worker threads: every
 * thread takes the next chunk from one shared counter. A chunk a failed
 * worker took and never reported is checked here at the end, so a broken
 * worker costs time, never findings.
 */
export async function checkInParallel(run: ParallelRun): Promise<void> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const chunks = Math.ceil(run.paths.length / CHUNK);
  const reported = new Uint8Array(chunks);
  const paths = shareStrings(run.paths);
  mark("giving workers their work");
  const started = run.started ?? [];
  const workers = Array.from({ length: run.workers }, (_, i) => started[i] ?? new StartedWorker(run.workerUrl, run.input.config.release));
  for (const w of workers) w.frame(run.input, run.catalogFacts ?? false);
  const pending = workers.map((w) =>
    w.give({ paths, next }, (batch) => {
      reported[batch.chunk] = 1;
      run.onBatch(batch, batch.chunk * CHUNK);
    }),
  );
  run.first?.();
  let local = 0;
  for (let chunk = takeChunk(next, run.paths.length); chunk; chunk = takeChunk(next, run.paths.length)) {
    run.local(chunk[0], chunk[1]);
    reported[chunk[0] / CHUNK] = 1;
    local += chunk[1] - chunk[0];
    // Let the workers' batches in as they come.
    await new Promise((resolve) => setImmediate(resolve));
  }
  mark(`this thread done (${local} documents)`);
  await Promise.all(pending);
  for (let c = 0; c < chunks; c++) if (!reported[c]) run.local(c * CHUNK, Math.min((c + 1) * CHUNK, run.paths.length));
}
