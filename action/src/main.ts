import { idleReason } from "./idle.ts";

const idle = idleReason(process.env);
if (idle) process.stdout.write(`${idle}\n`);
else await (await import("./run.ts")).run();
