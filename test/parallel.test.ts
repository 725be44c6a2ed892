import { EventEmitter } from "node:events";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { generateRegistry } from "../bench/generate.ts";
import { check } from "../src/check.ts";
import { loadFrame, loadRegistry, readText, setUp } from "../src/registry/load.ts";
import { checkInParallel, frameInput, readTogether, schemaSetOf, startWorkers, StartedWorker } from "../src/registry/parallel.ts";
import { documentAt } from "../src/registry/columns.ts";
import { isTunedForThreads } from "../src/util/v8-tuning.ts";
import { FsSource } from "../src/source/fs-source.ts";
import { FindingSink } from "../src/rules/rule.ts";
import { REGISTRY_RULES, runDocumentRules } from "../src/rules/index.ts";
import { compareFindings, type Finding } from "../src/findings/finding.ts";

const root = mkdtempSync(join(tmpdir(), "mova-parallel-"));
const generated = generateRegistry(root, 1200);

/** What a check says about a registry, in a form two runs can be compared by. */
function outcome(result: Awaited<ReturnType<typeof check>>) {
  return {
    documents: result.registry.documents.map((d) => ({ path: d.path, kind: d.kind, id: d.id, schemaId: d.schemaId, packageDir: d.packageDir, refs: d.references?.map((r) => `${r.kind} ${r.target} ${r.pointer}`) })),
    findings: result.findings,
  };
}

