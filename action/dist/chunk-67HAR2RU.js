import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  cacheCommitCheck,
  guardWithBase
} from "./chunk-LMJFZCKP.js";
import "./chunk-7NFW6BCK.js";
import "./chunk-K22NPQLZ.js";
import "./chunk-HFWEJAOR.js";
import "./chunk-UGMGZRCV.js";
import "./chunk-44VDZ2H7.js";
import "./chunk-YNVQLM7T.js";
import "./chunk-TFGIKC3V.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-UZN3YM2U.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-VXIP6GMK.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-KPOE4I3O.js";
export {
  cacheCommitCheck,
  guardWithBase
};
