// The CLI run from its sources (npm start). The bundle's entry is bin.ts; both start the same way.
import { startCli } from "./start.ts";

startCli(process.argv.slice(2));
// Imported once V8's flags are set.
const { runProcess } = await import("./process.ts");
process.exitCode = await runProcess();
