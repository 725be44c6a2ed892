import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/version.ts
var TOOL_NAME = "mova-registry";
var TOOL_VERSION = "0.1.0";

export {
  TOOL_NAME,
  TOOL_VERSION
};
