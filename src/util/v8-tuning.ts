import { setFlagsFromString } from "node:v8";
import { mark } from "./timing.ts";

/**
 * How large a worker thread's young generation may grow, in MB. A check
 * allocates a parse tree per document and drops it at once; V8 would
 * otherwise let the young generation grow to tens of megabytes of garbage per
 * thread. Measured on 100,000 documents: peak memory 391 MB → 262 MB, and
 * less CPU time. Worker threads get it in their resource limits; the CLI's
 * own thread gets --max-semi-space-size=4 from its bin's shebang, as V8 reads
 * it only when the process starts. With pretenuring off (below), semi-spaces
 * of 4 MB against 8 MB: 100,000 documents 216–221 against 228–235 MB, as
 * fast; 10,000 documents 98–104 against 103–110 MB, as fast (2 and 3 MB
 * were no better; medians of 3 to 7 runs in turn). The action, started by
 * the runner without flags, keeps its own small otherwise (ACTION_V8_FLAGS).
 */
export const YOUNG_GENERATION_MB = 16;

/**
 * V8 flags a check runs better with, set by the CLI and the action before any
 * work (they hold for every thread started after). V8 reads both when it
 * decides (to collect, to optimize), so setting them at run time works as on
 * the command line (the same figures), which the action, started by the
 * runner without flags, needs.
 *
 * No allocation-site pretenuring: a large check creates many long-lived
 * objects (each document's summary and references) at the same places in the
 * code as short-lived ones (the next document's), and V8, seeing a site's
 * objects survive, starts allocating all of them straight in the old
 * generation, where the short-lived ones pile up as garbage until a full
 * collection. Measured on 100,000 documents (medians of 5, run in turn):
 * peak memory 285 → 235 MB and 4.3 → 3.7 s; no change at 1,000 or 10,000.
 *
 * No TurboFan: a check is over in seconds, and V8's top tier spends them
 * compiling (on the cores the check's own threads need) more than its code
 * gives back; Maglev, the tier below, still optimizes the hot code. Measured
 * in turn with the build before (medians of 9 to 15 runs): 100,000 documents
 * 2.82 → 2.60 s and 212 → 199 MB; 10,000 0.55 → 0.54 s and 103 → 91 MB;
 * 1,000 0.23 s either way and 84 → 77 MB; the catalog of 100,000 as fast and
 * 417 → 384 MB; a pull request's incremental check as fast.
 *
 * The old generation at most doubles after a full collection: V8 otherwise
 * picks a factor of up to 4 from how fast the code allocates, and the faster
 * the code runs (the CLI's code cache, util/compiled-code.ts), the more
 * garbage it lets pile up. At 100,000 documents the CLI's engine peaked at
 * 224 MB without this flag and 197 with it, as fast (2.40 against 2.46 s);
 * 10,000 as fast (479 against 496 ms; medians of 7 and 11, in turn). A cap
 * of 1.4 (40%) cost 10,000 documents 50 ms in collections. It holds from the
 * start: set once a registry is known to be large, the heap had already
 * grown (218 MB).
 */
export const V8_FLAGS = ["--no-allocation-site-pretenuring", "--no-turbofan", "--heap-growing-percent=100"] as const;

/**
 * The action's own flags, beside V8_FLAGS. The runner starts the action's
 * Node without flags, so its main thread's young generation may grow to V8's
 * default of 16 MB semi-spaces, where the CLI's bin caps it at 4 MB; V8 reads
 * that cap only as the process starts, but it reads the growth factor each
 * time the young generation would grow, so a factor of 1 set now keeps it
 * near its first size, for every thread (2–4 MB in all where it grew to 32
 * MB; the CLI's cap allows 8: test/v8-tuning.test.ts). The action's guard,
 * in turn with the build before (medians of 5 to 9 runs): on a push to 100k
 * 3.30 → 3.17 s and 359 → 244 MB, 10k 0.93 → 0.86 s and 132 → 105 MB, 1k
 * 0.54 → 0.47 s and 99 → 86 MB; a pull request's incremental check at 100k
 * 273 → 222 MB and no slower. Not the CLI's, whose bin caps its thread
 * already: at 100k, holding its worker thread to 1 MB too cost 0.3–0.7 s of
 * CPU and saved no memory to speak of (168 → 165 and 166 → 170 MB).
 */
export const ACTION_V8_FLAGS = [...V8_FLAGS, "--semi-space-growth-factor=1"] as const;

export function tuneV8(flags: readonly string[] = V8_FLAGS): void {
  for (const flag of flags) setFlagsFromString(flag);
  mark(`V8 flags ${flags.join(" ")}`);
}

/**
 * Once a check runs on worker threads, each thread's young-generation
 * collections run on that thread alone: V8 would hand each to helpers on the
 * cores the other threads are using. At 100,000 documents 2.09 → 1.98 s
 * and 2.04 → 2.02 s, CPU 3.60 → 3.44 s (medians of 15 in turn); set from
 * the start, a check on one thread paid, its helpers having a core to
 * themselves (10,000 documents 438 → 460 ms, 1,000 156 → 166), so the flag
 * waits for the threads. Set before the first worker starts; V8 reads it at
 * each collection, for every thread.
 */
export const THREADS_V8_FLAGS = ["--no-parallel-scavenge"] as const;

let tunedForThreads = false;

export function tuneV8ForThreads(): void {
  if (tunedForThreads) return;
  tunedForThreads = true;
  for (const flag of THREADS_V8_FLAGS) setFlagsFromString(flag);
  mark(`V8 flags for threads ${THREADS_V8_FLAGS.join(" ")}`);
}

/** Whether tuneV8ForThreads has run in this process. */
export function isTunedForThreads(): boolean {
  return tunedForThreads;
}
