import { changeAccepted, changeBreaking, changeRemovedInUse, runLeased } from "../change/change-rules.ts";
import { configInvalid } from "./config-invalid.ts";
import { idControlCharacter } from "./control-characters.ts";
import { contentCode, contentModelInstruction } from "./content.ts";
import { flowCycle, flowDanglingNext, flowDuplicateStepId, flowEntry, flowSelfLoop, flowStepLimit, flowUnreachableStep } from "./flow/graph.ts";
import { flowDecisionOptions, flowParallelGroup, flowSystemContractCall } from "./flow/gates.ts";
import { flowInlineClassDefinition, flowStepMode, flowUnknownKey } from "./flow/guards.ts";
import { idDuplicate, idFileName, idNaming } from "./identity.ts";
import { layerInfraExtendsCore, layerReservedPrefix, layerUnknownNamespace } from "./layers.ts";
import * as load from "./load-rules.ts";
import { documentPrototypeKey } from "./prototype-key.ts";
import { refsContractCallCycle } from "./refs/contract-call-cycle.ts";
import { refsConnector, refsContract, refsPolicyProfile, refsRuntime, refsSchema, refsVerb } from "./refs/references.ts";
import { refsRole } from "./refs/role.ts";
import type { Frame, RegistryDocument } from "../registry/document.ts";
import type { DocumentContext, DocumentRule, FindingSink, RegistryRule, Rule, RuleMeta, StringVisitor } from "./rule.ts";
import { forEachString } from "../util/walk.ts";
import { schemaClosedAllOfBranch, schemaIdMismatch, schemaLegacyKeyword, schemaUnknownFormat, schemaUnknownKeyword, schemaUnsatisfiableRequired } from "./schema-lint.ts";
import { schemaViolation } from "./schema-violation.ts";
import { secretCredential } from "./secrets.ts";

/** The rules run over a loaded registry, in order. */
export const RULES: readonly Rule[] = [
  configInvalid,
  schemaViolation,
  documentPrototypeKey,
  idControlCharacter,
  // mova-flat-runner's guards, and the graph
  flowUnknownKey,
  flowInlineClassDefinition,
  flowStepMode,
  flowEntry,
  flowDanglingNext,
  flowSelfLoop,
  flowCycle,
  flowDuplicateStepId,
  flowStepLimit,
  flowUnreachableStep,
  flowDecisionOptions,
  flowParallelGroup,
  flowSystemContractCall,
  // across documents
  refsVerb,
  refsPolicyProfile,
  refsConnector,
  refsRuntime,
  refsContract,
  refsSchema,
  refsContractCallCycle,
  refsRole,
  // identity, layers, content
  idDuplicate,
  idFileName,
  idNaming,
  layerReservedPrefix,
  layerUnknownNamespace,
  layerInfraExtendsCore,
  contentCode,
  contentModelInstruction,
  secretCredential,
  // schema lint
  schemaIdMismatch,
  schemaClosedAllOfBranch,
  schemaUnsatisfiableRequired,
  schemaLegacyKeyword,
  schemaUnknownKeyword,
  schemaUnknownFormat,
];

const DOCUMENT_RULES = RULES.filter((r): r is DocumentRule => "checkDocument" in r);
export const REGISTRY_RULES = RULES.filter((r): r is RegistryRule => "checkRegistry" in r);

/** Every document rule on one document: what each thread runs on the documents it reads. */
export function runDocumentRules(doc: RegistryDocument, frame: Frame, sink: FindingSink): void {
  // One context for every rule, and a loop by index: per rule, they were a tenth of all a check allocates.
  const visitors: StringVisitor[] = [];
  const context: DocumentContext = { frame, sink, onStrings: (visit) => void visitors.push(visit) };
  for (let i = 0; i < DOCUMENT_RULES.length; i++) DOCUMENT_RULES[i]!.checkDocument(doc, context);
  if (visitors.length === 0 || !doc.json?.ok) return;
  forEachString(doc.json.value, visitors.length === 1 ? visitors[0]! : (value, at) => {
    for (let i = 0; i < visitors.length; i++) visitors[i]!(value, at);
  });
}

/** Every rule id the tool can report, loading rules included: the README's rule table and SARIF's driver list. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [
  load.ioUnreadable,
  load.jsonSyntax,
  load.jsonDuplicateKey,
  load.documentUnclassified,
  load.documentUnknownSchema,
  load.packageMissingFile,
  load.schemaInvalid,
  load.schemaDuplicateId,
  load.schemaUnresolvedRef,
  load.schemaUnsupportedPattern,
  load.packageUnsafePath,
  load.inputTooLarge,
  load.inputTooDeep,
  load.inputSymlink,
  ...RULES.map((r) => r.meta),
  // Only with a base to compare with (--base, or on a pull request).
  changeBreaking,
  changeRemovedInUse,
  changeAccepted,
  runLeased,
];
