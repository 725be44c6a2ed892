// Preloaded (NODE_OPTIONS=--import) into every process the benchmark measures:
// on exit, the process's own CPU time and peak memory, all threads included.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const out = process.env.MOVA_BENCH_USAGE;
if (out && isMainThread)
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS }));
  });
