import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  cacheCommitCheck,
  guardWithBase
} from "./chunk-ALTEKNGD.js";
import "./chunk-7NFW6BCK.js";
import "./chunk-FJNRMHW7.js";
import "./chunk-F5S4Y6IV.js";
import "./chunk-UGMGZRCV.js";
import "./chunk-ROE343XT.js";
import "./chunk-U43Y77IC.js";
import "./chunk-M53WTELD.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-DEQPY4IZ.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-WBKPGEYU.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-KPOE4I3O.js";
export {
  cacheCommitCheck,
  guardWithBase
};
