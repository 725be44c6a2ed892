import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/fail-on.ts
var FAIL_ON = ["error", "warning", "new", "never"];
function failingFindings(findings, failOn) {
  switch (failOn) {
    case "error":
      return findings.filter((f) => f.severity === "error");
    case "warning":
      return findings.filter((f) => f.severity === "error" || f.severity === "warning");
    case "new":
      return findings.filter((f) => f.severity === "error" && f.baseline !== "existing");
    case "never":
      return [];
  }
}

export {
  FAIL_ON,
  failingFindings
};
