import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/schemas/releases.ts
var RELEASES = ["4.1.1", "5.0.0", "6.0.0"];
var DEFAULT_RELEASE = "6.0.0";
function isRelease(value) {
  return typeof value === "string" && RELEASES.includes(value);
}
var RELEASE_LAYERS = {
  "4.1.1": ["4.1.1"],
  "5.0.0": ["4.1.1", "5.0.0"],
  "6.0.0": ["4.1.1", "6.0.0"]
};

export {
  RELEASES,
  DEFAULT_RELEASE,
  isRelease,
  RELEASE_LAYERS
};
