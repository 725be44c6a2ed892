/** Phase times on stderr with MOVA_REGISTRY_TIMING=1, for finding where a slow check spends its time; counted from the process's start, so loading the code shows too. */
const enabled = typeof process !== "undefined" && process.env.MOVA_REGISTRY_TIMING === "1";

/** With MOVA_REGISTRY_TIMING_MEMORY=1 too, each mark also shows the process's resident memory and this thread's heap. */
const memory = enabled && process.env.MOVA_REGISTRY_TIMING_MEMORY === "1";

export function mark(label: string): void {
  if (!enabled) return;
  const m = memory ? process.memoryUsage() : undefined;
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(0).padStart(4)} MB`;
  process.stderr.write(`[timing] ${performance.now().toFixed(0).padStart(6)} ms  ${m ? `rss ${mb(m.rss)} heap ${mb(m.heapUsed)}  ` : ""}${label}\n`);
}
