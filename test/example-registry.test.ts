import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { check, type CheckResult } from "../src/check.ts";
import { RELEASES } from "../src/schemas/releases.ts";
import { PROJECT_ROOT } from "./support/shared.ts";

type Step = { execution_mode?: string; contract_id?: string };
type Flow = { steps: Record<string, Step>; parallel_steps?: unknown[] };

describe("the embedded example registry", () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check(join(PROJECT_ROOT, "registry"));
  });

  it("checks clean", () => {
    expect(result.findings).toEqual([]);
    expect(result.registry.config.release).toBe("6.0.0");
  });

  it("holds what the README promises", () => {
    const count = (kind: string) => result.registry.documents.filter((d) => d.kind === kind).length;
    expect(count("runtime_binding")).toBeGreaterThanOrEqual(3);
    expect(count("connector")).toBeGreaterThanOrEqual(4);
    expect(count("instruction_profile")).toBeGreaterThanOrEqual(2);
    expect(result.registry.packages).toHaveLength(3);
    const ids = new Set(result.registry.documents.map((d) => d.id));
    for (const id of ["global.verbs_catalog_v1", "global.layers_and_namespaces_v1", "connector.openai.chat_v1", "connector.github.rest_v1", "connector.google.sheets_v1", "connector.internal.billing_api_v1"])
      expect(ids, id).toContain(id);
  });

  it("names every document in the folder of its kind, with a schema to check it", () => {
    for (const d of result.registry.documents) {
      expect(d.kind, d.path).not.toBe("unknown");
      if (!["data_schema", "envelope_schema", "schema"].includes(d.kind)) expect(d.schemaId, d.path).toBeDefined();
    }
  });

  it("has the three contracts the product is demonstrated with", () => {
    const flowOf = (id: string) => {
      const pkg = result.registry.packages.find((p) => p.id === id);
      expect(pkg?.flow, id).toBeDefined();
      return pkg!.flow!.json!.value as Flow;
    };
    const modes = (f: Flow) => new Set(Object.values(f.steps).map((s) => s.execution_mode));
    const invoice = flowOf("contract.finance.invoice_approval_v1");
    expect([...modes(invoice)]).toEqual(expect.arrayContaining(["AI_ATOMIC", "DETERMINISTIC", "HUMAN_GATE"]));
    const aml = flowOf("contract.compliance.aml_triage_v1");
    expect(modes(aml).has("HUMAN_GATE")).toBe(true);
    const supplier = flowOf("contract.procurement.supplier_screening_v1");
    expect(Object.values(supplier.steps).some((s) => s.execution_mode === "CONTRACT_CALL" && s.contract_id === "contract.compliance.aml_triage_v1")).toBe(true);
    expect(supplier.parallel_steps?.length).toBeGreaterThan(0);
  });

  it.each(RELEASES.filter((r) => r !== "6.0.0"))("is also judged under MOVA %s without crashing", async (release) => {
    const other = await check(join(PROJECT_ROOT, "registry"), { release });
    expect(other.registry.documents.length).toBe(result.registry.documents.length);
  });
});
