import { testRule } from "../support/rule-tester.ts";
import { runtime } from "../support/samples.ts";

testRule("config/invalid", {
  valid: [
    { name: "no config file at all", files: { "runtimes/a.json": runtime } },
    { name: "a full config", files: { "mova.registry.json": { release: "5.0.0", folders: { runtimes: ["infra"] }, exclude: [], policy: {} }, "infra/a.json": runtime } },
  ],
  invalid: [
    { name: "an unsupported release", files: { "mova.registry.json": '{\n  "release": "7.0.0"\n}' }, findings: [{ file: "mova.registry.json", line: 2, column: 14, message: /release: "7.0.0"/, hint: /did you mean "6.0.0"/ }] },
    { name: "an unknown setting", files: { "mova.registry.json": { folder: { runtimes: "x" } } }, findings: [{ file: "mova.registry.json", message: /property "folder" is not allowed/, hint: /did you mean "folders"/ }] },
  ],
});
