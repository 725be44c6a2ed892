import { referenceIndex, type RefKind } from "../../registry/references.ts";
import { Names } from "../../util/similar.ts";
import { ruleMeta, type RegistryRule } from "../rule.ts";

const NOUN: Record<RefKind, string> = {
  verb: "verb in the registry's verbs catalog",
  policy_profile: "instruction profile (profile_id) or security policy profile",
  connector: "connector",
  runtime: "runtime binding",
  contract: "contract package",
  schema: "schema of the registry or of MOVA",
};

const WHERE: Record<RefKind, string> = {
  verb: "add it to globals/global.verbs_catalog_v1.json",
  policy_profile: "add the profile to profiles/",
  connector: "add the connector to connectors/",
  runtime: "add the runtime binding to runtimes/",
  contract: "add the contract package to contracts/",
  schema: "add the schema to schemas/",
};

/** One rule per kind of reference: whatever a document names must exist in the same registry (the PR's head). */
function referenceRule(kind: RefKind, id: string, description: string): RegistryRule {
  const meta = ruleMeta(id, "error", description);
  return {
    meta,
    checkRegistry({ registry, sink }) {
      const { targets, unresolved } = referenceIndex(registry);
      if (kind === "verb" && !targets.hasVerbCatalog) return;
      const known = targets[kind];
      for (const ref of unresolved[kind]) {
        const near = Names.of(known).closest(ref.target);
        sink.report(meta, {
          file: ref.from.path,
          doc: ref.from,
          pointer: ref.pointer,
          message: `${ref.field} "${ref.target}" names no ${NOUN[kind]}`,
          hint: near ? `did you mean "${near}"?` : WHERE[kind],
        });
      }
    },
  };
}

export const refsVerb = referenceRule("verb", "refs/verb", "An envelope, envelope schema, contract or episode uses a verb that the registry's verbs catalog does not define.");
export const refsPolicyProfile = referenceRule("policy_profile", "refs/policy-profile", "An envelope's policy_profile_id or a contract's instruction_profile_id names no instruction profile.");
export const refsConnector = referenceRule("connector", "refs/connector", "A flow step's connector_id names no connector of the registry.");
export const refsRuntime = referenceRule("runtime", "refs/runtime", "A flow step's runtime_id names no runtime binding of the registry.");
export const refsContract = referenceRule("contract", "refs/contract", "A CONTRACT_CALL's contract_id, or a runtime's binding target, names no contract package.");
export const refsSchema = referenceRule("schema", "refs/schema", "A data type, envelope type, input or output schema names no schema of the registry or of MOVA.");
