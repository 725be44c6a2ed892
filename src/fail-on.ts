import type { Finding } from "./findings/finding.ts";

/** When a check fails the build. */
export const FAIL_ON = ["error", "warning", "new", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * `error`: any error; `warning`: any error or warning; `new`: only errors the
 * base does not have (a ratchet for registries adopting the guard); `never`:
 * report only.
 */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
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
