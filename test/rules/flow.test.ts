import { testRule, type Files } from "../support/rule-tester.ts";
import { manifest } from "../support/samples.ts";

/** A contract package around a flow. */
function pkg(flow: unknown, extra: Files = {}): Files {
  return { "contracts/a/manifest.json": manifest, "contracts/a/flow.json": flow, ...extra };
}

const gate = {
  execution_mode: "HUMAN_GATE",
  question: "Approve?",
  decision_options: [
    { id: "approve", label: "Approve" },
    { id: "reject", label: "Reject" },
  ],
  next: { approve: { terminal: "approved" }, reject: { terminal: "rejected" } },
};

/** Uses every form of next: a plain id, {"step"}, {"terminal"}, an outcome map, and a parallel group. */
const good = {
  version: "1.0.0",
  description: "All the forms.",
  entry: "extract",
  steps: {
    extract: { execution_mode: "AI_ATOMIC", model: "gpt-4o-mini", next: "check" },
    check: { execution_mode: "DETERMINISTIC", rule: { "==": [1, 1] }, next: { pass: { step: "screen" }, fail: { terminal: "rejected" } } },
    a: { execution_mode: "CONTRACT_CALL", contract_id: "contract.finance.other_v1" },
    b: { execution_mode: "DETERMINISTIC", rule: true },
    gate,
  },
  parallel_steps: [{ id: "screen", steps: ["a", "b"], next: "gate" }],
  notes: "n",
  audit_mode: "full",
  audit_mode_note: "why",
  CONTRACT_CALL_instructions: "pass the supplier",
  input_schema: "ds.x_v1",
  output_schema: "ds.y_v1",
  metadata: { owner: "x" },
};

const valid = (name: string, flow: unknown) => ({ name, files: pkg(flow) });

// Seed 001, "Flow Schema Guard (CFV-9)": the audit found __admin_override, __privilege_grant and __debug_mode accepted.
testRule("flow/unknown-key", {
  valid: [valid("every allow-listed key", good)],
  invalid: [
    {
      name: "the keys of the CFV-9 audit",
      files: pkg({ ...good, __admin_override: true, __privilege_grant: "all", __debug_mode: 1 }),
      findings: [
        { file: "contracts/a/flow.json", message: /unknown top-level key "__admin_override"/ },
        { file: "contracts/a/flow.json", message: /unknown top-level key "__privilege_grant"/ },
        { file: "contracts/a/flow.json", message: /unknown top-level key "__debug_mode"/ },
      ],
    },
    { name: "a misspelt key", files: pkg({ ...good, entyr: "x" }), findings: [{ file: "contracts/a/flow.json", hint: /did you mean "entry"/ }] },
  ],
});

// Seed 001, "Class Definition Guard (CFV-10)": all five forbidden keys, class_definition_ref included although the allow-list names it.
testRule("flow/inline-class-definition", {
  valid: [valid("no class definition", good)],
  invalid: [
    {
      name: "each forbidden key",
      files: pkg({ ...good, class_definition: {}, class_definition_ref: "c", class_definition_inline: {}, class_def_override: {}, class_def: {} }),
      findings: ["class_definition", "class_definition_ref", "class_definition_inline", "class_def_override", "class_def"].map((k) => ({ file: "contracts/a/flow.json", message: new RegExp(`"${k}" is forbidden`) })),
    },
  ],
});

// Seed 001, "Step Mode Guard": the four violation kinds, and DETERMINISTIC as the default mode.
testRule("flow/step-mode", {
  valid: [valid("every mode with its fields", good)],
  invalid: [
    {
      name: "the four violations",
      files: pkg({
        entry: "d",
        steps: {
          d: { execution_mode: "DETERMINISTIC", model: "gpt-4o", next: "i" },
          i: { execution_mode: "AI_ATOMIC", next: "c" },
          c: { execution_mode: "CONTRACT_CALL", next: "h" },
          h: { execution_mode: "HUMAN_GATE", next: { terminal: "done" } },
        },
      }),
      findings: [
        { file: "contracts/a/flow.json", message: /step "d" is DETERMINISTIC but declares a model/ },
        { file: "contracts/a/flow.json", message: /step "i" is AI_ATOMIC but has no model/ },
        { file: "contracts/a/flow.json", message: /step "c" is CONTRACT_CALL but has no contract_id/ },
        { file: "contracts/a/flow.json", message: /step "h" is HUMAN_GATE but has no decision_options array/ },
      ],
    },
    { name: "a step without execution_mode is DETERMINISTIC", files: pkg({ entry: "s", steps: { s: { model: "gpt-4o", next: { terminal: "done" } } } }), findings: [{ file: "contracts/a/flow.json", message: /"s" is DETERMINISTIC but declares a model/ }] },
  ],
});

