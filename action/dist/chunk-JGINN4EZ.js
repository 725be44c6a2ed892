import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-UADEFJBK.js";
import "./chunk-CEJOUCY7.js";
import "./chunk-DCCUC7ER.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-KPJYZTLY.js";
import "./chunk-QXGW5RO2.js";
import "./chunk-PIUNMGYJ.js";
import "./chunk-HQ7WXSYU.js";
import "./chunk-G3RPY7MS.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-Z3LCSCTD.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-WBKPGEYU.js";
import "./chunk-OSAJ7EFF.js";
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
