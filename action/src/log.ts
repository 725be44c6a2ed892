import * as core from "@actions/core";
import type { Report } from "../../src/report/report.ts";
import { textChunks } from "../../src/report/text.ts";

/**
 * The text report in the job's log, in the pieces the CLI prints (20,000
 * findings are 4 MB of text), reading as one core.info of the whole text.
 */
export function logReport(report: Report): void {
  let previous: string | undefined;
  for (const piece of textChunks(report, { color: false })) {
    // core.info ends each message with a line break: every piece but the last gives up its own.
    if (previous !== undefined) core.info(previous.slice(0, -1));
    previous = piece;
  }
  if (previous !== undefined) core.info(previous);
}