testRule("flow/entry", {
  valid: [valid("entry names a step", good), valid("entry names a parallel group", { ...good, entry: "screen" })],
  invalid: [
    { name: "no entry", files: pkg({ steps: { s: { next: { terminal: "done" } } } }), findings: [{ file: "contracts/a/flow.json", line: 1, message: /no entry/, hint: /"entry": "s"/ }] },
    { name: "entry to an absent step", files: pkg({ ...good, entry: "extrct" }), findings: [{ file: "contracts/a/flow.json", message: /entry "extrct" names no step/, hint: /did you mean "extract"/ }] },
  ],
});

testRule("flow/dangling-next", {
  valid: [valid("all targets exist", good)],
  invalid: [
    {
      name: "each form of next, and a group member, to a missing step",
      files: pkg({
        entry: "a",
        steps: { a: { next: "nope1" }, b: { next: { step: "nope2" } }, c: { next: { ok: "nope3", no: { step: "nope4" } } }, d: {}, e: {} },
        parallel_steps: [{ id: "g", steps: ["d", "nope5"], next: "nope6" }],
      }),
      findings: ["nope1", "nope2", "nope3", "nope4", "nope5", "nope6"].map((n) => ({ file: "contracts/a/flow.json", message: new RegExp(`"${n}"`) })),
    },
  ],
});

testRule("flow/self-loop", {
  valid: [valid("no step leads to itself", good)],
  invalid: [
    { name: "a plain next to itself", files: pkg({ entry: "a", steps: { a: { next: "a" } } }), findings: [{ file: "contracts/a/flow.json", message: /"a" leads to itself/ }] },
    { name: "an outcome to itself", files: pkg({ entry: "a", steps: { a: { next: { retry: { step: "a" }, done: { terminal: "ok" } } } } }), findings: [{ file: "contracts/a/flow.json", message: /"a" leads to itself on outcome "retry"/ }] },
  ],
});

testRule("flow/cycle", {
  valid: [valid("a directed acyclic graph", good)],
  invalid: [
    {
      name: "a loop back to an earlier step",
      files: pkg({ entry: "a", steps: { a: { next: "b" }, b: { next: { again: "c", done: { terminal: "ok" } } }, c: { next: { step: "a" } } } }),
      findings: [{ file: "contracts/a/flow.json", message: /steps form a cycle: a → b → c → a/ }],
    },
    {
      name: "a loop through a parallel group",
      files: pkg({ entry: "g", steps: { a: {}, b: {}, c: { next: "g" } }, parallel_steps: [{ id: "g", steps: ["a", "b"], next: "c" }] }),
      findings: [{ file: "contracts/a/flow.json", message: /cycle: .*g/ }],
    },
  ],
});

testRule("flow/duplicate-step-id", {
  valid: [valid("unique ids", good), valid("array form with unique ids", { entry: "a", steps: [{ id: "a", next: "b" }, { id: "b" }] })],
  invalid: [
    { name: "an id twice in the array form", files: pkg({ entry: "a", steps: [{ id: "a", next: "b" }, { id: "b" }, { id: "a" }] }), findings: [{ file: "contracts/a/flow.json", message: /id "a" is used twice/ }] },
    { name: "a group named like a step", files: pkg({ entry: "a", steps: { a: { next: "b" }, b: {}, c: {} }, parallel_steps: [{ id: "b", steps: ["c", "a"] }] }), findings: [{ file: "contracts/a/flow.json", message: /id "b" is used twice/ }] },
    { name: "a key and an id that disagree", files: pkg({ entry: "a", steps: { a: { id: "x" } } }), findings: [{ file: "contracts/a/flow.json", message: /step "a" says its id is "x"/ }] },
  ],
});

const many = (n: number) => ({ entry: "s0", steps: Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, { next: i + 1 < n ? `s${i + 1}` : { terminal: "done" } }])) });

testRule("flow/step-limit", {
  valid: [{ name: "100 steps", files: pkg(many(100)) }, { name: "a raised limit", files: { ...pkg(many(120)), "mova.registry.json": { policy: { max_steps: 150 } } } }],
  invalid: [
    { name: "101 steps", files: pkg(many(101)), findings: [{ file: "contracts/a/flow.json", message: /101 steps; the limit is 100/ }] },
    { name: "a lowered limit", files: { ...pkg(many(6)), "mova.registry.json": { policy: { max_steps: 5 } } }, findings: [{ file: "contracts/a/flow.json", message: /limit is 5/ }] },
  ],
});

testRule("flow/unreachable-step", {
  valid: [valid("everything reachable, group members through their group", good)],
  invalid: [{ name: "an orphan step", files: pkg({ ...good, steps: { ...good.steps, orphan: { next: "gate" } } }), findings: [{ file: "contracts/a/flow.json", message: /step "orphan" is never reached from entry "extract"/ }] }],
});

