import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-4SXK7PVQ.js";
import "./chunk-URAQBISI.js";
import "./chunk-LDSGZ5AS.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-BEZWNO65.js";
import "./chunk-YY4JBM3W.js";
import "./chunk-GQS3ZBZW.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-SXRCITVJ.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-UGMGZRCV.js";
import "./chunk-KPOE4I3O.js";
export {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
};
