/** Phase times on stderr with MOVA_REGISTRY_TIMING=1, for finding where a slow check spends its time. */
const enabled = typeof process !== "undefined" && process.env.MOVA_REGISTRY_TIMING === "1";
const start = performance.now();

export function mark(label: string): void {
  if (enabled) process.stderr.write(`[timing] ${(performance.now() - start).toFixed(0).padStart(6)} ms  ${label}\n`);
}
