import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/util/v8-tuning.ts
import { setFlagsFromString } from "node:v8";

// src/util/timing.ts
var enabled = typeof process !== "undefined" && process.env.MOVA_REGISTRY_TIMING === "1";
var memory = enabled && process.env.MOVA_REGISTRY_TIMING_MEMORY === "1";
function mark(label) {
  if (!enabled) return;
  const m = memory ? process.memoryUsage() : void 0;
  const mb = (n) => `${(n / 2 ** 20).toFixed(0).padStart(4)} MB`;
  process.stderr.write(`[timing] ${performance.now().toFixed(0).padStart(6)} ms  ${m ? `rss ${mb(m.rss)} heap ${mb(m.heapUsed)}  ` : ""}${label}
`);
}

// src/util/v8-tuning.ts
var V8_FLAGS = ["--no-allocation-site-pretenuring", "--no-turbofan", "--heap-growing-percent=100"];
function tuneV8() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  mark(`V8 flags ${V8_FLAGS.join(" ")}`);
}

export {
  mark,
  tuneV8
};
