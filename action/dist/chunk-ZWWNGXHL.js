import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-B6VNSY2O.js";
import "./chunk-S3RFJVTI.js";
import "./chunk-K5F4CAEI.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-BEZWNO65.js";
import "./chunk-OUJFYJWV.js";
import "./chunk-JXZ4JHOJ.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-HFZCLJNW.js";
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