testRule("flow/decision-options", {
  valid: [valid("two options, each with a target", good), valid("one next for every option", { entry: "g", steps: { g: { ...gate, next: { terminal: "decided" } } } })],
  invalid: [
    { name: "no options", files: pkg({ entry: "g", steps: { g: { ...gate, decision_options: [], next: { terminal: "x" } } } }), findings: [{ file: "contracts/a/flow.json", message: /offers no decision options/ }] },
    {
      name: "an option twice",
      files: pkg({ entry: "g", steps: { g: { ...gate, decision_options: [...gate.decision_options, { id: "approve", label: "Yes" }] } } }),
      findings: [{ file: "contracts/a/flow.json", message: /lists option "approve" twice/ }],
    },
    {
      name: "an outcome that is no option, an option without a target, a bad approve_option",
      files: pkg({ entry: "g", steps: { g: { ...gate, approve_option: "ok", next: { approve: { terminal: "a" }, maybe: { terminal: "m" } } } } }),
      findings: [
        { file: "contracts/a/flow.json", message: /option "reject" of gate "g" leads nowhere/ },
        { file: "contracts/a/flow.json", message: /outcome "maybe" that is not one of the gate's options/ },
        { file: "contracts/a/flow.json", message: /approve_option "ok" is not one of the gate's options/ },
      ],
    },
  ],
});

testRule("flow/parallel-group", {
  valid: [valid("members without next", good)],
  invalid: [
    { name: "a member with its own next", files: pkg({ ...good, steps: { ...good.steps, b: { rule: true, next: "gate" } } }), findings: [{ file: "contracts/a/flow.json", message: /step "b" runs in parallel group "screen" but has its own next/ }] },
    {
      name: "a step in two groups",
      files: pkg({ ...good, steps: { ...good.steps, c: {} }, parallel_steps: [...good.parallel_steps, { id: "more", steps: ["b", "c"] }] }),
      findings: [{ file: "contracts/a/flow.json", message: /step "b" is in parallel groups "screen" and "more"/ }],
    },
  ],
});

const caller = { entry: "call", steps: { call: { execution_mode: "CONTRACT_CALL", contract_id: "contract.platform.keys_v1", next: { terminal: "done" } } } };
const systemPkg = { "contracts/keys/manifest.json": { package_id: "contract.platform.keys_v1", version: "1", flow_ref: "flow.json", system: true }, "contracts/keys/flow.json": { entry: "s", steps: { s: { next: { terminal: "done" } } } } };

testRule("flow/system-contract-call", {
  valid: [
    { name: "calling an ordinary contract", files: pkg(good) },
    { name: "an allowed caller", files: { ...pkg(caller, systemPkg), "mova.registry.json": { policy: { system_contract_callers: ["contract.finance.invoice_approval_v1"] } } } },
  ],
  invalid: [
    { name: "a call to a manifest's system contract", files: pkg(caller, systemPkg), findings: [{ file: "contracts/a/flow.json", message: /calls system contract "contract.platform.keys_v1"/ }] },
    { name: "a call to a system contract listed in the config", files: { ...pkg({ entry: "c", steps: { c: { execution_mode: "CONTRACT_CALL", contract_id: "contract.platform.vault_v1" } } }), "mova.registry.json": { policy: { system_contracts: ["contract.platform.vault_v1"] } } }, findings: [{ file: "contracts/a/flow.json", message: /system contract "contract.platform.vault_v1"/ }] },
  ],
});

testRule("document/prototype-key", {
  valid: [valid("ordinary keys", good)],
  invalid: [
    { name: "__proto__ in a step", files: pkg({ ...good, steps: { ...good.steps, extract: JSON.parse('{"execution_mode":"AI_ATOMIC","model":"m","next":"check","__proto__":{"admin":true}}') } }), findings: [{ file: "contracts/a/flow.json", message: /key "__proto__" is not allowed/ }] },
    { name: "constructor in a runtime's ext", files: { "runtimes/r.json": { runtime_id: "r", runtime_kind: "edge", ext: { constructor: { prototype: 1 } } } }, findings: [{ file: "runtimes/r.json", message: /"constructor"/ }, { file: "runtimes/r.json", message: /"prototype"/ }] },
    { name: "__proto__ spelled with a \\u escape", files: { "runtimes/r.json": '{"runtime_id":"r","runtime_kind":"edge","ext":{"__pro\\u0074o__":{"admin":true}}}' }, findings: [{ file: "runtimes/r.json", line: 1, message: /key "__proto__" is not allowed/ }] },
  ],
});
