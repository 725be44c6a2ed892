import { pointerOf } from "../json/pointer.ts";
import { keyOf, namesOf } from "../util/walk.ts";
import { ruleMeta, type DocumentRule } from "./rule.ts";

/**
 * A registry is read by everyone who can read the repository, forever (git
 * history keeps what a later commit deletes). Auth methods name secrets;
 * they never hold them.
 */

const SHAPES: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY( BLOCK)?-----/, what: "a private key" },
  { pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, what: "an AWS access key id" },
  { pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}\b/, what: "a GitHub token" },
  { pattern: /\bsk-(?:proj-|ant-|or-v1-)?[A-Za-z0-9_-]{20,}\b/, what: "an API secret key (OpenAI-style sk-…)" },
  { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, what: "a Slack token" },
  { pattern: /\bAIza[0-9A-Za-z_-]{35}\b/, what: "a Google API key" },
  { pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}\b/, what: "a Stripe key" },
  { pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, what: "a JSON Web Token" },
  { pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s:@]+@/i, what: "a URL with a password in it" },
];

/** Keys whose value is a credential itself (as opposed to secret_name, api_key_secret, token_env: names of one). */
const CREDENTIAL_KEY = /^(password|passwd|pwd|secret|client_secret|api_?key|apikey|access_token|refresh_token|auth_token|bearer_token|token|private_key|secret_key|access_key|credentials?)$/i;

/** What a reference to a secret looks like, rather than the secret itself. */
function namesASecret(value: string): boolean {
  return (
    value === "" ||
    /^[A-Z][A-Z0-9_]*$/.test(value) || // an environment variable or Actions secret name
    /^\$\{\{\s*secrets\.[A-Za-z0-9_]+\s*\}\}$/.test(value) ||
    /^(env|secret|vault|aws-sm|gcp-sm):[\w./-]+$/i.test(value) ||
    /^__SET_[A-Z0-9_]+__$/.test(value) ||
    /^<[^>]+>$/.test(value)
  );
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/** A literal every shape above contains: most strings lack them all, and one test rules them out. */
const SHAPE_HINT = /-----BEGIN |AKIA|ASIA|gh[pousr]_|github_pat_|sk-|xox[abprs]-|AIza|[sr]k_(?:live|test)_|eyJ|:\/\//;

const HASH_KEY = /(sha\d*|digest|hash|checksum|fingerprint|integrity|commit|etag|nonce)$/i;
const TOKENISH = /^[A-Za-z0-9+/=_-]{32,}$/;

/** The first shape (in the order above) a value has, and the text that has it. */
function firstShape(value: string): { what: string; match: string } | undefined {
  for (let i = 0; i < SHAPES.length; i++) {
    const m = SHAPES[i]!.pattern.exec(value);
    if (m) return { what: SHAPES[i]!.what, match: m[0] };
  }
  return undefined;
}

function redact(secret: string): string {
  return secret.length <= 8 ? "…" : `${secret.slice(0, 4)}…(${secret.length} characters)`;
}

export const secretCredential: DocumentRule = {
  meta: ruleMeta("secret/credential", "error", "A document holds a credential value (a key, token, password or private key) instead of naming the secret that holds it."),
  checkDocument(doc, { sink, onStrings }) {
    if (!doc.json?.ok) return;
    const isSchema = doc.kind === "data_schema" || doc.kind === "envelope_schema" || doc.kind === "schema";
    onStrings((value, at) => {
      const key = keyOf(at);
      const shaped = SHAPE_HINT.test(value);
      const keyed = key !== undefined && CREDENTIAL_KEY.test(key);
      const tokenish = value.length >= 32 && TOKENISH.test(value);
      if (!shaped && !keyed && !tokenish) return;
      // A schema's regular expressions and ids are not data.
      if (isSchema && (key === "pattern" || key === "$id" || key === "$ref" || namesOf(at).includes("patternProperties"))) return;
      // Built only for a finding: most strings that get this far are URLs (the hint's "://") without a password.
      const names = () => namesOf(at).join(".");
      const report = (message: string, hint: string, severity?: "warning") =>
        sink.report(this.meta, { file: doc.path, json: doc.json, pointer: pointerOf(at), message, hint, ...(severity ? { severity } : {}) });
      const shape = shaped ? firstShape(value) : undefined;
      if (shape) {
        report(`${names() || "value"} holds ${shape.what} (${redact(shape.match)})`, "remove it now and rotate it: it stays in git history. Store it as a secret and put the secret's name here (e.g. \"secret_name\": \"OPENAI_API_KEY\")");
        return;
      }
      if (keyed && !namesASecret(value) && !isSchema) {
        report(`"${key}" holds a credential value (${redact(value)})`, `store it as a secret and name it instead, e.g. "${key}_secret": "${key!.toUpperCase()}"`);
        return;
      }
      if (tokenish && !(key && HASH_KEY.test(key)) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && entropy(value) >= 4.3)
        report(`${names() || "value"} looks like a random credential (${redact(value)}, ${entropy(value).toFixed(1)} bits of entropy per character)`, "if it is a secret, remove and rotate it and name the secret instead; if it is not, give it a key that says what it is (e.g. …_sha256)", "warning");
    });
  },
};
