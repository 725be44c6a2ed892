import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-W5TQPN6U.js";
import "./chunk-TMJBFYNN.js";
import "./chunk-SFBX6RWS.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-BEZWNO65.js";
import "./chunk-6L7GBKDZ.js";
import "./chunk-ABKZYUD2.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-W6J2NJ32.js";
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
