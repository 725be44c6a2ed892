import type { RegistryDocument } from "../registry/document.ts";
import { pointerOf } from "../json/pointer.ts";
import { keyOf, namesOf, type Segments } from "../util/walk.ts";
import { ruleMeta, type DocumentRule } from "./rule.ts";

/**
 * MOVA keeps contracts declarative: runtime and connector descriptions, and
 * every meta/ext, describe; they never carry code to run or instructions for
 * a model (global.text_channel_catalog_v1, rule no_llm_instructions_in_meta_ext).
 * These are heuristics: each pattern names what it saw and why it matters.
 */

interface Signal {
  pattern: RegExp;
  what: string;
}

const CODE: Signal[] = [
  { pattern: /^#!\//m, what: "a script's shebang line" },
  { pattern: /<script\b|\bjavascript:/i, what: "browser script" },
  { pattern: /\bfunction\s*[\w$]*\s*\([^)]*\)\s*\{|\)\s*=>\s*[{(]|\b(const|let|var)\s+[\w$]+\s*=\s*[^=]/, what: "JavaScript code" },
  { pattern: /\beval\s*\(|\bnew\s+Function\s*\(|\brequire\s*\(\s*['"]|\bimport\s+[\w{*][^;\n]*\bfrom\s+['"]|\bprocess\.env\b|\bchild_process\b|\bexecSync\s*\(/, what: "a call that runs or loads code" },
  { pattern: /\b(curl|wget)\b[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b|\brm\s+-rf\b|\$\([^)\n]+\)|`[^`\n]*\b(sudo|chmod|rm|curl)\b[^`\n]*`/, what: "a shell command" },
  { pattern: /^\s*(def|class)\s+\w+\s*(\([^)]*\))?\s*:|\b__import__\s*\(|\bimport\s+(os|subprocess|sys)\b/m, what: "Python code" },
  { pattern: /\b(DROP|TRUNCATE)\s+TABLE\b|\bDELETE\s+FROM\b|\bINSERT\s+INTO\b|\bSELECT\s+[\w*,\s]+\s+FROM\s+\w+/, what: "an SQL statement" },
  { pattern: /```\s*(js|javascript|ts|typescript|python|py|bash|sh|shell|zsh|powershell|ps1|sql|ruby|go|rust|java)\b/i, what: "a fenced code block" },
];

const PROMPT: Signal[] = [
  { pattern: /\b(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+|your\s+)?(previous|prior|above|earlier|preceding)\s+(instructions?|prompts?|rules|messages)\b/i, what: "an instruction-override phrase (prompt injection)" },
  { pattern: /\byou\s+are\s+(now\s+)?(an?\s+|the\s+)?(helpful\s+)?(ai|assistant|language\s+model|llm|chat\s*bot|gpt|model|agent)\b/i, what: "a role assignment addressed to a model" },
  { pattern: /\bas\s+an?\s+(ai|llm|language\s+model)\b/i, what: "a phrase addressed to a model" },
  { pattern: /\b(system|developer)\s+prompt\b/i, what: "a system prompt" },
  { pattern: /\bdo\s+not\s+(reveal|disclose|mention|share)\s+(this|these|the|your)\s+(instructions?|prompt|rules)\b/i, what: "a secrecy instruction to a model" },
  { pattern: /\b(respond|reply|answer)\s+(only\s+)?(with|in)\s+(json|valid\s+json|yes\s+or\s+no|the\s+following|one\s+word)\b/i, what: "an output instruction to a model" },
  { pattern: /<\|im_start\|>|<\|system\|>|\[INST\]|<<SYS>>|^#{2,}\s*(instruction|system)\b/im, what: "a chat-template marker" },
  { pattern: /\b(act\s+as\s+an?|pretend\s+(to\s+be|you\s+are))\b/i, what: "a role-play instruction" },
];

/** Where descriptive text lives: all of a runtime's or connector's text; meta and ext of everything; policy rule descriptions. */
function describedIn(doc: RegistryDocument): ((at: Segments) => boolean) | undefined {
  const value = doc.json?.ok ? doc.json.value : undefined;
  if (value === null || typeof value !== "object") return undefined;
  if (doc.kind === "data_schema" || doc.kind === "envelope_schema" || doc.kind === "schema" || doc.kind === "flow") return undefined;
  if (doc.kind === "runtime_binding" || doc.kind === "connector") return everywhere;
  if (Array.isArray(value)) return undefined;
  return doc.kind === "instruction_profile" ? inMetaOrRuleDescription : inMeta;
}

const everywhere = () => true;
const inMeta = (at: Segments) => at[0] === "meta" || at[0] === "ext";
const inMetaOrRuleDescription = (at: Segments) => inMeta(at) || (at[0] === "rules" && keyOf(at) === "description");

function excerpt(match: RegExpExecArray): string {
  const snippet = match[0].replace(/\s+/g, " ").trim();
  return snippet.length > 60 ? snippet.slice(0, 57) + "…" : snippet;
}

function signalRule(id: string, description: string, signals: Signal[], hint: string): DocumentRule {
  const meta = ruleMeta(id, "error", description);
  // One test of all signals at once rules out almost every string; without the line anchors it only ever matches more.
  const any = new RegExp(signals.map((x) => x.pattern.source.replace(/(^|[|(])\^/g, "$1").replace(/\$(?=$|[|)])/g, "")).join("|"), "i");
  return {
    meta,
    checkDocument(doc, { sink, onStrings }) {
      const described = describedIn(doc);
      if (!described) return;
      onStrings((value, at) => {
        if (!described(at) || !any.test(value)) return;
        for (const signal of signals) {
          const m = signal.pattern.exec(value);
          if (!m) continue;
          sink.report(meta, { file: doc.path, json: doc.json, pointer: pointerOf(at), message: `${namesOf(at).join(".") || "text"} contains ${signal.what}: "${excerpt(m)}"`, hint });
          break;
        }
      });
    },
  };
}

export const contentCode = signalRule(
  "content/code",
  "Runtime and connector descriptions, and meta/ext anywhere, carry executable code (scripts, shell, JavaScript, Python, SQL); MOVA contracts describe, they never run.",
  CODE,
  "describe what the thing does in prose; code belongs in the runtime's own repository, bound by a binding target",
);

export const contentModelInstruction = signalRule(
  "content/model-instruction",
  "Runtime and connector descriptions, meta/ext anywhere, or policy rule descriptions carry instructions for a model; those belong in an AI step's instructions (the model_instruction channel), never in text for people.",
  PROMPT,
  "rewrite it as a description for people; model instructions belong in an AI_ATOMIC step's \"instructions\"",
);
