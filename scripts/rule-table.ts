import { ALL_RULE_METAS } from "../src/rules/index.ts";

/** The README's rule table, generated from the rules' own metadata (a test keeps the README equal to it). */
export function ruleTable(): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
  const rows = ALL_RULE_METAS.map((r) => `| <a id="${r.docs.slice(r.docs.indexOf("#") + 1)}"></a>\`${r.id}\` | ${r.severity} | ${esc(r.description)} |`);
  return ["| rule | severity | what it reports |", "| --- | --- | --- |", ...rows].join("\n") + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(ruleTable());
