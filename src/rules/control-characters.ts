import { appendPointer } from "../json/pointer.ts";
import { ID_FIELD } from "../registry/kinds.ts";
import { UNPRINTABLE } from "../report/escape.ts";
import { ruleMeta, type DocumentRule } from "./rule.ts";

/** The UNPRINTABLE characters a JSON text can hold raw: raw C0 characters are a syntax error in JSON strings, so they only arrive as \u escapes. */
const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Whether a raw JSON text can hold an UNPRINTABLE character at all. Of the
 * raw ones, an ASCII text (as many UTF-8 bytes as characters, which Node
 * counts without a loop of ours) can hold only DEL: one expression over
 * every text took 61–67 ms at 100,000 files, this 16–19.
 */
function mayHold(text: string): boolean {
  return text.includes("\\u") || (Buffer.byteLength(text, "utf8") === text.length ? text.includes("\u007f") : RAW.test(text));
}

/** Fields whose value names something: ids and references. */
const NAMING_FIELD = /(?:^|_)(?:id|ids|ref|refs)$|^(?:verb|data_type|envelope_type|input_schema|output_schema|schema_id|envelope_id|\$id|\$ref|role|escalate_to|entry|next)$/;

function describe(s: string): string {
  const c = UNPRINTABLE.exec(s)![0]!.charCodeAt(0);
  return c === 0 ? "a NUL byte (\\u0000)" : `the control character \\u${c.toString(16).padStart(4, "0")}`;
}

/**
 * Keys, ids and references holding control characters: a NUL byte cuts an id
 * short in C tools and file systems, escapes and bidirectional overrides make
 * a terminal or a review show something else than what is compared.
 */
export const idControlCharacter: DocumentRule = {
  meta: ruleMeta(
    "id/control-character",
    "error",
    "A key, an id or a reference holds a control character (a NUL byte, an escape, a bidirectional override): what tools compare and what people see differ. Reports escape such characters.",
  ),
  checkDocument(doc, { sink }) {
    if (!doc.json?.ok || !mayHold(doc.json.text)) return;
    const idField = ID_FIELD[doc.kind];
    const stack: Array<[value: unknown, pointer: string, field: string | undefined]> = [[doc.json.value, "", undefined]];
    while (stack.length > 0) {
      const [value, pointer, field] = stack.pop()!;
      if (typeof value === "string") {
        const naming = field !== undefined && (NAMING_FIELD.test(field) || (pointer === `/${idField}`));
        if (naming && UNPRINTABLE.test(value))
          sink.report(this.meta, { file: doc.path, json: doc.json, pointer, message: `${field} holds ${describe(value)}`, hint: "ids and references are plain printable text: remove the character" });
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], appendPointer(pointer, i), field]);
      } else if (value !== null && typeof value === "object") {
        const entries = Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--) {
          const [key, v] = entries[i]!;
          const at = appendPointer(pointer, key);
          if (UNPRINTABLE.test(key))
            sink.report(this.meta, { file: doc.path, json: doc.json, pointer: at, target: "key", message: `a key holds ${describe(key)}`, hint: "keys are plain printable text: remove the character" });
          stack.push([v, at, key]);
        }
      }
    }
  },
};
