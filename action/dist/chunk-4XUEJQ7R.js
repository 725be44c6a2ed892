import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  TOOL_NAME
} from "./chunk-3TFLXBUR.js";
import {
  RELEASES
} from "./chunk-ZE2ONDKC.js";

// src/cli/usage.ts
var UsageError = class extends Error {
};
var EXIT = { ok: 0, findings: 1, usage: 2 };
var USAGE = `Usage: ${TOOL_NAME} <command> [options]

Commands:
  check [DIR]          Validate the MOVA registry in DIR (default: the current folder)
  catalog [DIR]        Build the registry's core catalog, publish envelope and index
  run CONTRACT         Run a contract's flow locally, writing its run under runs/
  runs [DIR]           List the registry's runs and where each stands
  site [DIR]           Generate the registry's static catalog site
  merge-reports FILE.. The full check from the reports of check --shard

Options for check:
  --format FORMAT      text (default), json, sarif (for code scanning),
                       github (workflow commands that annotate a pull request)
                       or markdown (the pull request's summary: findings, and
                       with --base the catalog diff and changed flows' diagrams)
  --release VERSION    MOVA release to validate against: ${RELEASES.join(", ")}
                       (default: the release in mova.registry.json, else 6.0.0)
  --base REF           Compare with the merge-base of REF and HEAD: breaking
                       schema changes, removals still in use, the impact on
                       contracts, and which findings are new
  --fail-on LEVEL      error (default), warning, new (only errors the base
                       does not have) or never
  --cache-dir DIR      Keep a cache of each checked commit in DIR. With
                       --base and the base's cache there, only the files the
                       change touches are read (same findings as a full check)
  --committed          With --cache-dir: take the working tree for HEAD (a
                       fresh checkout, as in CI) and skip looking for edits
  --concurrency N      Threads to check documents on (default: auto, every
                       core, for registries of 25,000 documents or more)
  --shard K/N          Check only the K-th of N shares of the documents and
                       write the shard's report to --out FILE, for
                       merge-reports (one machine per shard)

Options for merge-reports:
  --registry DIR       The registry the shards checked (default: .)
  --format, --release, --fail-on, --concurrency   As for check

Options for catalog:
  --out FOLDER         Write catalog.json, catalog.publish.json and index.json
  --diff BASE          Print what the catalog changes compared with BASE
  --name NAME          The registry's name in the publish envelope
                       (default: the folder's name)
  --format text|json   Output format (default: text)
  --release VERSION    As for check

Options for site:
  --out FOLDER         Write the site there: index.html, a page per document,
                       site.css, site.js, search-index.js (required)
  --name NAME          The registry's name in headings (default: the folder's)
  --max-runs N         Recent runs shown per contract (default: 20)
  --release VERSION    As for check

Options for run:
  --registry DIR       The registry (default: the current folder)
  --inputs FILE        The run's inputs, a JSON object
  --reason TEXT        Why the run exists, recorded in its request
  --run-id ID          The run's id (default: contract name and time)
  --decide GATE=OPTION Answer a gate (repeatable); without it, gates are
                       asked on the terminal, or the run waits
  --resume ID          Continue a run that waits or paused
  --as LOGIN           Who starts the run and answers its gates
  --ai-base-url URL    Send AI steps to this OpenAI-compatible endpoint
                       (the API key comes from the environment variable the
                       step's connector names)

  -h, --help           Show this help
  -v, --version        Show the version

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration problem.
`;

export {
  UsageError,
  EXIT,
  USAGE
};