describe("checking on several threads", () => {
  it("finds exactly what one thread finds, planted problems included", async () => {
    const one = await check(root, { concurrency: 1 });
    const three = await check(root, { concurrency: 3, parallelMinDocuments: 0 });
    expect(outcome(three)).toEqual(outcome(one));
    for (const [path, rule] of Object.entries(generated.planted)) expect(one.findings.some((f) => f.file === path && f.rule === rule), `${rule} in ${path}`).toBe(true);
  });

  it("a worker sent the schemas ahead keeps the same set, where schemas fail, clash or do not parse", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mova-parallel-schemas-"));
    generateRegistry(dir, 1200);
    const runtime = JSON.parse(readFileSync(join(dir, "schemas/ds.runtime_bench_v1.schema.json"), "utf8"));
    // Earlier in the frame's order than the runtimes' schema, whose $id it takes: a thread with the other one would pass
    // every runtime it checks.
    writeFileSync(join(dir, "schemas/ds.aaa_clash_v1.schema.json"), JSON.stringify({ ...runtime, required: ["ledger"] }));
    writeFileSync(join(dir, "schemas/ds.old_draft_v1.schema.json"), JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", $id: "ds.old_draft_v1", type: "object" }));
    writeFileSync(join(dir, "schemas/ds.cut_short_v1.schema.json"), '{"$id": "ds.cut_short_v1", "type": ');
    const one = await check(dir, { concurrency: 1 });
    const two = await check(dir, { concurrency: 2, parallelMinDocuments: 0 });
    expect(outcome(two)).toEqual(outcome(one));
    const rules = new Set(one.findings.map((f) => f.rule));
    for (const rule of ["schema/duplicate-id", "schema/invalid", "json/syntax"]) expect(rules, rule).toContain(rule);
    const runtimes = one.registry.documents.filter((d) => d.kind === "runtime_binding").map((d) => d.path);
    const ledger = new Set(one.findings.filter((f) => f.rule === "schema/violation" && f.message.includes("ledger")).map((f) => f.file));
    expect(runtimes.length).toBeGreaterThan(0);
    expect(runtimes.every((p) => ledger.has(p))).toBe(true);
    // Which documents a worker takes depends on timing; its set of schemas must not: the files it is sent make this thread's set.
    const setup = await setUp(dir, {});
    const { frame, documents } = loadFrame(dir, setup, new FindingSink());
    const sent = documents.filter((d) => d.path.endsWith(".schema.json") && d.json?.ok).map((d) => ({ path: d.path, text: d.json!.text }));
    const entries = (set: typeof frame.schemas) => set.entries().map((e) => [e.id, e.file, e.origin, e.uri]);
    expect(entries(schemaSetOf(setup.config, sent))).toEqual(entries(frame.schemas));
  });

  it("workers take chunks from the shared counter and report every document exactly once", async () => {
    const setup = await setUp(root, {});
    const sink = new FindingSink();
    const { frame, classifier, documents } = loadFrame(root, setup, sink);
    const framePaths = new Set(documents.map((d) => d.path));
    const paths = setup.paths.filter((p) => !framePaths.has(p));
    const seen: string[] = [];
    const workerFindings: Finding[] = [];
    const workerPaths: string[] = [];
    const single = await check(root, { concurrency: 1 });
    let fromWorkers = 0;
    await checkInParallel({
      workerUrl: new URL("../src/check-worker.ts", import.meta.url),
      workers: 2,
      input: frameInput(frame, classifier, documents),
      paths,
      // A slow thread here, so the workers get their share even of a small registry.
      local: (from, to) => {
        for (let at = from; at < to; at++) {
          const until = performance.now() + 2;
          while (performance.now() < until);
          seen.push(paths[at]!);
        }
      },
      onBatch: (batch, first) => {
        const summaries = Array.from({ length: batch.documents.path.length }, (_, j) => documentAt(batch.documents, j, { read: () => undefined }));
        expect(summaries.map((s) => s.path)).toEqual(paths.slice(first, first + summaries.length));
        fromWorkers += summaries.length;
        seen.push(...summaries.map((s) => s.path));
        workerPaths.push(...summaries.map((s) => s.path));
        workerFindings.push(...batch.findings);
        for (const s of summaries) {
          const doc = single.registry.documents.find((d) => d.path === s.path)!;
          expect({ kind: s.kind, id: s.id, schemaId: s.schemaId, refs: s.references!.map((r) => `${r.kind} ${r.target} ${r.pointer} ${r.field}`) }).toEqual({ kind: doc.kind, id: doc.id, schemaId: doc.schemaId, refs: doc.references!.map((r) => `${r.kind} ${r.target} ${r.pointer} ${r.field}`) });
        }
      },
    });
    expect(fromWorkers).toBeGreaterThan(paths.length / 2);
    // Threads started: each one's young-generation collections run on it alone (util/v8-tuning.ts).
    expect(isTunedForThreads()).toBe(true);
    expect(seen.sort()).toEqual([...paths].sort());
    // What the workers found is what one thread finds in the same files (registry rules aside).
    const checkedThere = new Set(workerPaths);
    const expected = single.findings.filter((f) => checkedThere.has(f.file) && !f.rule.startsWith("refs/") && f.rule !== "id/duplicate");
    expect(workerFindings.sort(compareFindings)).toEqual(expected);
  });

  it("a worker that cannot start costs time, never findings", async () => {
    const broken = join(root, "..", `broken-worker-${process.pid}.mjs`);
    writeFileSync(broken, 'throw new Error("this worker fails on purpose");\n');
    const run = async (parallel?: Parameters<typeof loadRegistry>[3]) => {
      const { registry, sink } = await loadRegistry(root, {}, runDocumentRules, parallel);
      for (const rule of REGISTRY_RULES) rule.checkRegistry({ registry, sink });
      return { documents: registry.documents.map((d) => `${d.path} ${d.kind} ${d.id}`), findings: sink.findings.sort(compareFindings) };
    };
    expect(await run({ workerUrl: new URL(`file://${broken}`), threads: 2, minDocuments: 0 })).toEqual(await run());
  });

  it("starts its workers while listing, once the registry shows large enough, and gives them the work before the frame's rules", async () => {
    const give = vi.spyOn(StartedWorker.prototype, "give");
    const dismiss = vi.spyOn(StartedWorker.prototype, "dismiss");
    try {
      const { paths } = await setUp(root, {});
      const parallel = (minDocuments: number) => ({ workerUrl: new URL("../src/check-worker.ts", import.meta.url), threads: 2, minDocuments });
      // Large enough: the worker starts while the files are listed; it is sent the registry's schemas, then the frame, and it
      // is given its work before the frame's own rules run here.
      const threads = process.getBuiltinModule("node:worker_threads");
      const workers = vi.spyOn(threads, "Worker");
      const listJson = FsSource.prototype.listJson;
      let startedWhileListing = -1;
      const listing = vi.spyOn(FsSource.prototype, "listJson").mockImplementation(function (this: FsSource, walk) {
        const listed = listJson.call(this, walk);
        startedWhileListing = workers.mock.calls.length;
        return listed;
      });
      const schemas = vi.spyOn(StartedWorker.prototype, "schemas");
      const frame = vi.spyOn(StartedWorker.prototype, "frame");
      let givenBeforeRules = -1;
      await loadRegistry(root, {}, (doc, f, sink) => {
        if (givenBeforeRules === -1) givenBeforeRules = give.mock.calls.length;
        runDocumentRules(doc, f, sink);
      }, parallel(0));
      expect(startedWhileListing).toBe(1);
      expect(schemas).toHaveBeenCalledTimes(1);
      const schemaFiles = paths.filter((p) => p.endsWith(".schema.json"));
      expect(schemaFiles.length).toBeGreaterThan(0);
      expect(schemas.mock.calls[0]![1].map((f) => f.path)).toEqual(schemaFiles);
      expect(schemas.mock.invocationCallOrder[0]).toBeLessThan(frame.mock.invocationCallOrder[0]!);
      expect(givenBeforeRules).toBe(1);
      expect(give).toHaveBeenCalledTimes(1);
      expect(dismiss.mock.instances).toEqual([give.mock.instances[0]]);
      // Enough files, but the frame's manifests leave fewer documents than a thread is worth: started, never given work, ended.
      give.mockClear();
      dismiss.mockClear();
      await loadRegistry(root, {}, runDocumentRules, parallel(paths.length));
      expect(give).not.toHaveBeenCalled();
      expect(dismiss.mock.instances).toHaveLength(1);
      await expect(Promise.race([(dismiss.mock.instances[0] as StartedWorker).exited.then(() => "ended"), new Promise((r) => setTimeout(() => r("still running"), 10_000))])).resolves.toBe("ended");
      // Fewer files than that: no thread at all.
      dismiss.mockClear();
      await loadRegistry(root, {}, runDocumentRules, parallel(paths.length + 1));
      expect(give).not.toHaveBeenCalled();
      expect(dismiss).not.toHaveBeenCalled();
    } finally {
      // Restoring a spy forgets its calls: only here, once they have been asked.
      vi.restoreAllMocks();
    }
  });

  it("reads the frame's files together with a worker: every text in order, what it could not read or send read here", async () => {
    const setup = await setUp(root, {});
    const source = new FsSource(root);
    const paths = [...setup.paths.slice(0, 700), "contracts/not-there/manifest.json"];
    const expected = paths.map((p) => (existsSync(join(root, p)) ? readFileSync(join(root, p), "utf8") : "unreadable"));
    const asText = (t: string | Error) => (typeof t === "string" ? t : "unreadable");
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const workerUrl = new URL("../src/check-worker.ts", import.meta.url);
    // Here, each file read takes `ms` more: slowly enough, the worker, once up, takes chunks of its own.
    const reading = (here: string[], ms: number, then?: () => void) => (path: string) => {
      here.push(path);
      if (ms > 0) Atomics.wait(pause, 0, 0, ms);
      then?.();
      return readText(source, path, setup.config.limits);
    };
    const [worker] = startWorkers(workerUrl, 1, setup.config.release);
    const here: string[] = [];
    const texts = await readTogether([worker!], root, setup.config, [], paths, reading(here, 5));
    worker!.dismiss();
    expect(texts.map(asText)).toEqual(expected);
    expect(here.length).toBeLessThan(paths.length);
    expect(here).toContain("contracts/not-there/manifest.json");
    // A worker that took a chunk and ended before sending it: this thread reads it once the worker has ended.
    const exit = new EventEmitter();
    const lost = { worker: exit, exited: new Promise<void>((resolve) => exit.once("exit", resolve)), schemas: (_c: unknown, _f: unknown, read: { next: Int32Array }) => Atomics.add(read.next, 0, 1) };
    const hereToo: string[] = [];
    const read = readTogether([lost as unknown as StartedWorker], root, setup.config, [], paths, reading(hereToo, 0, () => hereToo.length === 200 && exit.emit("exit")));
    expect((await read).map(asText)).toEqual(expected);
    expect(hereToo.length).toBe(paths.length);
  });
});
