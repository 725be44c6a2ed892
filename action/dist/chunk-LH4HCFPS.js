import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  TOOL_NAME,
  TOOL_VERSION,
  tally,
  wo
} from "./chunk-L6YZGQIE.js";
import {
  KIND_LABEL,
  byId,
  canonicalJson,
  canonicalPretty,
  documentFacts,
  printable,
  referencesOf,
  sha256,
  str
} from "./chunk-JFYR2ZYG.js";

// src/report/report.ts
function buildReport(result, registryLabel) {
  const { registry, findings } = result;
  const byKind = {};
  for (const d of registry.documents) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
  const sortedKinds = Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => a < b ? -1 : 1));
  return {
    reportVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    registry: registryLabel,
    release: registry.config.release,
    summary: { documents: registry.documents.length, byKind: sortedKinds, ...tally(findings) },
    documents: registry.documents.map((d) => ({
      path: d.path,
      kind: d.kind,
      classifiedBy: d.classifiedBy,
      ...d.id ? { id: d.id } : {},
      ...d.schemaId ? { schema: d.schemaId } : {}
    })),
    findings,
    ...result.cache ? { cache: result.cache } : {},
    ...result.base ? {
      base: { ref: result.base.ref, commit: result.base.commit, newFindings: findings.filter((f) => f.baseline === "new").length },
      impact: result.base.comparison.impact
    } : {}
  };
}
function displayPath(registryLabel, file) {
  return registryLabel === "." || registryLabel === "" ? file : `${registryLabel.replace(/\/+$/, "")}/${file}`;
}
function formatJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

