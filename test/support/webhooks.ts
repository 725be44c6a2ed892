import { createRequire } from "node:module";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { addFormats } from "../../src/schemas/formats.ts";
import { readJsonFile, SHARED_DIR } from "./shared.ts";

const require = createRequire(import.meta.url);

type Payload = Record<string, unknown>;
interface ExampleSet {
  name: string;
  examples: Array<Payload & { action?: string }>;
}

/** A real webhook payload example from @octokit/webhooks-examples, deep-copied so a test may adapt it. */
export function webhookExample(event: string, action?: string, index = 0): Payload {
  const sets = require("@octokit/webhooks-examples/api.github.com/index.json") as ExampleSet[];
  const set = sets.find((s) => s.name === event);
  if (!set) throw new Error(`no webhook examples for ${event}`);
  const matching = set.examples.filter((e) => action === undefined || e.action === action);
  const example = matching[index];
  if (!example) throw new Error(`no ${event}.${action} example #${index}`);
  return structuredClone(example);
}

const DOC_ID = "https://github.com/octokit/openapi-webhooks/webhooks-api.github.com.json";
let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * Errors of a payload against GitHub's published webhook schema (OpenAPI 3.1,
 * i.e. JSON Schema 2020-12), e.g. `webhook-pull-request-opened`; [] when it conforms.
 */
export function webhookSchemaErrors(schemaName: string, payload: unknown): string[] {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false });
    addFormats(ajv);
    ajv.addSchema({ ...(readJsonFile(join(SHARED_DIR, "github", "webhooks-api.github.com.json")) as object), $id: DOC_ID });
  }
  let validate = validators.get(schemaName);
  if (!validate) validators.set(schemaName, (validate = ajv.compile({ $ref: `${DOC_ID}#/components/schemas/${schemaName}` })));
  return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

export interface PullRequestFacts {
  number: number;
  repository: string;
  headRepository?: string;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  author: string;
}

/**
 * A real pull_request example adapted to a scenario, and completed with the
 * fields GitHub's schema requires that the community examples leave out.
 */
export function pullRequestPayload(action: string, facts: PullRequestFacts): Payload {
  const p = webhookExample("pull_request", action) as Record<string, any>;
  const [owner, name] = facts.repository.split("/") as [string, string];
  const headRepo = facts.headRepository ?? facts.repository;
  const repo = (full: string, base: Record<string, any>) => ({
    ...base,
    full_name: full,
    name: full.split("/")[1],
    owner: { ...base.owner, login: full.split("/")[0] },
    has_discussions: base.has_discussions ?? false,
    topics: base.topics ?? [],
    visibility: base.visibility ?? "public",
  });
  p.number = facts.number;
  p.repository = repo(facts.repository, p.repository);
  p.repository.owner.login = owner;
  p.repository.name = name;
  Object.assign(p.pull_request, {
    number: facts.number,
    draft: p.pull_request.draft ?? false,
    auto_merge: p.pull_request.auto_merge ?? null,
    active_lock_reason: p.pull_request.active_lock_reason ?? null,
    user: { ...p.pull_request.user, login: facts.author },
  });
  p.pull_request.base = { ...p.pull_request.base, ref: facts.baseRef, sha: facts.baseSha, label: `${owner}:${facts.baseRef}`, repo: repo(facts.repository, p.pull_request.base.repo) };
  p.pull_request.head = { ...p.pull_request.head, ref: facts.headRef, sha: facts.headSha, label: `${headRepo.split("/")[0]}:${facts.headRef}`, repo: repo(headRepo, p.pull_request.head.repo) };
  return p;
}

export interface ReviewFacts {
  id: number;
  user: string;
  /** Webhook review states are lower case: approved, changes_requested, commented, dismissed. */
  state: string;
  commitId: string;
  submittedAt: string;
  body?: string;
}

/** A real pull_request_review example adapted to a scenario, completed as the published schema requires. */
export function reviewPayload(action: "submitted" | "dismissed", pr: PullRequestFacts, review: ReviewFacts): Payload {
  const base = pullRequestPayload("opened", pr) as Record<string, any>;
  const p = webhookExample("pull_request_review", action) as Record<string, any>;
  p.repository = base.repository;
  p.pull_request = { ...p.pull_request, ...base.pull_request };
  // The review event's pull_request has no merge facts or counts (see shared/github/README.md).
  for (const k of ["merged", "mergeable", "mergeable_state", "merged_by", "comments", "review_comments", "commits", "additions", "deletions", "changed_files", "rebaseable", "maintainer_can_modify"]) delete p.pull_request[k];
  p.review = {
    ...p.review,
    id: review.id,
    node_id: `PRR_${review.id}`,
    user: { ...p.review.user, login: review.user },
    state: review.state,
    commit_id: review.commitId,
    submitted_at: review.submittedAt,
    body: review.body ?? null,
    html_url: `https://github.com/${pr.repository}/pull/${pr.number}#pullrequestreview-${review.id}`,
    pull_request_url: `https://api.github.com/repos/${pr.repository}/pulls/${pr.number}`,
  };
  p.action = action;
  return p;
}

/** A real workflow_dispatch example adapted to a scenario. */
export function dispatchPayload(repository: string, sender: string, inputs: Record<string, string>, ref = "refs/heads/main"): Payload {
  const p = webhookExample("workflow_dispatch") as Record<string, any>;
  p.inputs = inputs;
  p.ref = ref;
  p.repository = { ...p.repository, full_name: repository, name: repository.split("/")[1], owner: { ...p.repository.owner, login: repository.split("/")[0] }, default_branch: "main" };
  p.sender = { ...p.sender, login: sender };
  return p;
}
