import { testRule } from "../support/rule-tester.ts";
import { runtime } from "../support/samples.ts";

const rt = JSON.stringify(runtime).slice(1, -1);

testRule("document/prototype-key", {
  valid: [
    { name: "the words as values, and in longer keys", files: { "runtimes/r.json": { ...runtime, meta: { constructor_note: "constructor", kind: "prototype", proto: "__proto__" } } } },
  ],
  invalid: [
    { name: "__proto__ as a key", files: { "runtimes/r.json": `{${rt}, "__proto__": {}}` }, findings: [{ file: "runtimes/r.json", message: /key "__proto__" is not allowed/ }] },
    { name: "constructor deep in an array", files: { "runtimes/r.json": { ...runtime, meta: { list: [{ x: 1 }, { constructor: 1 }] } } }, findings: [{ file: "runtimes/r.json", message: /key "constructor"/ }] },
    // A consumer that merges the parsed document sees the key, however the text spells it.
    { name: "prototype spelled with \\u escapes", files: { "runtimes/r.json": `{${rt}, "meta": {"\\u0070rototype": 1}}` }, findings: [{ file: "runtimes/r.json", message: /key "prototype"/ }] },
  ],
});