// src/report/markdown.ts
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function cell(text) {
  return text.split(/\r?\n/).map((line) => printable(line).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|")).join("<br>");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function headline(report) {
  const s = report.summary;
  if (s.errors + s.warnings + s.notices === 0) return "\u2705 MOVA registry: all clear";
  const parts = [plural(s.errors, "error"), plural(s.warnings, "warning"), ...s.notices ? [plural(s.notices, "notice")] : []];
  return `${s.errors ? "\u274C" : "\u26A0\uFE0F"} MOVA registry: ${parts.join(", ")}`;
}
function findingRow(report, f, options) {
  const path = displayPath(report.registry, f.file);
  const where = options.link ? `[${cell(path)}:${f.line}](${options.link(path, f.line)})` : `\`${cell(path)}:${f.line}\``;
  const isNew = f.baseline === "new" ? " \u{1F195}" : "";
  return `| ${ICON[f.severity]}${isNew} | ${where} | \`${f.rule}\` | ${cell(f.message)}${f.hint ? `<br>\u2192 ${cell(f.hint)}` : ""} |`;
}
function formatMarkdown(report, options) {
  const lines = [`### ${headline(report)}`, ""];
  const where = report.registry === "." ? "the repository root" : `\`${report.registry}/\``;
  const base = report.base ? ` \xB7 compared with \`${report.base.ref}\` (${report.base.commit.slice(0, 7)}): ${plural(report.base.newFindings, "new finding")}` : "";
  lines.push(`${where} checked against MOVA ${report.release} \xB7 ${plural(report.summary.documents, "document")}${base}`, "");
  if (report.findings.length > 0) {
    lines.push("| | Where | Rule | Finding |", "|---|---|---|---|");
    for (const f of report.findings.slice(0, options.maxFindings)) lines.push(findingRow(report, f, options));
    const rest = report.findings.length - options.maxFindings;
    if (rest > 0) lines.push("", `\u2026and ${plural(rest, "more finding")}: see the job summary, the annotations or the SARIF report.`);
    lines.push("");
  }
  const impact = report.impact;
  if (impact && (impact.changes.length > 0 || impact.contracts.length > 0)) {
    lines.push("#### Impact", "");
    if (impact.changes.length > 0) {
      lines.push("| Change | Document | Kind |", "|---|---|---|");
      for (const c of impact.changes) lines.push(`| ${c.change}${c.breaking ? " **(breaking)**" : ""} | \`${cell(c.id ?? displayPath(report.registry, c.path))}\` | ${KIND_LABEL[c.kind]} |`);
      lines.push("");
    }
    if (impact.contracts.length > 0) {
      lines.push(`Contracts and flows this change touches (${impact.contracts.length}):`, "");
      for (const c of impact.contracts) lines.push(`- \`${c.id}\`${c.flow ? ` (flow \`${displayPath(report.registry, c.flow)}\`)` : ""}: ${c.because.map((b) => `\`${cell(b)}\``).join(", ")}`);
      lines.push("");
    } else lines.push("No contract is touched.", "");
  }
  for (const section of options.sections ?? []) lines.push(section, "");
  return lines.join("\n").replace(/\n+$/, "\n");
}

// src/catalog/build.ts
import { createHash } from "node:crypto";

// src/catalog/reads.ts
var CatalogReads = class {
  #documents = /* @__PURE__ */ new WeakMap();
  #flows = /* @__PURE__ */ new WeakMap();
  #packages = /* @__PURE__ */ new WeakMap();
  #entries = /* @__PURE__ */ new WeakMap();
  document(doc) {
    let facts = doc.catalogFacts ?? this.#documents.get(doc);
    if (!facts) this.#documents.set(doc, facts = documentFacts(doc.json, false));
    return facts;
  }
  /** A document read as a package's flow: its facts with its shape. */
  #flow(doc) {
    const kept = doc.catalogFacts ?? this.#documents.get(doc);
    if (kept?.flow !== void 0) return kept;
    let facts = this.#flows.get(doc);
    if (!facts) this.#flows.set(doc, facts = documentFacts(doc.json, true));
    return facts;
  }
  package(pkg) {
    const known = this.#packages.get(pkg.manifest);
    if (known && known.flow === pkg.flow && known.envelope === pkg.envelope) return known.facts;
    const manifest = this.document(pkg.manifest);
    const flow = pkg.flow ? this.#flow(pkg.flow) : void 0;
    const envelope = pkg.envelope ? this.document(pkg.envelope) : void 0;
    const digest = sha256(canonicalJson([manifest, flow, envelope].map((f) => f?.ok ? f.sha256 : null)));
    const { flow: model, ...flowFacts } = flow ?? {};
    const facts = {
      sha256: digest,
      manifest,
      ...manifest.inputSchema ? { inputSchema: manifest.inputSchema } : {},
      ...manifest.outputSchema ? { outputSchema: manifest.outputSchema } : {},
      ...flow ? { flow: { ...flowFacts, ...model ? { model } : {} } } : {},
      ...envelope ? { envelope } : {}
    };
    this.#packages.set(pkg.manifest, { flow: pkg.flow, envelope: pkg.envelope, facts });
    return facts;
  }
  /**
   * An index entry built once per `owner` (a document, or a package's
   * manifest) and `key` (what else it depends on, compared by identity):
   * both catalogs of a diff get the same entry and text for what they share.
   * `build` gives its keys in sorted order at every level, so its JSON is
   * its canonical JSON without sorting a copy (test/catalog/build.test.ts
   * holds every entry to that).
   */
  entry(owner, key, build) {
    const known = this.#entries.get(owner);
    if (known && sameKey(known.key, key)) return known.value;
    const entry = build();
    const value = { entry, text: JSON.stringify(entry) };
    this.#entries.set(owner, { key, value });
    return value;
  }
};
function sameKey(a, b) {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// src/catalog/build.ts
var CATALOG_FILES = { catalog: "catalog.json", envelope: "catalog.publish.json", index: "index.json" };
function canonicalFile(value) {
  return canonicalPretty(value) + "\n";
}
function describe(entry) {
  const title = str(entry.schema.title);
  const description = str(entry.schema.description);
  return { ...title ? { title } : {}, ...description ? { description } : {} };
}
function envelopeVerb(entry) {
  return str(entry.schema.properties?.verb?.const);
}
function referencedDataTypes(entry, registry) {
  const out = /* @__PURE__ */ new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref" && typeof v === "string") {
          const target = registry.schemas.byUri(new URL(v, entry.uri).href);
          if (target?.id.startsWith("ds.") && target.id !== "ds.mova_schema_core_v1") out.add(target.id);
        } else walk(v);
      }
  };
  walk(entry.schema.properties);
  return [...out];
}
function buildCatalog(registry, options, reads = new CatalogReads()) {
  const schemas = registry.schemas.entries().filter((e) => e.origin !== "tool");
  const isEpisode = (e) => e.id === "ds.mova_episode_core_v1" || registry.schemas.lineage(e.id).includes("ds.mova_episode_core_v1");
  const packages = new Map(registry.packages.map((p) => [p, reads.package(p)]));
  const byEnvelope = /* @__PURE__ */ new Map();
  for (const [p, facts] of packages) {
    const id = facts.envelope?.envelopeId;
    if (!id) continue;
    const users = byEnvelope.get(id);
    if (users) users.push(p);
    else byEnvelope.set(id, [p]);
  }
  const packagesUsing = (envId) => byEnvelope.get(envId) ?? [];
  const data_types = schemas.filter((e) => e.id.startsWith("ds.")).map((e) => ({ id: e.id, ...describe(e), schema_ref: e.uri, origin: e.origin === "mova" ? "mova" : "registry", sha256: sha256(canonicalJson(e.schema)) })).sort(byId);
  const verbsCatalog = registry.documents.find((d) => d.kind === "global" && d.id?.startsWith("global.verbs_catalog"));
  const listed = verbsCatalog?.json?.value?.verbs ?? [];
  const verbs = /* @__PURE__ */ new Map();
  for (const v of listed) if (str(v.id)) verbs.set(String(v.id), { id: String(v.id), ...str(v.description) ? { description: String(v.description) } : {} });
  const envelopes = schemas.filter((e) => e.id.startsWith("env.")).flatMap((e) => {
    const users = packagesUsing(e.id);
    const verb = envelopeVerb(e) ?? users.map((p) => packages.get(p).envelope?.verb).find(Boolean);
    if (!verb) return [];
    if (!verbsCatalog && !verbs.has(verb)) verbs.set(verb, { id: verb });
    const manifestField = (field) => users.map((p) => packages.get(p)[field]).filter((x) => x !== void 0);
    const input_types = [.../* @__PURE__ */ new Set([...referencedDataTypes(e, registry), ...manifestField("inputSchema")])].sort();
    const output_types = [...new Set(manifestField("outputSchema"))].sort();
    const d = describe(e).description;
    return [{ id: e.id, verb, ...d ? { description: d } : {}, input_types, output_types }];
  }).sort(byId);
  const episode_types = schemas.filter((e) => e.id.startsWith("ds.") && isEpisode(e)).map((e) => ({ id: e.id, ...describe(e).description ? { description: describe(e).description } : {}, schema_ref: e.uri })).sort(byId);
  const catalog = {
    version: `${registry.config.release}-registry`,
    data_types,
    verbs: [...verbs.values()].sort(byId),
    envelopes,
    episode_types
  };
  const indexed = indexEntries(registry, reads, packages);
  const entries = indexed.map((e) => e.entry);
  const entryTexts = indexed.map((e) => e.text);
  const digest = "sha256:" + contentDigest(registry.config.release, catalog, entryTexts);
  const index = {
    schema_id: "registry.index_v1",
    release: registry.config.release,
    digest,
    ...options.source ? { source: options.source } : {},
    entries
  };
  const envelope = {
    envelope_id: "env.mova4_core_catalog_publish_v1",
    verb: "publish",
    roles: { publisher: options.publisher ?? TOOL_NAME, registry: options.registryName },
    catalog,
    meta: { digest, generated_by: `${TOOL_NAME} ${TOOL_VERSION}`, ...options.source ? { source: options.source } : {} }
  };
  let files;
  return {
    catalog,
    envelope,
    index,
    digest,
    entryTexts,
    // Written out only when asked for: a catalog diff never is, and the index of a large registry is megabytes of text.
    get files() {
      return files ??= { [CATALOG_FILES.catalog]: canonicalFile(catalog), [CATALOG_FILES.envelope]: canonicalFile(envelope), [CATALOG_FILES.index]: canonicalFile(index) };
    }
  };
}
function refsOf(docs) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const d of docs) {
    if (!d) continue;
    for (const r of d.references ?? referencesOf(d)) {
      const key = `${r.kind} ${r.target} ${r.field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ order: r.kind + r.target + r.field, ref: { field: r.field, kind: r.kind, target: r.target } });
    }
  }
  return out.sort((a, b) => a.order < b.order ? -1 : 1).map((x) => x.ref);
}
function contentDigest(release, catalog, entryTexts) {
  const hash = createHash("sha256").update(`{"catalog":${canonicalJson(catalog)},"entries":[`);
  for (let i = 0; i < entryTexts.length; i++) hash.update(i === 0 ? entryTexts[i] : "," + entryTexts[i]);
  return hash.update(`],"release":${JSON.stringify(release)}}`).digest("hex");
}
function compareIndexKeys(a, b) {
  const ak = String(a.kind);
  const bk = String(b.kind);
  if (ak !== bk) return ak < bk ? -1 : 1;
  const ai = String(a.id);
  const bi = String(b.id);
  return ai < bi ? -1 : ai > bi ? 1 : 0;
}
function indexEntries(registry, reads, packages) {
  const entries = [];
  const kinds = { runtime_binding: "runtime", connector: "connector", instruction_profile: "instruction_profile" };
  for (const doc of registry.documents) {
    const kind = kinds[doc.kind];
    const id = doc.id;
    if (!kind || !id) continue;
    const facts = reads.document(doc);
    if (!facts.ok) continue;
    const e = reads.entry(doc, void 0, () => ({ id, kind, ...facts.owner ? { owner: facts.owner } : {}, path: doc.path, references: refsOf([doc]), ...doc.schemaId ? { schema: doc.schemaId } : {}, sha256: facts.sha256 }));
    entries.push({ ...e, order: kind + "\0" + id });
  }
  for (const pkg of registry.packages) {
    const id = pkg.id;
    if (!id) continue;
    const facts = packages.get(pkg);
    const e = reads.entry(pkg.manifest, [pkg.flow, pkg.envelope, id], () => {
      const model = facts.flow?.model;
      return {
        ...pkg.envelope ? { envelope: { ...facts.envelope.envelopeId ? { id: facts.envelope.envelopeId } : {}, path: pkg.envelope.path, sha256: facts.envelope.sha256 } } : {},
        ...pkg.flow && model ? { flow: { ...model.entry ? { entry: model.entry } : {}, path: pkg.flow.path, sha256: facts.flow.sha256, steps: model.steps } } : {},
        id,
        kind: "contract",
        ...facts.manifest.owner ? { owner: facts.manifest.owner } : {},
        path: pkg.manifest.path,
        references: refsOf([pkg.manifest, pkg.flow, pkg.envelope]),
        sha256: facts.sha256
      };
    });
    entries.push({ ...e, order: "contract\0" + id });
  }
  return entries.sort((a, b) => a.order < b.order ? -1 : 1);
}

// src/catalog/publish-branch.ts
import { execFileSync } from "node:child_process";
var ACTIONS_BOT = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
function plumbing(repoDir, args, input, env) {
  return execFileSync("git", args, { cwd: repoDir, input, encoding: "utf8", env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] }).trim();
}
var REJECTED = /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|cannot lock ref/i;
function writeTree(repoDir, files) {
  const blobs = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  for (const name of Object.keys(files)) {
    const slash = name.indexOf("/");
    if (slash < 0) blobs.set(name, plumbing(repoDir, ["hash-object", "-w", "--stdin"], files[name]));
    else {
      const folder = name.slice(0, slash);
      const inner = folders.get(folder) ?? {};
      inner[name.slice(slash + 1)] = files[name];
      folders.set(folder, inner);
    }
  }
  const entries = [
    ...[...blobs].map(([name, id]) => ({ name, line: `100644 blob ${id}	${name}` })),
    ...[...folders].map(([name, inner]) => ({ name, line: `040000 tree ${writeTree(repoDir, inner)}	${name}` }))
  ].sort((a, b) => a.name < b.name ? -1 : 1);
  return plumbing(repoDir, ["mktree"], entries.map((e) => e.line).join("\n") + "\n");
}
async function commitToBranch(p) {
  const remote = p.remote ?? "origin";
  const git = wo(p.repoDir);
  const author = p.author ?? ACTIONS_BOT;
  const trackingRef = `refs/mova-registry/branches/${p.branch}`;
  const maxAttempts = p.maxAttempts ?? 5;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const listed = (await git.raw(["ls-remote", "--heads", remote, p.branch])).trim();
    let tip;
    if (listed) {
      await git.raw(["fetch", "--no-tags", "--quiet", remote, `+refs/heads/${p.branch}:${trackingRef}`]);
      tip = (await git.revparse([trackingRef])).trim();
    }
    const readTip = async (path) => tip ? await git.show([`${tip}:${path}`]).catch(() => void 0) : void 0;
    const files = await p.build(readTip);
    if (!files) return { changed: false, ...tip ? { commit: tip } : {}, attempts: attempt, reason: `${p.branch} needs no change` };
    const tree = writeTree(p.repoDir, files);
    const identity = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
    const commit = plumbing(p.repoDir, ["commit-tree", tree, ...tip ? ["-p", tip] : [], "-m", p.message], void 0, identity);
    await p.beforePush?.(attempt);
    try {
      await git.raw(["push", "--quiet", remote, `${commit}:refs/heads/${p.branch}`]);
      return { changed: true, commit, attempts: attempt, reason: tip ? `pushed on top of ${tip.slice(0, 7)}` : `created ${p.branch}` };
    } catch (error) {
      if (!REJECTED.test(error.message)) throw error;
    }
  }
  throw new Error(`could not commit to ${p.branch}: ${maxAttempts} pushes in a row lost a race with other pushes`);
}
async function publishToBranch(p) {
  const outcome = await commitToBranch({
    repoDir: p.repoDir,
    ...p.remote ? { remote: p.remote } : {},
    branch: p.branch,
    message: p.message,
    ...p.author ? { author: p.author } : {},
    ...p.maxAttempts ? { maxAttempts: p.maxAttempts } : {},
    ...p.beforePush ? { beforePush: p.beforePush } : {},
    build: async (readTip) => {
      let tipDigest;
      try {
        tipDigest = JSON.parse(await readTip(CATALOG_FILES.index) ?? "{}").digest;
      } catch {
        tipDigest = void 0;
      }
      let siteSame = true;
      if (p.site) {
        try {
          siteSame = JSON.parse(await readTip(p.site.file) ?? "{}").digest === p.site.digest;
        } catch {
          siteSame = false;
        }
      }
      return tipDigest === p.digest && siteSame ? void 0 : p.files;
    }
  });
  return outcome.changed ? outcome : { ...outcome, reason: `${p.branch} already holds digest ${p.digest}${p.site ? " and this site" : ""}` };
}

export {
  buildReport,
  displayPath,
  formatJson,
  formatMarkdown,
  CatalogReads,
  CATALOG_FILES,
  buildCatalog,
  compareIndexKeys,
  ACTIONS_BOT,
  commitToBranch,
  publishToBranch
};
