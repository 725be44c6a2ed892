import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { generateRegistry } from "../bench/generate.ts";
import { check } from "../src/check.ts";
import { loadFrame, loadRegistry, setUp } from "../src/registry/load.ts";
import { checkInParallel, frameInput, StartedWorker } from "../src/registry/parallel.ts";
import { documentAt } from "../src/registry/columns.ts";
import { isTunedForThreads } from "../src/util/v8-tuning.ts";
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

  it("starts its workers once the listing shows a registry large enough, and gives them the work", async () => {
    const give = vi.spyOn(StartedWorker.prototype, "give");
    const dismiss = vi.spyOn(StartedWorker.prototype, "dismiss");
    try {
      const { paths } = await setUp(root, {});
      const parallel = (minDocuments: number) => ({ workerUrl: new URL("../src/check-worker.ts", import.meta.url), threads: 2, minDocuments });
      // Large enough: the worker started after the listing is the one that checks documents, and it has the frame before the frame's own rules run here.
      const frame = vi.spyOn(StartedWorker.prototype, "frame");
      let framesSentBeforeRules = -1;
      await loadRegistry(root, {}, (doc, f, sink) => {
        if (framesSentBeforeRules === -1) framesSentBeforeRules = frame.mock.calls.length;
        runDocumentRules(doc, f, sink);
      }, parallel(0));
      frame.mockRestore();
      expect(framesSentBeforeRules).toBe(1);
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
      give.mockRestore();
      dismiss.mockRestore();
    }
  });
});
