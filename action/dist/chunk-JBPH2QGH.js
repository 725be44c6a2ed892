import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
var ACTION_V8_FLAGS = [...V8_FLAGS, "--semi-space-growth-factor=1"];
function tuneV8(flags = V8_FLAGS) {
  for (const flag of flags) setFlagsFromString(flag);
  mark(`V8 flags ${flags.join(" ")}`);
}

// src/util/own-files.ts
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function readOwnFile(file) {
  try {
    const uid = process.getuid?.();
    if (uid !== void 0 && statSync(file).uid !== uid) return void 0;
    return readFileSync(file);
  } catch {
    return void 0;
  }
}
var STALE_TEMPORARY_MS = 60 * 60 * 1e3;
var TEMPORARY = /^(.+)\.\d+\.tmp$/;
function writeAtomically(file, data) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 448 });
    writeFileSync(temp, data(), { mode: 384 });
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}
function pruneKept(written, kin, keep, now = Date.now()) {
  const dir = dirname(written);
  const own = basename(written);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const uid = process.getuid?.();
  const others = [];
  for (const name of names) {
    const temporary = TEMPORARY.exec(name);
    if (temporary ? !kin(temporary[1]) : name === own || !kin(name)) continue;
    try {
      const stat = statSync(join(dir, name));
      if (uid !== void 0 && stat.uid !== uid) continue;
      if (!temporary) others.push({ name, time: stat.mtimeMs });
      else if (now - stat.mtimeMs >= STALE_TEMPORARY_MS) removeQuietly(join(dir, name));
    } catch {
    }
  }
  others.sort((a, b) => b.time - a.time);
  for (const { name } of others.slice(Math.max(keep - 1, 0))) removeQuietly(join(dir, name));
}
function removeQuietly(path) {
  try {
    rmSync(path, { force: true });
  } catch {
  }
}

export {
  __require,
  __commonJS,
  __toESM,
  mark,
  readOwnFile,
  writeAtomically,
  pruneKept,
  ACTION_V8_FLAGS,
  tuneV8
};
