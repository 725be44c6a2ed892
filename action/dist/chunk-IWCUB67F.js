import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require_formats,
  require_ucs2length
} from "./chunk-UWJJWLVV.js";
import {
  __commonJS
} from "./chunk-XITDUTR7.js";

// src/schemas/builtin-6.0.0.generated.cjs
var require_builtin_6_0_0_generated = __commonJS({
  "src/schemas/builtin-6.0.0.generated.cjs"(exports) {
    exports["ds.connector_core_v1"] = validate0;
    var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova.dev/schemas/ds.connector_core_v1.schema.json", "title": "ds.connector_core_v1", "description": "Vendor-neutral description of a connector to an external API, service or data source, layered on the ds.mova_schema_core_v1 base fields.", "allOf": [{ "$ref": "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json" }, { "type": "object", "properties": { "connector_id": { "description": "Registry-wide id of the connector, by convention connector.<provider>.<resource>_v<N> (for example connector.openai.chat_v1).", "type": "string" }, "provider": { "description": "Organisation or domain that operates the external system, such as openai, google or internal.", "type": "string" }, "resource": { "description": "Service or resource of the provider that the connector reaches, such as chat, embeddings or sheets.", "type": "string" }, "protocol": { "description": "Transport protocol used to talk to the resource, such as http, https or grpc.", "type": "string" }, "auth_methods": { "description": "Authentication methods the connector accepts, one entry per method.", "type": "array", "items": { "description": "One supported authentication method; extra fields are allowed.", "type": "object", "properties": { "type": { "description": "Kind of authentication, chosen from the fixed list.", "type": "string", "enum": ["none", "api_key", "oauth2", "jwt", "basic", "other"] }, "description": { "description": "Plain-language note on how this method is set up or used.", "type": "string" } }, "required": ["type"], "additionalProperties": true } }, "rate_limits": { "description": "Free-text hints about the request limits the external system enforces; extra fields are allowed.", "type": "object", "properties": { "global_limit_hint": { "description": "Overall limit in plain words, for example 60 requests per minute per key.", "type": "string" }, "per_user_limit_hint": { "description": "Limit applied per user or per token, in plain words.", "type": "string" } }, "additionalProperties": true }, "pagination": { "description": "How the external system splits long result lists into pages; extra fields are allowed.", "type": "object", "properties": { "style": { "description": "Paging style, such as cursor, offset, token or none.", "type": "string" } }, "additionalProperties": true }, "error_contract": { "description": "Open description of the error payloads the connector returns and how they map to MOVA outcomes.", "type": "object", "additionalProperties": true } }, "required": ["connector_id", "provider", "resource", "protocol"] }] };
    function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate0.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      const _errs1 = errors;
      if (errors === _errs1) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.schema_id !== void 0) {
            const _errs4 = errors;
            if (typeof data.schema_id !== "string") {
              validate0.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs4 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.schema_version !== void 0) {
              const _errs6 = errors;
              if (typeof data.schema_version !== "string") {
                validate0.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs6 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.meta !== void 0) {
                let data2 = data.meta;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.title !== void 0) {
                      const _errs11 = errors;
                      if (typeof data2.title !== "string") {
                        validate0.errors = [{ instancePath: instancePath + "/meta/title", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs11 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data2.description !== void 0) {
                        const _errs13 = errors;
                        if (typeof data2.description !== "string") {
                          validate0.errors = [{ instancePath: instancePath + "/meta/description", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs13 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data2.tags !== void 0) {
                          let data5 = data2.tags;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (Array.isArray(data5)) {
                              var valid4 = true;
                              const len0 = data5.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs17 = errors;
                                if (typeof data5[i0] !== "string") {
                                  validate0.errors = [{ instancePath: instancePath + "/meta/tags/" + i0, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid4 = _errs17 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate0.errors = [{ instancePath: instancePath + "/meta/tags", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid3 = _errs15 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.lang !== void 0) {
                            const _errs19 = errors;
                            if (typeof data2.lang !== "string") {
                              validate0.errors = [{ instancePath: instancePath + "/meta/lang", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs19 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate0.errors = [{ instancePath: instancePath + "/meta", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid2 = _errs8 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.ext !== void 0) {
                  let data8 = data.ext;
                  const _errs21 = errors;
                  if (errors === _errs21) {
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    } else {
                      validate0.errors = [{ instancePath: instancePath + "/ext", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/ext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs21 === errors;
                } else {
                  var valid2 = true;
                }
              }
            }
          }
        } else {
          validate0.errors = [{ instancePath, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var valid0 = _errs0 === errors;
      if (valid0) {
        const _errs24 = errors;
        if (errors === _errs24) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (data.connector_id === void 0 && (missing0 = "connector_id") || data.provider === void 0 && (missing0 = "provider") || data.resource === void 0 && (missing0 = "resource") || data.protocol === void 0 && (missing0 = "protocol")) {
              validate0.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              if (data.connector_id !== void 0) {
                const _errs26 = errors;
                if (typeof data.connector_id !== "string") {
                  validate0.errors = [{ instancePath: instancePath + "/connector_id", schemaPath: "#/allOf/1/properties/connector_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid5 = _errs26 === errors;
              } else {
                var valid5 = true;
              }
              if (valid5) {
                if (data.provider !== void 0) {
                  const _errs28 = errors;
                  if (typeof data.provider !== "string") {
                    validate0.errors = [{ instancePath: instancePath + "/provider", schemaPath: "#/allOf/1/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid5 = _errs28 === errors;
                } else {
                  var valid5 = true;
                }
                if (valid5) {
                  if (data.resource !== void 0) {
                    const _errs30 = errors;
                    if (typeof data.resource !== "string") {
                      validate0.errors = [{ instancePath: instancePath + "/resource", schemaPath: "#/allOf/1/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid5 = _errs30 === errors;
                  } else {
                    var valid5 = true;
                  }
                  if (valid5) {
                    if (data.protocol !== void 0) {
                      const _errs32 = errors;
                      if (typeof data.protocol !== "string") {
                        validate0.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/allOf/1/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid5 = _errs32 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data.auth_methods !== void 0) {
                        let data13 = data.auth_methods;
                        const _errs34 = errors;
                        if (errors === _errs34) {
                          if (Array.isArray(data13)) {
                            var valid6 = true;
                            const len1 = data13.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data14 = data13[i1];
                              const _errs36 = errors;
                              if (errors === _errs36) {
                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  let missing1;
                                  if (data14.type === void 0 && (missing1 = "type")) {
                                    validate0.errors = [{ instancePath: instancePath + "/auth_methods/" + i1, schemaPath: "#/allOf/1/properties/auth_methods/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                  } else {
                                    if (data14.type !== void 0) {
                                      let data15 = data14.type;
                                      const _errs39 = errors;
                                      if (typeof data15 !== "string") {
                                        validate0.errors = [{ instancePath: instancePath + "/auth_methods/" + i1 + "/type", schemaPath: "#/allOf/1/properties/auth_methods/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      if (!(data15 === "none" || data15 === "api_key" || data15 === "oauth2" || data15 === "jwt" || data15 === "basic" || data15 === "other")) {
                                        validate0.errors = [{ instancePath: instancePath + "/auth_methods/" + i1 + "/type", schemaPath: "#/allOf/1/properties/auth_methods/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.auth_methods.items.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid7 = _errs39 === errors;
                                    } else {
                                      var valid7 = true;
                                    }
                                    if (valid7) {
                                      if (data14.description !== void 0) {
                                        const _errs41 = errors;
                                        if (typeof data14.description !== "string") {
                                          validate0.errors = [{ instancePath: instancePath + "/auth_methods/" + i1 + "/description", schemaPath: "#/allOf/1/properties/auth_methods/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid7 = _errs41 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate0.errors = [{ instancePath: instancePath + "/auth_methods/" + i1, schemaPath: "#/allOf/1/properties/auth_methods/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid6 = _errs36 === errors;
                              if (!valid6) {
                                break;
                              }
                            }
                          } else {
                            validate0.errors = [{ instancePath: instancePath + "/auth_methods", schemaPath: "#/allOf/1/properties/auth_methods/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid5 = _errs34 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data.rate_limits !== void 0) {
                          let data17 = data.rate_limits;
                          const _errs43 = errors;
                          if (errors === _errs43) {
                            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                              if (data17.global_limit_hint !== void 0) {
                                const _errs46 = errors;
                                if (typeof data17.global_limit_hint !== "string") {
                                  validate0.errors = [{ instancePath: instancePath + "/rate_limits/global_limit_hint", schemaPath: "#/allOf/1/properties/rate_limits/properties/global_limit_hint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid8 = _errs46 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data17.per_user_limit_hint !== void 0) {
                                  const _errs48 = errors;
                                  if (typeof data17.per_user_limit_hint !== "string") {
                                    validate0.errors = [{ instancePath: instancePath + "/rate_limits/per_user_limit_hint", schemaPath: "#/allOf/1/properties/rate_limits/properties/per_user_limit_hint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid8 = _errs48 === errors;
                                } else {
                                  var valid8 = true;
                                }
                              }
                            } else {
                              validate0.errors = [{ instancePath: instancePath + "/rate_limits", schemaPath: "#/allOf/1/properties/rate_limits/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid5 = _errs43 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data.pagination !== void 0) {
                            let data20 = data.pagination;
                            const _errs50 = errors;
                            if (errors === _errs50) {
                              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                if (data20.style !== void 0) {
                                  if (typeof data20.style !== "string") {
                                    validate0.errors = [{ instancePath: instancePath + "/pagination/style", schemaPath: "#/allOf/1/properties/pagination/properties/style/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                              } else {
                                validate0.errors = [{ instancePath: instancePath + "/pagination", schemaPath: "#/allOf/1/properties/pagination/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid5 = _errs50 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data.error_contract !== void 0) {
                              let data22 = data.error_contract;
                              const _errs55 = errors;
                              if (errors === _errs55) {
                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                } else {
                                  validate0.errors = [{ instancePath: instancePath + "/error_contract", schemaPath: "#/allOf/1/properties/error_contract/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid5 = _errs55 === errors;
                            } else {
                              var valid5 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else {
            validate0.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs24 === errors;
      }
      validate0.errors = vErrors;
      return errors === 0;
    }
    validate0.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["ds.instruction_profile_core_v1"] = validate1;
    var schema2 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova.dev/schemas/ds.instruction_profile_core_v1.schema.json", "title": "ds.instruction_profile_core_v1", "description": "Instruction and guardrail profile stating which policy rules apply to which executors, roles, envelopes and data types, layered on the ds.mova_schema_core_v1 base fields.", "allOf": [{ "$ref": "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json" }, { "type": "object", "properties": { "profile_id": { "description": "Id of this profile (for example mova_security_default_v1); a security profile should reuse an id listed in global.security_catalog_v1 security_policy_profile.", "type": "string" }, "profile_version": { "description": "Version of this profile's content, such as 1.0.0.", "type": "string" }, "label": { "description": "Short display name of the profile.", "type": "string" }, "security_model_version": { "description": "MOVA security model version the profile targets, which should equal the security_model_version of the matching profile in global.security_catalog_v1.", "type": "string" }, "status": { "description": "Lifecycle stage of the profile.", "type": "string", "enum": ["draft", "active", "deprecated"] }, "applies_to": { "description": "Closed set of filters selecting where the profile is enforced; only the listed keys are allowed.", "type": "object", "properties": { "executor_kinds": { "description": "Kinds of executor the profile targets.", "type": "array", "items": { "description": "One executor kind from the fixed list.", "type": "string", "enum": ["human", "ai_model", "service", "tool", "hybrid", "other"] } }, "roles": { "description": "Executor roles the profile targets, such as agent, reviewer or router.", "type": "array", "items": { "description": "One role name.", "type": "string" } }, "envelope_ids": { "description": "Envelope ids (env.*) the profile governs, as listed in the core catalog's envelopes.", "type": "array", "items": { "description": "One env.* id.", "type": "string" } }, "data_types": { "description": "Data type ids (ds.*) the profile governs, as listed in the core catalog's data_types.", "type": "array", "items": { "description": "One ds.* id.", "type": "string" } }, "tags": { "description": "Free tags that routers can match to pick this profile.", "type": "array", "items": { "description": "One tag.", "type": "string" } } }, "additionalProperties": false }, "rules": { "description": "Guardrail rules stating what is allowed or forbidden, written as policy statements rather than model prompts.", "type": "array", "items": { "description": "One guardrail rule; extra fields are allowed.", "type": "object", "properties": { "rule_id": { "description": "Id of the rule, unique within this profile.", "type": "string" }, "description": { "description": "Plain-language policy statement of the rule, never an executable prompt.", "type": "string" }, "effect": { "description": "What the runtime should do when the rule matches.", "type": "string", "enum": ["allow", "deny", "warn", "log_only", "transform"] }, "target": { "description": "The thing the rule governs; extra fields are allowed.", "type": "object", "properties": { "kind": { "description": "Category of target, such as instruction, tool, endpoint, data_scope, conversation, code_exec or network.", "type": "string" }, "selector": { "description": "Runtime-specific expression (tag, pattern or reference) narrowing the target.", "type": "string" } }, "required": ["kind"], "additionalProperties": true }, "severity": { "description": "How serious a breach of the rule is.", "type": "string", "enum": ["info", "low", "medium", "high", "critical"] }, "on_violation": { "description": "Response keywords to apply when the rule is broken, ideally ids from global.security_catalog_v1 security_action_type.", "type": "array", "items": { "description": "One response keyword, such as alert_owner, block_request or require_human_review.", "type": "string" } } }, "required": ["rule_id", "effect"], "additionalProperties": true } } }, "required": ["profile_id", "security_model_version", "status"] }] };
    function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate1.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      const _errs1 = errors;
      if (errors === _errs1) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.schema_id !== void 0) {
            const _errs4 = errors;
            if (typeof data.schema_id !== "string") {
              validate1.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs4 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.schema_version !== void 0) {
              const _errs6 = errors;
              if (typeof data.schema_version !== "string") {
                validate1.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs6 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.meta !== void 0) {
                let data2 = data.meta;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.title !== void 0) {
                      const _errs11 = errors;
                      if (typeof data2.title !== "string") {
                        validate1.errors = [{ instancePath: instancePath + "/meta/title", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs11 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data2.description !== void 0) {
                        const _errs13 = errors;
                        if (typeof data2.description !== "string") {
                          validate1.errors = [{ instancePath: instancePath + "/meta/description", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs13 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data2.tags !== void 0) {
                          let data5 = data2.tags;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (Array.isArray(data5)) {
                              var valid4 = true;
                              const len0 = data5.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs17 = errors;
                                if (typeof data5[i0] !== "string") {
                                  validate1.errors = [{ instancePath: instancePath + "/meta/tags/" + i0, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid4 = _errs17 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate1.errors = [{ instancePath: instancePath + "/meta/tags", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid3 = _errs15 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.lang !== void 0) {
                            const _errs19 = errors;
                            if (typeof data2.lang !== "string") {
                              validate1.errors = [{ instancePath: instancePath + "/meta/lang", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs19 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate1.errors = [{ instancePath: instancePath + "/meta", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid2 = _errs8 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.ext !== void 0) {
                  let data8 = data.ext;
                  const _errs21 = errors;
                  if (errors === _errs21) {
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    } else {
                      validate1.errors = [{ instancePath: instancePath + "/ext", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/ext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs21 === errors;
                } else {
                  var valid2 = true;
                }
              }
            }
          }
        } else {
          validate1.errors = [{ instancePath, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var valid0 = _errs0 === errors;
      if (valid0) {
        const _errs24 = errors;
        if (errors === _errs24) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (data.profile_id === void 0 && (missing0 = "profile_id") || data.security_model_version === void 0 && (missing0 = "security_model_version") || data.status === void 0 && (missing0 = "status")) {
              validate1.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              if (data.profile_id !== void 0) {
                const _errs26 = errors;
                if (typeof data.profile_id !== "string") {
                  validate1.errors = [{ instancePath: instancePath + "/profile_id", schemaPath: "#/allOf/1/properties/profile_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid5 = _errs26 === errors;
              } else {
                var valid5 = true;
              }
              if (valid5) {
                if (data.profile_version !== void 0) {
                  const _errs28 = errors;
                  if (typeof data.profile_version !== "string") {
                    validate1.errors = [{ instancePath: instancePath + "/profile_version", schemaPath: "#/allOf/1/properties/profile_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid5 = _errs28 === errors;
                } else {
                  var valid5 = true;
                }
                if (valid5) {
                  if (data.label !== void 0) {
                    const _errs30 = errors;
                    if (typeof data.label !== "string") {
                      validate1.errors = [{ instancePath: instancePath + "/label", schemaPath: "#/allOf/1/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid5 = _errs30 === errors;
                  } else {
                    var valid5 = true;
                  }
                  if (valid5) {
                    if (data.security_model_version !== void 0) {
                      const _errs32 = errors;
                      if (typeof data.security_model_version !== "string") {
                        validate1.errors = [{ instancePath: instancePath + "/security_model_version", schemaPath: "#/allOf/1/properties/security_model_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid5 = _errs32 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data.status !== void 0) {
                        let data13 = data.status;
                        const _errs34 = errors;
                        if (typeof data13 !== "string") {
                          validate1.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/allOf/1/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data13 === "draft" || data13 === "active" || data13 === "deprecated")) {
                          validate1.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/allOf/1/properties/status/enum", keyword: "enum", params: { allowedValues: schema2.allOf[1].properties.status.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid5 = _errs34 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data.applies_to !== void 0) {
                          let data14 = data.applies_to;
                          const _errs36 = errors;
                          if (errors === _errs36) {
                            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                              const _errs38 = errors;
                              for (const key0 in data14) {
                                if (!(key0 === "executor_kinds" || key0 === "roles" || key0 === "envelope_ids" || key0 === "data_types" || key0 === "tags")) {
                                  validate1.errors = [{ instancePath: instancePath + "/applies_to", schemaPath: "#/allOf/1/properties/applies_to/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs38 === errors) {
                                if (data14.executor_kinds !== void 0) {
                                  let data15 = data14.executor_kinds;
                                  const _errs39 = errors;
                                  if (errors === _errs39) {
                                    if (Array.isArray(data15)) {
                                      var valid7 = true;
                                      const len1 = data15.length;
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        let data16 = data15[i1];
                                        const _errs41 = errors;
                                        if (typeof data16 !== "string") {
                                          validate1.errors = [{ instancePath: instancePath + "/applies_to/executor_kinds/" + i1, schemaPath: "#/allOf/1/properties/applies_to/properties/executor_kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        if (!(data16 === "human" || data16 === "ai_model" || data16 === "service" || data16 === "tool" || data16 === "hybrid" || data16 === "other")) {
                                          validate1.errors = [{ instancePath: instancePath + "/applies_to/executor_kinds/" + i1, schemaPath: "#/allOf/1/properties/applies_to/properties/executor_kinds/items/enum", keyword: "enum", params: { allowedValues: schema2.allOf[1].properties.applies_to.properties.executor_kinds.items.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid7 = _errs41 === errors;
                                        if (!valid7) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate1.errors = [{ instancePath: instancePath + "/applies_to/executor_kinds", schemaPath: "#/allOf/1/properties/applies_to/properties/executor_kinds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs39 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data14.roles !== void 0) {
                                    let data17 = data14.roles;
                                    const _errs43 = errors;
                                    if (errors === _errs43) {
                                      if (Array.isArray(data17)) {
                                        var valid8 = true;
                                        const len2 = data17.length;
                                        for (let i2 = 0; i2 < len2; i2++) {
                                          const _errs45 = errors;
                                          if (typeof data17[i2] !== "string") {
                                            validate1.errors = [{ instancePath: instancePath + "/applies_to/roles/" + i2, schemaPath: "#/allOf/1/properties/applies_to/properties/roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid8 = _errs45 === errors;
                                          if (!valid8) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate1.errors = [{ instancePath: instancePath + "/applies_to/roles", schemaPath: "#/allOf/1/properties/applies_to/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid6 = _errs43 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data14.envelope_ids !== void 0) {
                                      let data19 = data14.envelope_ids;
                                      const _errs47 = errors;
                                      if (errors === _errs47) {
                                        if (Array.isArray(data19)) {
                                          var valid9 = true;
                                          const len3 = data19.length;
                                          for (let i3 = 0; i3 < len3; i3++) {
                                            const _errs49 = errors;
                                            if (typeof data19[i3] !== "string") {
                                              validate1.errors = [{ instancePath: instancePath + "/applies_to/envelope_ids/" + i3, schemaPath: "#/allOf/1/properties/applies_to/properties/envelope_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid9 = _errs49 === errors;
                                            if (!valid9) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate1.errors = [{ instancePath: instancePath + "/applies_to/envelope_ids", schemaPath: "#/allOf/1/properties/applies_to/properties/envelope_ids/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs47 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data14.data_types !== void 0) {
                                        let data21 = data14.data_types;
                                        const _errs51 = errors;
                                        if (errors === _errs51) {
                                          if (Array.isArray(data21)) {
                                            var valid10 = true;
                                            const len4 = data21.length;
                                            for (let i4 = 0; i4 < len4; i4++) {
                                              const _errs53 = errors;
                                              if (typeof data21[i4] !== "string") {
                                                validate1.errors = [{ instancePath: instancePath + "/applies_to/data_types/" + i4, schemaPath: "#/allOf/1/properties/applies_to/properties/data_types/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid10 = _errs53 === errors;
                                              if (!valid10) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate1.errors = [{ instancePath: instancePath + "/applies_to/data_types", schemaPath: "#/allOf/1/properties/applies_to/properties/data_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid6 = _errs51 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data14.tags !== void 0) {
                                          let data23 = data14.tags;
                                          const _errs55 = errors;
                                          if (errors === _errs55) {
                                            if (Array.isArray(data23)) {
                                              var valid11 = true;
                                              const len5 = data23.length;
                                              for (let i5 = 0; i5 < len5; i5++) {
                                                const _errs57 = errors;
                                                if (typeof data23[i5] !== "string") {
                                                  validate1.errors = [{ instancePath: instancePath + "/applies_to/tags/" + i5, schemaPath: "#/allOf/1/properties/applies_to/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid11 = _errs57 === errors;
                                                if (!valid11) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate1.errors = [{ instancePath: instancePath + "/applies_to/tags", schemaPath: "#/allOf/1/properties/applies_to/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid6 = _errs55 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate1.errors = [{ instancePath: instancePath + "/applies_to", schemaPath: "#/allOf/1/properties/applies_to/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid5 = _errs36 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data.rules !== void 0) {
                            let data25 = data.rules;
                            const _errs59 = errors;
                            if (errors === _errs59) {
                              if (Array.isArray(data25)) {
                                var valid12 = true;
                                const len6 = data25.length;
                                for (let i6 = 0; i6 < len6; i6++) {
                                  let data26 = data25[i6];
                                  const _errs61 = errors;
                                  if (errors === _errs61) {
                                    if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                      let missing1;
                                      if (data26.rule_id === void 0 && (missing1 = "rule_id") || data26.effect === void 0 && (missing1 = "effect")) {
                                        validate1.errors = [{ instancePath: instancePath + "/rules/" + i6, schemaPath: "#/allOf/1/properties/rules/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                        return false;
                                      } else {
                                        if (data26.rule_id !== void 0) {
                                          const _errs64 = errors;
                                          if (typeof data26.rule_id !== "string") {
                                            validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/rule_id", schemaPath: "#/allOf/1/properties/rules/items/properties/rule_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid13 = _errs64 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data26.description !== void 0) {
                                            const _errs66 = errors;
                                            if (typeof data26.description !== "string") {
                                              validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/description", schemaPath: "#/allOf/1/properties/rules/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid13 = _errs66 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                          if (valid13) {
                                            if (data26.effect !== void 0) {
                                              let data29 = data26.effect;
                                              const _errs68 = errors;
                                              if (typeof data29 !== "string") {
                                                validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/effect", schemaPath: "#/allOf/1/properties/rules/items/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              if (!(data29 === "allow" || data29 === "deny" || data29 === "warn" || data29 === "log_only" || data29 === "transform")) {
                                                validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/effect", schemaPath: "#/allOf/1/properties/rules/items/properties/effect/enum", keyword: "enum", params: { allowedValues: schema2.allOf[1].properties.rules.items.properties.effect.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid13 = _errs68 === errors;
                                            } else {
                                              var valid13 = true;
                                            }
                                            if (valid13) {
                                              if (data26.target !== void 0) {
                                                let data30 = data26.target;
                                                const _errs70 = errors;
                                                if (errors === _errs70) {
                                                  if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                                    let missing2;
                                                    if (data30.kind === void 0 && (missing2 = "kind")) {
                                                      validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/target", schemaPath: "#/allOf/1/properties/rules/items/properties/target/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                      return false;
                                                    } else {
                                                      if (data30.kind !== void 0) {
                                                        const _errs73 = errors;
                                                        if (typeof data30.kind !== "string") {
                                                          validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/target/kind", schemaPath: "#/allOf/1/properties/rules/items/properties/target/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid14 = _errs73 === errors;
                                                      } else {
                                                        var valid14 = true;
                                                      }
                                                      if (valid14) {
                                                        if (data30.selector !== void 0) {
                                                          const _errs75 = errors;
                                                          if (typeof data30.selector !== "string") {
                                                            validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/target/selector", schemaPath: "#/allOf/1/properties/rules/items/properties/target/properties/selector/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid14 = _errs75 === errors;
                                                        } else {
                                                          var valid14 = true;
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/target", schemaPath: "#/allOf/1/properties/rules/items/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid13 = _errs70 === errors;
                                              } else {
                                                var valid13 = true;
                                              }
                                              if (valid13) {
                                                if (data26.severity !== void 0) {
                                                  let data33 = data26.severity;
                                                  const _errs77 = errors;
                                                  if (typeof data33 !== "string") {
                                                    validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/severity", schemaPath: "#/allOf/1/properties/rules/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  if (!(data33 === "info" || data33 === "low" || data33 === "medium" || data33 === "high" || data33 === "critical")) {
                                                    validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/severity", schemaPath: "#/allOf/1/properties/rules/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema2.allOf[1].properties.rules.items.properties.severity.enum }, message: "must be equal to one of the allowed values" }];
                                                    return false;
                                                  }
                                                  var valid13 = _errs77 === errors;
                                                } else {
                                                  var valid13 = true;
                                                }
                                                if (valid13) {
                                                  if (data26.on_violation !== void 0) {
                                                    let data34 = data26.on_violation;
                                                    const _errs79 = errors;
                                                    if (errors === _errs79) {
                                                      if (Array.isArray(data34)) {
                                                        var valid15 = true;
                                                        const len7 = data34.length;
                                                        for (let i7 = 0; i7 < len7; i7++) {
                                                          const _errs81 = errors;
                                                          if (typeof data34[i7] !== "string") {
                                                            validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/on_violation/" + i7, schemaPath: "#/allOf/1/properties/rules/items/properties/on_violation/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid15 = _errs81 === errors;
                                                          if (!valid15) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate1.errors = [{ instancePath: instancePath + "/rules/" + i6 + "/on_violation", schemaPath: "#/allOf/1/properties/rules/items/properties/on_violation/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid13 = _errs79 === errors;
                                                  } else {
                                                    var valid13 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate1.errors = [{ instancePath: instancePath + "/rules/" + i6, schemaPath: "#/allOf/1/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid12 = _errs61 === errors;
                                  if (!valid12) {
                                    break;
                                  }
                                }
                              } else {
                                validate1.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/allOf/1/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid5 = _errs59 === errors;
                          } else {
                            var valid5 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else {
            validate1.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs24 === errors;
      }
      validate1.errors = vErrors;
      return errors === 0;
    }
    validate1.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["ds.mova4_core_catalog_v1"] = validate2;
    function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate2.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.version === void 0 && (missing0 = "version")) {
            validate2.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs2 = errors;
            for (const key0 in data) {
              if (!(key0 === "version" || key0 === "data_types" || key0 === "verbs" || key0 === "envelopes" || key0 === "episode_types")) {
                validate2.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs2 === errors) {
              if (data.version !== void 0) {
                const _errs3 = errors;
                if (typeof data.version !== "string") {
                  validate2.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.data_types !== void 0) {
                  let data1 = data.data_types;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (Array.isArray(data1)) {
                      var valid1 = true;
                      const len0 = data1.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs7 = errors;
                        if (errors === _errs7) {
                          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                            let missing1;
                            if (data2.id === void 0 && (missing1 = "id") || data2.schema_ref === void 0 && (missing1 = "schema_ref")) {
                              validate2.errors = [{ instancePath: instancePath + "/data_types/" + i0, schemaPath: "#/properties/data_types/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              if (data2.id !== void 0) {
                                const _errs10 = errors;
                                if (typeof data2.id !== "string") {
                                  validate2.errors = [{ instancePath: instancePath + "/data_types/" + i0 + "/id", schemaPath: "#/properties/data_types/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs10 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data2.title !== void 0) {
                                  const _errs12 = errors;
                                  if (typeof data2.title !== "string") {
                                    validate2.errors = [{ instancePath: instancePath + "/data_types/" + i0 + "/title", schemaPath: "#/properties/data_types/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs12 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data2.description !== void 0) {
                                    const _errs14 = errors;
                                    if (typeof data2.description !== "string") {
                                      validate2.errors = [{ instancePath: instancePath + "/data_types/" + i0 + "/description", schemaPath: "#/properties/data_types/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs14 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data2.schema_ref !== void 0) {
                                      const _errs16 = errors;
                                      if (typeof data2.schema_ref !== "string") {
                                        validate2.errors = [{ instancePath: instancePath + "/data_types/" + i0 + "/schema_ref", schemaPath: "#/properties/data_types/items/properties/schema_ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs16 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate2.errors = [{ instancePath: instancePath + "/data_types/" + i0, schemaPath: "#/properties/data_types/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs7 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate2.errors = [{ instancePath: instancePath + "/data_types", schemaPath: "#/properties/data_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.verbs !== void 0) {
                    let data7 = data.verbs;
                    const _errs18 = errors;
                    if (errors === _errs18) {
                      if (Array.isArray(data7)) {
                        var valid3 = true;
                        const len1 = data7.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data8 = data7[i1];
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                              let missing2;
                              if (data8.id === void 0 && (missing2 = "id")) {
                                validate2.errors = [{ instancePath: instancePath + "/verbs/" + i1, schemaPath: "#/properties/verbs/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                const _errs22 = errors;
                                for (const key1 in data8) {
                                  if (!(key1 === "id" || key1 === "description")) {
                                    validate2.errors = [{ instancePath: instancePath + "/verbs/" + i1, schemaPath: "#/properties/verbs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs22 === errors) {
                                  if (data8.id !== void 0) {
                                    const _errs23 = errors;
                                    if (typeof data8.id !== "string") {
                                      validate2.errors = [{ instancePath: instancePath + "/verbs/" + i1 + "/id", schemaPath: "#/properties/verbs/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid4 = _errs23 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data8.description !== void 0) {
                                      const _errs25 = errors;
                                      if (typeof data8.description !== "string") {
                                        validate2.errors = [{ instancePath: instancePath + "/verbs/" + i1 + "/description", schemaPath: "#/properties/verbs/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs25 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate2.errors = [{ instancePath: instancePath + "/verbs/" + i1, schemaPath: "#/properties/verbs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid3 = _errs20 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate2.errors = [{ instancePath: instancePath + "/verbs", schemaPath: "#/properties/verbs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs18 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.envelopes !== void 0) {
                      let data11 = data.envelopes;
                      const _errs27 = errors;
                      if (errors === _errs27) {
                        if (Array.isArray(data11)) {
                          var valid5 = true;
                          const len2 = data11.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            let data12 = data11[i2];
                            const _errs29 = errors;
                            if (errors === _errs29) {
                              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                let missing3;
                                if (data12.id === void 0 && (missing3 = "id") || data12.verb === void 0 && (missing3 = "verb")) {
                                  validate2.errors = [{ instancePath: instancePath + "/envelopes/" + i2, schemaPath: "#/properties/envelopes/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                  return false;
                                } else {
                                  if (data12.id !== void 0) {
                                    const _errs32 = errors;
                                    if (typeof data12.id !== "string") {
                                      validate2.errors = [{ instancePath: instancePath + "/envelopes/" + i2 + "/id", schemaPath: "#/properties/envelopes/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid6 = _errs32 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data12.verb !== void 0) {
                                      const _errs34 = errors;
                                      if (typeof data12.verb !== "string") {
                                        validate2.errors = [{ instancePath: instancePath + "/envelopes/" + i2 + "/verb", schemaPath: "#/properties/envelopes/items/properties/verb/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid6 = _errs34 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data12.description !== void 0) {
                                        const _errs36 = errors;
                                        if (typeof data12.description !== "string") {
                                          validate2.errors = [{ instancePath: instancePath + "/envelopes/" + i2 + "/description", schemaPath: "#/properties/envelopes/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid6 = _errs36 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data12.input_types !== void 0) {
                                          let data16 = data12.input_types;
                                          const _errs38 = errors;
                                          if (errors === _errs38) {
                                            if (Array.isArray(data16)) {
                                              var valid7 = true;
                                              const len3 = data16.length;
                                              for (let i3 = 0; i3 < len3; i3++) {
                                                const _errs40 = errors;
                                                if (typeof data16[i3] !== "string") {
                                                  validate2.errors = [{ instancePath: instancePath + "/envelopes/" + i2 + "/input_types/" + i3, schemaPath: "#/properties/envelopes/items/properties/input_types/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid7 = _errs40 === errors;
                                                if (!valid7) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate2.errors = [{ instancePath: instancePath + "/envelopes/" + i2 + "/input_types", schemaPath: "#/properties/envelopes/items/properties/input_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid6 = _errs38 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                        if (valid6) {
                                          if (data12.output_types !== void 0) {
                                            let data18 = data12.output_types;
                                            const _errs42 = errors;
                                            if (errors === _errs42) {
                                              if (Array.isArray(data18)) {
                                                var valid8 = true;
                                                const len4 = data18.length;
                                                for (let i4 = 0; i4 < len4; i4++) {
                                                  const _errs44 = errors;
                                                  if (typeof data18[i4] !== "string") {
                                                    validate2.errors = [{ instancePath: instancePath + "/envelopes/" + i2 + "/output_types/" + i4, schemaPath: "#/properties/envelopes/items/properties/output_types/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid8 = _errs44 === errors;
                                                  if (!valid8) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate2.errors = [{ instancePath: instancePath + "/envelopes/" + i2 + "/output_types", schemaPath: "#/properties/envelopes/items/properties/output_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid6 = _errs42 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate2.errors = [{ instancePath: instancePath + "/envelopes/" + i2, schemaPath: "#/properties/envelopes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid5 = _errs29 === errors;
                            if (!valid5) {
                              break;
                            }
                          }
                        } else {
                          validate2.errors = [{ instancePath: instancePath + "/envelopes", schemaPath: "#/properties/envelopes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs27 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.episode_types !== void 0) {
                        let data20 = data.episode_types;
                        const _errs46 = errors;
                        if (errors === _errs46) {
                          if (Array.isArray(data20)) {
                            var valid9 = true;
                            const len5 = data20.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                              let data21 = data20[i5];
                              const _errs48 = errors;
                              if (errors === _errs48) {
                                if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                  let missing4;
                                  if (data21.id === void 0 && (missing4 = "id") || data21.schema_ref === void 0 && (missing4 = "schema_ref")) {
                                    validate2.errors = [{ instancePath: instancePath + "/episode_types/" + i5, schemaPath: "#/properties/episode_types/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                    return false;
                                  } else {
                                    if (data21.id !== void 0) {
                                      const _errs51 = errors;
                                      if (typeof data21.id !== "string") {
                                        validate2.errors = [{ instancePath: instancePath + "/episode_types/" + i5 + "/id", schemaPath: "#/properties/episode_types/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid10 = _errs51 === errors;
                                    } else {
                                      var valid10 = true;
                                    }
                                    if (valid10) {
                                      if (data21.description !== void 0) {
                                        const _errs53 = errors;
                                        if (typeof data21.description !== "string") {
                                          validate2.errors = [{ instancePath: instancePath + "/episode_types/" + i5 + "/description", schemaPath: "#/properties/episode_types/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid10 = _errs53 === errors;
                                      } else {
                                        var valid10 = true;
                                      }
                                      if (valid10) {
                                        if (data21.schema_ref !== void 0) {
                                          const _errs55 = errors;
                                          if (typeof data21.schema_ref !== "string") {
                                            validate2.errors = [{ instancePath: instancePath + "/episode_types/" + i5 + "/schema_ref", schemaPath: "#/properties/episode_types/items/properties/schema_ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid10 = _errs55 === errors;
                                        } else {
                                          var valid10 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate2.errors = [{ instancePath: instancePath + "/episode_types/" + i5, schemaPath: "#/properties/episode_types/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid9 = _errs48 === errors;
                              if (!valid9) {
                                break;
                              }
                            }
                          } else {
                            validate2.errors = [{ instancePath: instancePath + "/episode_types", schemaPath: "#/properties/episode_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs46 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate2.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate2.errors = vErrors;
      return errors === 0;
    }
    validate2.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["ds.mova_episode_core_v1"] = validate3;
    var schema5 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova.dev/schemas/ds.mova_episode_core_v1.schema.json", "title": "ds.mova_episode_core_v1", "description": "Minimal record of one meaningful unit of work: what ran, who ran it, what it consumed and produced, and how it ended.", "$comment": "Kept as in the official release: the second allOf branch is closed, so the base fields schema_id, schema_version, meta and ext, and any extension field, make an episode invalid even though the first branch allows them; this 6.0.0 version only adds the action signature fields verb_id, tool_id and target_kind.", "allOf": [{ "$ref": "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json" }, { "type": "object", "properties": { "episode_id": { "description": "Unique id of this episode, such as a UUID or a composite key.", "type": "string" }, "episode_type": { "description": "Kind of episode written as core_id or core_id/subtype, with core_id taken from global.episode_type_catalog_v1 (execution, plan, security_event, other).", "type": "string" }, "mova_version": { "description": "MOVA release the episode was recorded under, such as 6.0.0.", "type": "string" }, "recorded_at": { "description": "RFC 3339 date-time at which this episode record was written.", "type": "string", "format": "date-time" }, "started_at": { "description": "RFC 3339 date-time at which the work began, if known.", "type": "string", "format": "date-time" }, "finished_at": { "description": "RFC 3339 date-time at which the work ended, if known.", "type": "string", "format": "date-time" }, "input_envelopes": { "description": "Envelopes (env.*) that triggered or fed the episode; an episode needs this list or input_data_refs.", "type": "array", "items": { "description": "Reference to one input envelope; extra fields are allowed.", "type": "object", "properties": { "envelope_type": { "description": "Canonical env.* id of the envelope, as listed in the core catalog's envelopes.", "type": "string" }, "envelope_id": { "description": "Id of the concrete envelope instance, when one exists.", "type": "string" } }, "required": ["envelope_type"], "additionalProperties": true } }, "input_data_refs": { "description": "Data records (ds.*) that formed the episode's context; an episode needs this list or input_envelopes.", "type": "array", "items": { "description": "Reference to one input data record; extra fields are allowed.", "type": "object", "properties": { "data_type": { "description": "Canonical ds.* id of the record's data type, as listed in the core catalog's data_types.", "type": "string" }, "data_id": { "description": "Id of the concrete data record.", "type": "string" } }, "required": ["data_type"], "additionalProperties": true } }, "executor": { "description": "Closed description of the person, service or model that performed the episode.", "type": "object", "properties": { "role": { "description": "Role the executor played, such as agent, service, user or guard, preferably from a global roles catalog.", "type": "string" }, "executor_id": { "description": "Id of the executor: a user id, service name, agent id or similar.", "type": "string" }, "executor_kind": { "description": "Broad kind of executor, such as human, service, ai_model or tool.", "type": "string" }, "environment": { "description": "Open bag of technical details about where and in which version the executor ran.", "type": "object", "additionalProperties": true } }, "required": ["executor_id"], "additionalProperties": false }, "result_status": { "description": "Outcome state of the episode, chosen from the fixed list.", "type": "string", "enum": ["pending", "in_progress", "completed", "failed", "partial", "cancelled", "skipped"] }, "result_summary": { "description": "One-line plain-language account of what happened.", "type": "string" }, "result_details": { "description": "Open bag of structured result data such as metrics, quality scores or explanations.", "type": "object", "additionalProperties": true }, "output_data_refs": { "description": "Data records (ds.*) the episode created or changed.", "type": "array", "items": { "description": "Reference to one output data record; extra fields are allowed.", "type": "object", "properties": { "data_type": { "description": "Canonical ds.* id of the record's data type, as listed in the core catalog's data_types.", "type": "string" }, "data_id": { "description": "Id of the concrete data record.", "type": "string" } }, "required": ["data_type"], "additionalProperties": true } }, "meta_episode": { "description": "Open bag of episode bookkeeping such as correlation ids, trace ids and log links, never instructions for a language model.", "type": "object", "additionalProperties": true }, "verb_id": { "description": "Id of the operation performed (for example analyze, create, route), taken from the verbs catalog; first part of the action signature (verb_id, tool_id, target_kind).", "type": "string" }, "tool_id": { "description": 'Id of the tool or channel used, taken from the tool catalog as a string or integer, with 0 or "0" meaning an explicitly tool-less action and absence meaning unknown; second part of the action signature.', "oneOf": [{ "type": "string" }, { "type": "integer" }] }, "target_kind": { "description": "Kind of object acted on (for example document, personal_data, code_file), the optional third part of the action signature used for finer policy matching.", "type": "string" } }, "required": ["episode_id", "episode_type", "mova_version", "recorded_at", "executor", "result_status", "result_summary"], "additionalProperties": false, "anyOf": [{ "required": ["input_envelopes"] }, { "required": ["input_data_refs"] }] }] };
    var func0 = Object.prototype.hasOwnProperty;
    var formats0 = require_formats().fullFormats["date-time"];
    function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate3.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs1 = errors;
      const _errs2 = errors;
      if (errors === _errs2) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.schema_id !== void 0) {
            const _errs5 = errors;
            if (typeof data.schema_id !== "string") {
              validate3.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs5 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.schema_version !== void 0) {
              const _errs7 = errors;
              if (typeof data.schema_version !== "string") {
                validate3.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs7 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.meta !== void 0) {
                let data2 = data.meta;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.title !== void 0) {
                      const _errs12 = errors;
                      if (typeof data2.title !== "string") {
                        validate3.errors = [{ instancePath: instancePath + "/meta/title", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs12 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data2.description !== void 0) {
                        const _errs14 = errors;
                        if (typeof data2.description !== "string") {
                          validate3.errors = [{ instancePath: instancePath + "/meta/description", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs14 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data2.tags !== void 0) {
                          let data5 = data2.tags;
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (Array.isArray(data5)) {
                              var valid4 = true;
                              const len0 = data5.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs18 = errors;
                                if (typeof data5[i0] !== "string") {
                                  validate3.errors = [{ instancePath: instancePath + "/meta/tags/" + i0, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid4 = _errs18 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate3.errors = [{ instancePath: instancePath + "/meta/tags", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid3 = _errs16 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.lang !== void 0) {
                            const _errs20 = errors;
                            if (typeof data2.lang !== "string") {
                              validate3.errors = [{ instancePath: instancePath + "/meta/lang", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs20 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate3.errors = [{ instancePath: instancePath + "/meta", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid2 = _errs9 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.ext !== void 0) {
                  let data8 = data.ext;
                  const _errs22 = errors;
                  if (errors === _errs22) {
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    } else {
                      validate3.errors = [{ instancePath: instancePath + "/ext", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/ext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs22 === errors;
                } else {
                  var valid2 = true;
                }
              }
            }
          }
        } else {
          validate3.errors = [{ instancePath, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var valid0 = _errs1 === errors;
      if (valid0) {
        const _errs25 = errors;
        const _errs27 = errors;
        let valid5 = false;
        const _errs28 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.input_envelopes === void 0 && (missing0 = "input_envelopes")) {
            const err0 = { instancePath, schemaPath: "#/allOf/1/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        var _valid0 = _errs28 === errors;
        valid5 = valid5 || _valid0;
        const _errs29 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing1;
          if (data.input_data_refs === void 0 && (missing1 = "input_data_refs")) {
            const err1 = { instancePath, schemaPath: "#/allOf/1/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        var _valid0 = _errs29 === errors;
        valid5 = valid5 || _valid0;
        if (!valid5) {
          const err2 = { instancePath, schemaPath: "#/allOf/1/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
          validate3.errors = vErrors;
          return false;
        } else {
          errors = _errs27;
          if (vErrors !== null) {
            if (_errs27) {
              vErrors.length = _errs27;
            } else {
              vErrors = null;
            }
          }
        }
        if (errors === _errs25) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing2;
            if (data.episode_id === void 0 && (missing2 = "episode_id") || data.episode_type === void 0 && (missing2 = "episode_type") || data.mova_version === void 0 && (missing2 = "mova_version") || data.recorded_at === void 0 && (missing2 = "recorded_at") || data.executor === void 0 && (missing2 = "executor") || data.result_status === void 0 && (missing2 = "result_status") || data.result_summary === void 0 && (missing2 = "result_summary")) {
              validate3.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
              return false;
            } else {
              const _errs30 = errors;
              for (const key0 in data) {
                if (!func0.call(schema5.allOf[1].properties, key0)) {
                  validate3.errors = [{ instancePath, schemaPath: "#/allOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                  return false;
                  break;
                }
              }
              if (_errs30 === errors) {
                if (data.episode_id !== void 0) {
                  const _errs31 = errors;
                  if (typeof data.episode_id !== "string") {
                    validate3.errors = [{ instancePath: instancePath + "/episode_id", schemaPath: "#/allOf/1/properties/episode_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid6 = _errs31 === errors;
                } else {
                  var valid6 = true;
                }
                if (valid6) {
                  if (data.episode_type !== void 0) {
                    const _errs33 = errors;
                    if (typeof data.episode_type !== "string") {
                      validate3.errors = [{ instancePath: instancePath + "/episode_type", schemaPath: "#/allOf/1/properties/episode_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid6 = _errs33 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data.mova_version !== void 0) {
                      const _errs35 = errors;
                      if (typeof data.mova_version !== "string") {
                        validate3.errors = [{ instancePath: instancePath + "/mova_version", schemaPath: "#/allOf/1/properties/mova_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid6 = _errs35 === errors;
                    } else {
                      var valid6 = true;
                    }
                    if (valid6) {
                      if (data.recorded_at !== void 0) {
                        let data12 = data.recorded_at;
                        const _errs37 = errors;
                        if (errors === _errs37) {
                          if (errors === _errs37) {
                            if (typeof data12 === "string") {
                              if (!formats0.validate(data12)) {
                                validate3.errors = [{ instancePath: instancePath + "/recorded_at", schemaPath: "#/allOf/1/properties/recorded_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                return false;
                              }
                            } else {
                              validate3.errors = [{ instancePath: instancePath + "/recorded_at", schemaPath: "#/allOf/1/properties/recorded_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                        var valid6 = _errs37 === errors;
                      } else {
                        var valid6 = true;
                      }
                      if (valid6) {
                        if (data.started_at !== void 0) {
                          let data13 = data.started_at;
                          const _errs39 = errors;
                          if (errors === _errs39) {
                            if (errors === _errs39) {
                              if (typeof data13 === "string") {
                                if (!formats0.validate(data13)) {
                                  validate3.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/allOf/1/properties/started_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                  return false;
                                }
                              } else {
                                validate3.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/allOf/1/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                          var valid6 = _errs39 === errors;
                        } else {
                          var valid6 = true;
                        }
                        if (valid6) {
                          if (data.finished_at !== void 0) {
                            let data14 = data.finished_at;
                            const _errs41 = errors;
                            if (errors === _errs41) {
                              if (errors === _errs41) {
                                if (typeof data14 === "string") {
                                  if (!formats0.validate(data14)) {
                                    validate3.errors = [{ instancePath: instancePath + "/finished_at", schemaPath: "#/allOf/1/properties/finished_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                    return false;
                                  }
                                } else {
                                  validate3.errors = [{ instancePath: instancePath + "/finished_at", schemaPath: "#/allOf/1/properties/finished_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                            var valid6 = _errs41 === errors;
                          } else {
                            var valid6 = true;
                          }
                          if (valid6) {
                            if (data.input_envelopes !== void 0) {
                              let data15 = data.input_envelopes;
                              const _errs43 = errors;
                              if (errors === _errs43) {
                                if (Array.isArray(data15)) {
                                  var valid7 = true;
                                  const len1 = data15.length;
                                  for (let i1 = 0; i1 < len1; i1++) {
                                    let data16 = data15[i1];
                                    const _errs45 = errors;
                                    if (errors === _errs45) {
                                      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                        let missing3;
                                        if (data16.envelope_type === void 0 && (missing3 = "envelope_type")) {
                                          validate3.errors = [{ instancePath: instancePath + "/input_envelopes/" + i1, schemaPath: "#/allOf/1/properties/input_envelopes/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                          return false;
                                        } else {
                                          if (data16.envelope_type !== void 0) {
                                            const _errs48 = errors;
                                            if (typeof data16.envelope_type !== "string") {
                                              validate3.errors = [{ instancePath: instancePath + "/input_envelopes/" + i1 + "/envelope_type", schemaPath: "#/allOf/1/properties/input_envelopes/items/properties/envelope_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid8 = _errs48 === errors;
                                          } else {
                                            var valid8 = true;
                                          }
                                          if (valid8) {
                                            if (data16.envelope_id !== void 0) {
                                              const _errs50 = errors;
                                              if (typeof data16.envelope_id !== "string") {
                                                validate3.errors = [{ instancePath: instancePath + "/input_envelopes/" + i1 + "/envelope_id", schemaPath: "#/allOf/1/properties/input_envelopes/items/properties/envelope_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid8 = _errs50 === errors;
                                            } else {
                                              var valid8 = true;
                                            }
                                          }
                                        }
                                      } else {
                                        validate3.errors = [{ instancePath: instancePath + "/input_envelopes/" + i1, schemaPath: "#/allOf/1/properties/input_envelopes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid7 = _errs45 === errors;
                                    if (!valid7) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate3.errors = [{ instancePath: instancePath + "/input_envelopes", schemaPath: "#/allOf/1/properties/input_envelopes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid6 = _errs43 === errors;
                            } else {
                              var valid6 = true;
                            }
                            if (valid6) {
                              if (data.input_data_refs !== void 0) {
                                let data19 = data.input_data_refs;
                                const _errs52 = errors;
                                if (errors === _errs52) {
                                  if (Array.isArray(data19)) {
                                    var valid9 = true;
                                    const len2 = data19.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      let data20 = data19[i2];
                                      const _errs54 = errors;
                                      if (errors === _errs54) {
                                        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                          let missing4;
                                          if (data20.data_type === void 0 && (missing4 = "data_type")) {
                                            validate3.errors = [{ instancePath: instancePath + "/input_data_refs/" + i2, schemaPath: "#/allOf/1/properties/input_data_refs/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                            return false;
                                          } else {
                                            if (data20.data_type !== void 0) {
                                              const _errs57 = errors;
                                              if (typeof data20.data_type !== "string") {
                                                validate3.errors = [{ instancePath: instancePath + "/input_data_refs/" + i2 + "/data_type", schemaPath: "#/allOf/1/properties/input_data_refs/items/properties/data_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid10 = _errs57 === errors;
                                            } else {
                                              var valid10 = true;
                                            }
                                            if (valid10) {
                                              if (data20.data_id !== void 0) {
                                                const _errs59 = errors;
                                                if (typeof data20.data_id !== "string") {
                                                  validate3.errors = [{ instancePath: instancePath + "/input_data_refs/" + i2 + "/data_id", schemaPath: "#/allOf/1/properties/input_data_refs/items/properties/data_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid10 = _errs59 === errors;
                                              } else {
                                                var valid10 = true;
                                              }
                                            }
                                          }
                                        } else {
                                          validate3.errors = [{ instancePath: instancePath + "/input_data_refs/" + i2, schemaPath: "#/allOf/1/properties/input_data_refs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid9 = _errs54 === errors;
                                      if (!valid9) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate3.errors = [{ instancePath: instancePath + "/input_data_refs", schemaPath: "#/allOf/1/properties/input_data_refs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid6 = _errs52 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data.executor !== void 0) {
                                  let data23 = data.executor;
                                  const _errs61 = errors;
                                  if (errors === _errs61) {
                                    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                      let missing5;
                                      if (data23.executor_id === void 0 && (missing5 = "executor_id")) {
                                        validate3.errors = [{ instancePath: instancePath + "/executor", schemaPath: "#/allOf/1/properties/executor/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                        return false;
                                      } else {
                                        const _errs63 = errors;
                                        for (const key1 in data23) {
                                          if (!(key1 === "role" || key1 === "executor_id" || key1 === "executor_kind" || key1 === "environment")) {
                                            validate3.errors = [{ instancePath: instancePath + "/executor", schemaPath: "#/allOf/1/properties/executor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs63 === errors) {
                                          if (data23.role !== void 0) {
                                            const _errs64 = errors;
                                            if (typeof data23.role !== "string") {
                                              validate3.errors = [{ instancePath: instancePath + "/executor/role", schemaPath: "#/allOf/1/properties/executor/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid11 = _errs64 === errors;
                                          } else {
                                            var valid11 = true;
                                          }
                                          if (valid11) {
                                            if (data23.executor_id !== void 0) {
                                              const _errs66 = errors;
                                              if (typeof data23.executor_id !== "string") {
                                                validate3.errors = [{ instancePath: instancePath + "/executor/executor_id", schemaPath: "#/allOf/1/properties/executor/properties/executor_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid11 = _errs66 === errors;
                                            } else {
                                              var valid11 = true;
                                            }
                                            if (valid11) {
                                              if (data23.executor_kind !== void 0) {
                                                const _errs68 = errors;
                                                if (typeof data23.executor_kind !== "string") {
                                                  validate3.errors = [{ instancePath: instancePath + "/executor/executor_kind", schemaPath: "#/allOf/1/properties/executor/properties/executor_kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid11 = _errs68 === errors;
                                              } else {
                                                var valid11 = true;
                                              }
                                              if (valid11) {
                                                if (data23.environment !== void 0) {
                                                  let data27 = data23.environment;
                                                  const _errs70 = errors;
                                                  if (errors === _errs70) {
                                                    if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                                    } else {
                                                      validate3.errors = [{ instancePath: instancePath + "/executor/environment", schemaPath: "#/allOf/1/properties/executor/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid11 = _errs70 === errors;
                                                } else {
                                                  var valid11 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate3.errors = [{ instancePath: instancePath + "/executor", schemaPath: "#/allOf/1/properties/executor/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs61 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data.result_status !== void 0) {
                                    let data28 = data.result_status;
                                    const _errs73 = errors;
                                    if (typeof data28 !== "string") {
                                      validate3.errors = [{ instancePath: instancePath + "/result_status", schemaPath: "#/allOf/1/properties/result_status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    if (!(data28 === "pending" || data28 === "in_progress" || data28 === "completed" || data28 === "failed" || data28 === "partial" || data28 === "cancelled" || data28 === "skipped")) {
                                      validate3.errors = [{ instancePath: instancePath + "/result_status", schemaPath: "#/allOf/1/properties/result_status/enum", keyword: "enum", params: { allowedValues: schema5.allOf[1].properties.result_status.enum }, message: "must be equal to one of the allowed values" }];
                                      return false;
                                    }
                                    var valid6 = _errs73 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data.result_summary !== void 0) {
                                      const _errs75 = errors;
                                      if (typeof data.result_summary !== "string") {
                                        validate3.errors = [{ instancePath: instancePath + "/result_summary", schemaPath: "#/allOf/1/properties/result_summary/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid6 = _errs75 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data.result_details !== void 0) {
                                        let data30 = data.result_details;
                                        const _errs77 = errors;
                                        if (errors === _errs77) {
                                          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                          } else {
                                            validate3.errors = [{ instancePath: instancePath + "/result_details", schemaPath: "#/allOf/1/properties/result_details/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid6 = _errs77 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data.output_data_refs !== void 0) {
                                          let data31 = data.output_data_refs;
                                          const _errs80 = errors;
                                          if (errors === _errs80) {
                                            if (Array.isArray(data31)) {
                                              var valid12 = true;
                                              const len3 = data31.length;
                                              for (let i3 = 0; i3 < len3; i3++) {
                                                let data32 = data31[i3];
                                                const _errs82 = errors;
                                                if (errors === _errs82) {
                                                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                    let missing6;
                                                    if (data32.data_type === void 0 && (missing6 = "data_type")) {
                                                      validate3.errors = [{ instancePath: instancePath + "/output_data_refs/" + i3, schemaPath: "#/allOf/1/properties/output_data_refs/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                      return false;
                                                    } else {
                                                      if (data32.data_type !== void 0) {
                                                        const _errs85 = errors;
                                                        if (typeof data32.data_type !== "string") {
                                                          validate3.errors = [{ instancePath: instancePath + "/output_data_refs/" + i3 + "/data_type", schemaPath: "#/allOf/1/properties/output_data_refs/items/properties/data_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid13 = _errs85 === errors;
                                                      } else {
                                                        var valid13 = true;
                                                      }
                                                      if (valid13) {
                                                        if (data32.data_id !== void 0) {
                                                          const _errs87 = errors;
                                                          if (typeof data32.data_id !== "string") {
                                                            validate3.errors = [{ instancePath: instancePath + "/output_data_refs/" + i3 + "/data_id", schemaPath: "#/allOf/1/properties/output_data_refs/items/properties/data_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid13 = _errs87 === errors;
                                                        } else {
                                                          var valid13 = true;
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate3.errors = [{ instancePath: instancePath + "/output_data_refs/" + i3, schemaPath: "#/allOf/1/properties/output_data_refs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid12 = _errs82 === errors;
                                                if (!valid12) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate3.errors = [{ instancePath: instancePath + "/output_data_refs", schemaPath: "#/allOf/1/properties/output_data_refs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid6 = _errs80 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                        if (valid6) {
                                          if (data.meta_episode !== void 0) {
                                            let data35 = data.meta_episode;
                                            const _errs89 = errors;
                                            if (errors === _errs89) {
                                              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                              } else {
                                                validate3.errors = [{ instancePath: instancePath + "/meta_episode", schemaPath: "#/allOf/1/properties/meta_episode/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid6 = _errs89 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data.verb_id !== void 0) {
                                              const _errs92 = errors;
                                              if (typeof data.verb_id !== "string") {
                                                validate3.errors = [{ instancePath: instancePath + "/verb_id", schemaPath: "#/allOf/1/properties/verb_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid6 = _errs92 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                            if (valid6) {
                                              if (data.tool_id !== void 0) {
                                                let data37 = data.tool_id;
                                                const _errs94 = errors;
                                                const _errs95 = errors;
                                                let valid14 = false;
                                                let passing0 = null;
                                                const _errs96 = errors;
                                                if (typeof data37 !== "string") {
                                                  const err3 = { instancePath: instancePath + "/tool_id", schemaPath: "#/allOf/1/properties/tool_id/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                  if (vErrors === null) {
                                                    vErrors = [err3];
                                                  } else {
                                                    vErrors.push(err3);
                                                  }
                                                  errors++;
                                                }
                                                var _valid1 = _errs96 === errors;
                                                if (_valid1) {
                                                  valid14 = true;
                                                  passing0 = 0;
                                                }
                                                const _errs98 = errors;
                                                if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)))) {
                                                  const err4 = { instancePath: instancePath + "/tool_id", schemaPath: "#/allOf/1/properties/tool_id/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                  if (vErrors === null) {
                                                    vErrors = [err4];
                                                  } else {
                                                    vErrors.push(err4);
                                                  }
                                                  errors++;
                                                }
                                                var _valid1 = _errs98 === errors;
                                                if (_valid1 && valid14) {
                                                  valid14 = false;
                                                  passing0 = [passing0, 1];
                                                } else {
                                                  if (_valid1) {
                                                    valid14 = true;
                                                    passing0 = 1;
                                                  }
                                                }
                                                if (!valid14) {
                                                  const err5 = { instancePath: instancePath + "/tool_id", schemaPath: "#/allOf/1/properties/tool_id/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                                  if (vErrors === null) {
                                                    vErrors = [err5];
                                                  } else {
                                                    vErrors.push(err5);
                                                  }
                                                  errors++;
                                                  validate3.errors = vErrors;
                                                  return false;
                                                } else {
                                                  errors = _errs95;
                                                  if (vErrors !== null) {
                                                    if (_errs95) {
                                                      vErrors.length = _errs95;
                                                    } else {
                                                      vErrors = null;
                                                    }
                                                  }
                                                }
                                                var valid6 = _errs94 === errors;
                                              } else {
                                                var valid6 = true;
                                              }
                                              if (valid6) {
                                                if (data.target_kind !== void 0) {
                                                  const _errs100 = errors;
                                                  if (typeof data.target_kind !== "string") {
                                                    validate3.errors = [{ instancePath: instancePath + "/target_kind", schemaPath: "#/allOf/1/properties/target_kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid6 = _errs100 === errors;
                                                } else {
                                                  var valid6 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else {
            validate3.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs25 === errors;
      }
      validate3.errors = vErrors;
      return errors === 0;
    }
    validate3.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["ds.mova_schema_core_v1"] = validate4;
    function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate4.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.schema_id !== void 0) {
            const _errs2 = errors;
            if (typeof data.schema_id !== "string") {
              validate4.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "#/properties/schema_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.schema_version !== void 0) {
              const _errs4 = errors;
              if (typeof data.schema_version !== "string") {
                validate4.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.meta !== void 0) {
                let data2 = data.meta;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.title !== void 0) {
                      const _errs9 = errors;
                      if (typeof data2.title !== "string") {
                        validate4.errors = [{ instancePath: instancePath + "/meta/title", schemaPath: "#/properties/meta/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs9 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data2.description !== void 0) {
                        const _errs11 = errors;
                        if (typeof data2.description !== "string") {
                          validate4.errors = [{ instancePath: instancePath + "/meta/description", schemaPath: "#/properties/meta/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs11 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data2.tags !== void 0) {
                          let data5 = data2.tags;
                          const _errs13 = errors;
                          if (errors === _errs13) {
                            if (Array.isArray(data5)) {
                              var valid2 = true;
                              const len0 = data5.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs15 = errors;
                                if (typeof data5[i0] !== "string") {
                                  validate4.errors = [{ instancePath: instancePath + "/meta/tags/" + i0, schemaPath: "#/properties/meta/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs15 === errors;
                                if (!valid2) {
                                  break;
                                }
                              }
                            } else {
                              validate4.errors = [{ instancePath: instancePath + "/meta/tags", schemaPath: "#/properties/meta/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid1 = _errs13 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data2.lang !== void 0) {
                            const _errs17 = errors;
                            if (typeof data2.lang !== "string") {
                              validate4.errors = [{ instancePath: instancePath + "/meta/lang", schemaPath: "#/properties/meta/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs17 === errors;
                          } else {
                            var valid1 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate4.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.ext !== void 0) {
                  let data8 = data.ext;
                  const _errs19 = errors;
                  if (errors === _errs19) {
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    } else {
                      validate4.errors = [{ instancePath: instancePath + "/ext", schemaPath: "#/properties/ext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs19 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        } else {
          validate4.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate4.errors = vErrors;
      return errors === 0;
    }
    validate4.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["ds.runtime_binding_core_v1"] = validate5;
    var schema8 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova.dev/schemas/ds.runtime_binding_core_v1.schema.json", "title": "ds.runtime_binding_core_v1", "description": "Vendor-neutral statement of which templates, scenarios, skills or services run on which execution runtime and with what capabilities, layered on the ds.mova_schema_core_v1 base fields.", "allOf": [{ "$ref": "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json" }, { "type": "object", "properties": { "runtime_id": { "description": "Registry-wide id of the runtime, by convention runtime.<platform>.<purpose>_v<N> (for example runtime.local_process.worker_v1).", "type": "string" }, "runtime_kind": { "description": "Broad class of runtime, chosen from the fixed list.", "type": "string", "enum": ["serverless", "container", "local_process", "browser", "edge", "other"] }, "language": { "description": "Main implementation language or platform, such as nodejs, python, wasm or browser-js.", "type": "string" }, "runtime_version": { "description": "Version of the runtime or platform, if relevant.", "type": "string" }, "env_profile_id": { "description": "Deployment environment profile, such as dev, staging or prod.", "type": "string" }, "binding_targets": { "description": "Things that are bound to run on this runtime.", "type": "array", "items": { "description": "One bound target; extra fields are allowed.", "type": "object", "properties": { "target_kind": { "description": "Kind of thing being bound, chosen from the fixed list.", "type": "string", "enum": ["template", "scenario", "skill", "connector_proxy", "service", "other"] }, "target_id": { "description": "Id of the bound thing, such as an npm package name, scenario id or skill id.", "type": "string" } }, "required": ["target_kind", "target_id"], "additionalProperties": true } }, "capabilities": { "description": "Descriptive (not enforced) capability levels of the runtime; extra fields are allowed.", "type": "object", "properties": { "network": { "description": "Network access level, such as none, internal_only, internet_limited or internet_full.", "type": "string" }, "storage": { "description": "Available storage, such as none, key_value, sql or object_store.", "type": "string" }, "secrets": { "description": "How secrets are provided, such as none, env_only or managed_store.", "type": "string" }, "queues": { "description": "Available queueing or messaging facilities, if any.", "type": "string" } }, "additionalProperties": true } }, "required": ["runtime_id", "runtime_kind"] }] };
    function validate5(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate5.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      const _errs1 = errors;
      if (errors === _errs1) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.schema_id !== void 0) {
            const _errs4 = errors;
            if (typeof data.schema_id !== "string") {
              validate5.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs4 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.schema_version !== void 0) {
              const _errs6 = errors;
              if (typeof data.schema_version !== "string") {
                validate5.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs6 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.meta !== void 0) {
                let data2 = data.meta;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.title !== void 0) {
                      const _errs11 = errors;
                      if (typeof data2.title !== "string") {
                        validate5.errors = [{ instancePath: instancePath + "/meta/title", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs11 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data2.description !== void 0) {
                        const _errs13 = errors;
                        if (typeof data2.description !== "string") {
                          validate5.errors = [{ instancePath: instancePath + "/meta/description", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs13 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data2.tags !== void 0) {
                          let data5 = data2.tags;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (Array.isArray(data5)) {
                              var valid4 = true;
                              const len0 = data5.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs17 = errors;
                                if (typeof data5[i0] !== "string") {
                                  validate5.errors = [{ instancePath: instancePath + "/meta/tags/" + i0, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid4 = _errs17 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate5.errors = [{ instancePath: instancePath + "/meta/tags", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid3 = _errs15 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.lang !== void 0) {
                            const _errs19 = errors;
                            if (typeof data2.lang !== "string") {
                              validate5.errors = [{ instancePath: instancePath + "/meta/lang", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs19 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate5.errors = [{ instancePath: instancePath + "/meta", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid2 = _errs8 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.ext !== void 0) {
                  let data8 = data.ext;
                  const _errs21 = errors;
                  if (errors === _errs21) {
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    } else {
                      validate5.errors = [{ instancePath: instancePath + "/ext", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/ext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs21 === errors;
                } else {
                  var valid2 = true;
                }
              }
            }
          }
        } else {
          validate5.errors = [{ instancePath, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var valid0 = _errs0 === errors;
      if (valid0) {
        const _errs24 = errors;
        if (errors === _errs24) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (data.runtime_id === void 0 && (missing0 = "runtime_id") || data.runtime_kind === void 0 && (missing0 = "runtime_kind")) {
              validate5.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              if (data.runtime_id !== void 0) {
                const _errs26 = errors;
                if (typeof data.runtime_id !== "string") {
                  validate5.errors = [{ instancePath: instancePath + "/runtime_id", schemaPath: "#/allOf/1/properties/runtime_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid5 = _errs26 === errors;
              } else {
                var valid5 = true;
              }
              if (valid5) {
                if (data.runtime_kind !== void 0) {
                  let data10 = data.runtime_kind;
                  const _errs28 = errors;
                  if (typeof data10 !== "string") {
                    validate5.errors = [{ instancePath: instancePath + "/runtime_kind", schemaPath: "#/allOf/1/properties/runtime_kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  if (!(data10 === "serverless" || data10 === "container" || data10 === "local_process" || data10 === "browser" || data10 === "edge" || data10 === "other")) {
                    validate5.errors = [{ instancePath: instancePath + "/runtime_kind", schemaPath: "#/allOf/1/properties/runtime_kind/enum", keyword: "enum", params: { allowedValues: schema8.allOf[1].properties.runtime_kind.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid5 = _errs28 === errors;
                } else {
                  var valid5 = true;
                }
                if (valid5) {
                  if (data.language !== void 0) {
                    const _errs30 = errors;
                    if (typeof data.language !== "string") {
                      validate5.errors = [{ instancePath: instancePath + "/language", schemaPath: "#/allOf/1/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid5 = _errs30 === errors;
                  } else {
                    var valid5 = true;
                  }
                  if (valid5) {
                    if (data.runtime_version !== void 0) {
                      const _errs32 = errors;
                      if (typeof data.runtime_version !== "string") {
                        validate5.errors = [{ instancePath: instancePath + "/runtime_version", schemaPath: "#/allOf/1/properties/runtime_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid5 = _errs32 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data.env_profile_id !== void 0) {
                        const _errs34 = errors;
                        if (typeof data.env_profile_id !== "string") {
                          validate5.errors = [{ instancePath: instancePath + "/env_profile_id", schemaPath: "#/allOf/1/properties/env_profile_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid5 = _errs34 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data.binding_targets !== void 0) {
                          let data14 = data.binding_targets;
                          const _errs36 = errors;
                          if (errors === _errs36) {
                            if (Array.isArray(data14)) {
                              var valid6 = true;
                              const len1 = data14.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data15 = data14[i1];
                                const _errs38 = errors;
                                if (errors === _errs38) {
                                  if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                    let missing1;
                                    if (data15.target_kind === void 0 && (missing1 = "target_kind") || data15.target_id === void 0 && (missing1 = "target_id")) {
                                      validate5.errors = [{ instancePath: instancePath + "/binding_targets/" + i1, schemaPath: "#/allOf/1/properties/binding_targets/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                      return false;
                                    } else {
                                      if (data15.target_kind !== void 0) {
                                        let data16 = data15.target_kind;
                                        const _errs41 = errors;
                                        if (typeof data16 !== "string") {
                                          validate5.errors = [{ instancePath: instancePath + "/binding_targets/" + i1 + "/target_kind", schemaPath: "#/allOf/1/properties/binding_targets/items/properties/target_kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        if (!(data16 === "template" || data16 === "scenario" || data16 === "skill" || data16 === "connector_proxy" || data16 === "service" || data16 === "other")) {
                                          validate5.errors = [{ instancePath: instancePath + "/binding_targets/" + i1 + "/target_kind", schemaPath: "#/allOf/1/properties/binding_targets/items/properties/target_kind/enum", keyword: "enum", params: { allowedValues: schema8.allOf[1].properties.binding_targets.items.properties.target_kind.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid7 = _errs41 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                      if (valid7) {
                                        if (data15.target_id !== void 0) {
                                          const _errs43 = errors;
                                          if (typeof data15.target_id !== "string") {
                                            validate5.errors = [{ instancePath: instancePath + "/binding_targets/" + i1 + "/target_id", schemaPath: "#/allOf/1/properties/binding_targets/items/properties/target_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid7 = _errs43 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    validate5.errors = [{ instancePath: instancePath + "/binding_targets/" + i1, schemaPath: "#/allOf/1/properties/binding_targets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid6 = _errs38 === errors;
                                if (!valid6) {
                                  break;
                                }
                              }
                            } else {
                              validate5.errors = [{ instancePath: instancePath + "/binding_targets", schemaPath: "#/allOf/1/properties/binding_targets/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid5 = _errs36 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data.capabilities !== void 0) {
                            let data18 = data.capabilities;
                            const _errs45 = errors;
                            if (errors === _errs45) {
                              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                if (data18.network !== void 0) {
                                  const _errs48 = errors;
                                  if (typeof data18.network !== "string") {
                                    validate5.errors = [{ instancePath: instancePath + "/capabilities/network", schemaPath: "#/allOf/1/properties/capabilities/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid8 = _errs48 === errors;
                                } else {
                                  var valid8 = true;
                                }
                                if (valid8) {
                                  if (data18.storage !== void 0) {
                                    const _errs50 = errors;
                                    if (typeof data18.storage !== "string") {
                                      validate5.errors = [{ instancePath: instancePath + "/capabilities/storage", schemaPath: "#/allOf/1/properties/capabilities/properties/storage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid8 = _errs50 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                  if (valid8) {
                                    if (data18.secrets !== void 0) {
                                      const _errs52 = errors;
                                      if (typeof data18.secrets !== "string") {
                                        validate5.errors = [{ instancePath: instancePath + "/capabilities/secrets", schemaPath: "#/allOf/1/properties/capabilities/properties/secrets/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid8 = _errs52 === errors;
                                    } else {
                                      var valid8 = true;
                                    }
                                    if (valid8) {
                                      if (data18.queues !== void 0) {
                                        const _errs54 = errors;
                                        if (typeof data18.queues !== "string") {
                                          validate5.errors = [{ instancePath: instancePath + "/capabilities/queues", schemaPath: "#/allOf/1/properties/capabilities/properties/queues/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid8 = _errs54 === errors;
                                      } else {
                                        var valid8 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate5.errors = [{ instancePath: instancePath + "/capabilities", schemaPath: "#/allOf/1/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid5 = _errs45 === errors;
                          } else {
                            var valid5 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else {
            validate5.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs24 === errors;
      }
      validate5.errors = vErrors;
      return errors === 0;
    }
    validate5.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["ds.security_event_episode_core_v1"] = validate6;
    var schema10 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova.dev/schemas/ds.security_event_episode_core_v1.schema.json", "title": "ds.security_event_episode_core_v1", "description": "Episode recording a security-relevant event together with the policy it touched, its severity, and the actions recommended and taken.", "$comment": "Kept as in the official release: both allOf branches are closed and neither lists the other's fields, so no document can satisfy this schema (the second branch requires episode_id but does not declare it, and the episode branch rejects security_event_type).", "allOf": [{ "$ref": "https://mova.dev/schemas/ds.mova_episode_core_v1.schema.json" }, { "type": "object", "properties": { "episode_type": { "description": "Episode type, which must be security_event or security_event/<subtype>, the subtype normally being a security_event_type id from global.security_catalog_v1.", "type": "string", "pattern": "^security_event(/.+)?$" }, "security_event_type": { "description": "Specific kind of event, taken from global.security_catalog_v1 security_event_type ids or written as a namespaced custom id such as vendorX:custom_event.", "type": "string", "minLength": 1 }, "security_event_category": { "description": "Broad category used to group security events, chosen from the fixed list.", "type": "string", "enum": ["auth", "authorization", "policy_violation", "instruction_misuse", "data_access", "rate_limit", "config", "infrastructure", "other"] }, "severity": { "description": "Security impact of the event.", "type": "string", "enum": ["info", "low", "medium", "high", "critical"] }, "policy_profile_id": { "description": "Id of the security policy profile in force, taken from global.security_catalog_v1 security_policy_profile.", "type": "string" }, "policy_ref": { "description": "Pointer to the exact policy document and rule that fired; extra fields are allowed.", "type": "object", "properties": { "policy_document_id": { "description": "Id or URL of the policy document.", "type": "string" }, "rule_id": { "description": "Id of the rule or clause within that document.", "type": "string" }, "policy_version": { "description": "Version of the policy document that was evaluated.", "type": "string" } }, "additionalProperties": true }, "security_model_version": { "description": "MOVA security model version used to produce the episode, which should equal the security_model_version of the referenced profile in global.security_catalog_v1.", "type": "string" }, "detection_source": { "description": "Mechanism that raised the event, chosen from the fixed list.", "type": "string", "enum": ["human_review", "rule_engine", "runtime_guard", "external_system", "other"] }, "detection_confidence": { "description": "Confidence that the detection is correct, as a number from 0 to 1 inclusive.", "type": "number", "minimum": 0, "maximum": 1 }, "recommended_actions": { "description": "Responses suggested for this event.", "type": "array", "items": { "description": "One suggested response; extra fields are allowed.", "type": "object", "properties": { "action_type": { "description": "Kind of response, taken from global.security_catalog_v1 security_action_type ids (log, alert, block, fallback).", "type": "string" }, "reason": { "description": "Short plain-language justification for the suggestion.", "type": "string" }, "priority": { "description": "Urgency of the suggestion.", "type": "string", "enum": ["low", "medium", "high"] } }, "required": ["action_type"], "additionalProperties": true } }, "actions_taken": { "description": "Responses that were actually carried out for this event.", "type": "array", "items": { "description": "One executed response; extra fields are allowed.", "type": "object", "properties": { "action_type": { "description": "Kind of response, taken from global.security_catalog_v1 security_action_type ids.", "type": "string" }, "taken_at": { "description": "RFC 3339 date-time at which the response was carried out.", "type": "string", "format": "date-time" }, "actor": { "description": "Id of whoever carried out the response: a service, user or tool.", "type": "string" }, "status": { "description": "Outcome of the response.", "type": "string", "enum": ["completed", "failed", "skipped"] }, "details": { "description": "Plain-language notes about how the response went.", "type": "string" } }, "required": ["action_type"], "additionalProperties": true } } }, "required": ["episode_id", "episode_type", "mova_version", "recorded_at", "executor", "result_status", "result_summary", "security_event_type", "security_event_category", "severity", "security_model_version"], "additionalProperties": false }] };
    var func2 = require_ucs2length().default;
    var pattern0 = new RegExp("^security_event(/.+)?$", "u");
    function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate6.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs1 = errors;
      if (!validate3(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      }
      var valid0 = _errs1 === errors;
      if (valid0) {
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (data.episode_id === void 0 && (missing0 = "episode_id") || data.episode_type === void 0 && (missing0 = "episode_type") || data.mova_version === void 0 && (missing0 = "mova_version") || data.recorded_at === void 0 && (missing0 = "recorded_at") || data.executor === void 0 && (missing0 = "executor") || data.result_status === void 0 && (missing0 = "result_status") || data.result_summary === void 0 && (missing0 = "result_summary") || data.security_event_type === void 0 && (missing0 = "security_event_type") || data.security_event_category === void 0 && (missing0 = "security_event_category") || data.severity === void 0 && (missing0 = "severity") || data.security_model_version === void 0 && (missing0 = "security_model_version")) {
              validate6.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              const _errs4 = errors;
              for (const key0 in data) {
                if (!func0.call(schema10.allOf[1].properties, key0)) {
                  validate6.errors = [{ instancePath, schemaPath: "#/allOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                  return false;
                  break;
                }
              }
              if (_errs4 === errors) {
                if (data.episode_type !== void 0) {
                  let data0 = data.episode_type;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (typeof data0 === "string") {
                      if (!pattern0.test(data0)) {
                        validate6.errors = [{ instancePath: instancePath + "/episode_type", schemaPath: "#/allOf/1/properties/episode_type/pattern", keyword: "pattern", params: { pattern: "^security_event(/.+)?$" }, message: 'must match pattern "^security_event(/.+)?$"' }];
                        return false;
                      }
                    } else {
                      validate6.errors = [{ instancePath: instancePath + "/episode_type", schemaPath: "#/allOf/1/properties/episode_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.security_event_type !== void 0) {
                    let data1 = data.security_event_type;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (typeof data1 === "string") {
                        if (func2(data1) < 1) {
                          validate6.errors = [{ instancePath: instancePath + "/security_event_type", schemaPath: "#/allOf/1/properties/security_event_type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate6.errors = [{ instancePath: instancePath + "/security_event_type", schemaPath: "#/allOf/1/properties/security_event_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.security_event_category !== void 0) {
                      let data2 = data.security_event_category;
                      const _errs9 = errors;
                      if (typeof data2 !== "string") {
                        validate6.errors = [{ instancePath: instancePath + "/security_event_category", schemaPath: "#/allOf/1/properties/security_event_category/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data2 === "auth" || data2 === "authorization" || data2 === "policy_violation" || data2 === "instruction_misuse" || data2 === "data_access" || data2 === "rate_limit" || data2 === "config" || data2 === "infrastructure" || data2 === "other")) {
                        validate6.errors = [{ instancePath: instancePath + "/security_event_category", schemaPath: "#/allOf/1/properties/security_event_category/enum", keyword: "enum", params: { allowedValues: schema10.allOf[1].properties.security_event_category.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid1 = _errs9 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.severity !== void 0) {
                        let data3 = data.severity;
                        const _errs11 = errors;
                        if (typeof data3 !== "string") {
                          validate6.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/allOf/1/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data3 === "info" || data3 === "low" || data3 === "medium" || data3 === "high" || data3 === "critical")) {
                          validate6.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/allOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema10.allOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid1 = _errs11 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data.policy_profile_id !== void 0) {
                          const _errs13 = errors;
                          if (typeof data.policy_profile_id !== "string") {
                            validate6.errors = [{ instancePath: instancePath + "/policy_profile_id", schemaPath: "#/allOf/1/properties/policy_profile_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs13 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data.policy_ref !== void 0) {
                            let data5 = data.policy_ref;
                            const _errs15 = errors;
                            if (errors === _errs15) {
                              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                                if (data5.policy_document_id !== void 0) {
                                  const _errs18 = errors;
                                  if (typeof data5.policy_document_id !== "string") {
                                    validate6.errors = [{ instancePath: instancePath + "/policy_ref/policy_document_id", schemaPath: "#/allOf/1/properties/policy_ref/properties/policy_document_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs18 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data5.rule_id !== void 0) {
                                    const _errs20 = errors;
                                    if (typeof data5.rule_id !== "string") {
                                      validate6.errors = [{ instancePath: instancePath + "/policy_ref/rule_id", schemaPath: "#/allOf/1/properties/policy_ref/properties/rule_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs20 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data5.policy_version !== void 0) {
                                      const _errs22 = errors;
                                      if (typeof data5.policy_version !== "string") {
                                        validate6.errors = [{ instancePath: instancePath + "/policy_ref/policy_version", schemaPath: "#/allOf/1/properties/policy_ref/properties/policy_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs22 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                  }
                                }
                              } else {
                                validate6.errors = [{ instancePath: instancePath + "/policy_ref", schemaPath: "#/allOf/1/properties/policy_ref/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid1 = _errs15 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data.security_model_version !== void 0) {
                              const _errs24 = errors;
                              if (typeof data.security_model_version !== "string") {
                                validate6.errors = [{ instancePath: instancePath + "/security_model_version", schemaPath: "#/allOf/1/properties/security_model_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs24 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data.detection_source !== void 0) {
                                let data10 = data.detection_source;
                                const _errs26 = errors;
                                if (typeof data10 !== "string") {
                                  validate6.errors = [{ instancePath: instancePath + "/detection_source", schemaPath: "#/allOf/1/properties/detection_source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                if (!(data10 === "human_review" || data10 === "rule_engine" || data10 === "runtime_guard" || data10 === "external_system" || data10 === "other")) {
                                  validate6.errors = [{ instancePath: instancePath + "/detection_source", schemaPath: "#/allOf/1/properties/detection_source/enum", keyword: "enum", params: { allowedValues: schema10.allOf[1].properties.detection_source.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid1 = _errs26 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data.detection_confidence !== void 0) {
                                  let data11 = data.detection_confidence;
                                  const _errs28 = errors;
                                  if (errors === _errs28) {
                                    if (typeof data11 == "number") {
                                      if (data11 > 1 || isNaN(data11)) {
                                        validate6.errors = [{ instancePath: instancePath + "/detection_confidence", schemaPath: "#/allOf/1/properties/detection_confidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                        return false;
                                      } else {
                                        if (data11 < 0 || isNaN(data11)) {
                                          validate6.errors = [{ instancePath: instancePath + "/detection_confidence", schemaPath: "#/allOf/1/properties/detection_confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate6.errors = [{ instancePath: instancePath + "/detection_confidence", schemaPath: "#/allOf/1/properties/detection_confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                  }
                                  var valid1 = _errs28 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data.recommended_actions !== void 0) {
                                    let data12 = data.recommended_actions;
                                    const _errs30 = errors;
                                    if (errors === _errs30) {
                                      if (Array.isArray(data12)) {
                                        var valid3 = true;
                                        const len0 = data12.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                          let data13 = data12[i0];
                                          const _errs32 = errors;
                                          if (errors === _errs32) {
                                            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                              let missing1;
                                              if (data13.action_type === void 0 && (missing1 = "action_type")) {
                                                validate6.errors = [{ instancePath: instancePath + "/recommended_actions/" + i0, schemaPath: "#/allOf/1/properties/recommended_actions/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                return false;
                                              } else {
                                                if (data13.action_type !== void 0) {
                                                  const _errs35 = errors;
                                                  if (typeof data13.action_type !== "string") {
                                                    validate6.errors = [{ instancePath: instancePath + "/recommended_actions/" + i0 + "/action_type", schemaPath: "#/allOf/1/properties/recommended_actions/items/properties/action_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid4 = _errs35 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data13.reason !== void 0) {
                                                    const _errs37 = errors;
                                                    if (typeof data13.reason !== "string") {
                                                      validate6.errors = [{ instancePath: instancePath + "/recommended_actions/" + i0 + "/reason", schemaPath: "#/allOf/1/properties/recommended_actions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid4 = _errs37 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                  if (valid4) {
                                                    if (data13.priority !== void 0) {
                                                      let data16 = data13.priority;
                                                      const _errs39 = errors;
                                                      if (typeof data16 !== "string") {
                                                        validate6.errors = [{ instancePath: instancePath + "/recommended_actions/" + i0 + "/priority", schemaPath: "#/allOf/1/properties/recommended_actions/items/properties/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      if (!(data16 === "low" || data16 === "medium" || data16 === "high")) {
                                                        validate6.errors = [{ instancePath: instancePath + "/recommended_actions/" + i0 + "/priority", schemaPath: "#/allOf/1/properties/recommended_actions/items/properties/priority/enum", keyword: "enum", params: { allowedValues: schema10.allOf[1].properties.recommended_actions.items.properties.priority.enum }, message: "must be equal to one of the allowed values" }];
                                                        return false;
                                                      }
                                                      var valid4 = _errs39 === errors;
                                                    } else {
                                                      var valid4 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate6.errors = [{ instancePath: instancePath + "/recommended_actions/" + i0, schemaPath: "#/allOf/1/properties/recommended_actions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs32 === errors;
                                          if (!valid3) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate6.errors = [{ instancePath: instancePath + "/recommended_actions", schemaPath: "#/allOf/1/properties/recommended_actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid1 = _errs30 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data.actions_taken !== void 0) {
                                      let data17 = data.actions_taken;
                                      const _errs41 = errors;
                                      if (errors === _errs41) {
                                        if (Array.isArray(data17)) {
                                          var valid5 = true;
                                          const len1 = data17.length;
                                          for (let i1 = 0; i1 < len1; i1++) {
                                            let data18 = data17[i1];
                                            const _errs43 = errors;
                                            if (errors === _errs43) {
                                              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                                let missing2;
                                                if (data18.action_type === void 0 && (missing2 = "action_type")) {
                                                  validate6.errors = [{ instancePath: instancePath + "/actions_taken/" + i1, schemaPath: "#/allOf/1/properties/actions_taken/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                  return false;
                                                } else {
                                                  if (data18.action_type !== void 0) {
                                                    const _errs46 = errors;
                                                    if (typeof data18.action_type !== "string") {
                                                      validate6.errors = [{ instancePath: instancePath + "/actions_taken/" + i1 + "/action_type", schemaPath: "#/allOf/1/properties/actions_taken/items/properties/action_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid6 = _errs46 === errors;
                                                  } else {
                                                    var valid6 = true;
                                                  }
                                                  if (valid6) {
                                                    if (data18.taken_at !== void 0) {
                                                      let data20 = data18.taken_at;
                                                      const _errs48 = errors;
                                                      if (errors === _errs48) {
                                                        if (errors === _errs48) {
                                                          if (typeof data20 === "string") {
                                                            if (!formats0.validate(data20)) {
                                                              validate6.errors = [{ instancePath: instancePath + "/actions_taken/" + i1 + "/taken_at", schemaPath: "#/allOf/1/properties/actions_taken/items/properties/taken_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate6.errors = [{ instancePath: instancePath + "/actions_taken/" + i1 + "/taken_at", schemaPath: "#/allOf/1/properties/actions_taken/items/properties/taken_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid6 = _errs48 === errors;
                                                    } else {
                                                      var valid6 = true;
                                                    }
                                                    if (valid6) {
                                                      if (data18.actor !== void 0) {
                                                        const _errs50 = errors;
                                                        if (typeof data18.actor !== "string") {
                                                          validate6.errors = [{ instancePath: instancePath + "/actions_taken/" + i1 + "/actor", schemaPath: "#/allOf/1/properties/actions_taken/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid6 = _errs50 === errors;
                                                      } else {
                                                        var valid6 = true;
                                                      }
                                                      if (valid6) {
                                                        if (data18.status !== void 0) {
                                                          let data22 = data18.status;
                                                          const _errs52 = errors;
                                                          if (typeof data22 !== "string") {
                                                            validate6.errors = [{ instancePath: instancePath + "/actions_taken/" + i1 + "/status", schemaPath: "#/allOf/1/properties/actions_taken/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          if (!(data22 === "completed" || data22 === "failed" || data22 === "skipped")) {
                                                            validate6.errors = [{ instancePath: instancePath + "/actions_taken/" + i1 + "/status", schemaPath: "#/allOf/1/properties/actions_taken/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema10.allOf[1].properties.actions_taken.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                            return false;
                                                          }
                                                          var valid6 = _errs52 === errors;
                                                        } else {
                                                          var valid6 = true;
                                                        }
                                                        if (valid6) {
                                                          if (data18.details !== void 0) {
                                                            const _errs54 = errors;
                                                            if (typeof data18.details !== "string") {
                                                              validate6.errors = [{ instancePath: instancePath + "/actions_taken/" + i1 + "/details", schemaPath: "#/allOf/1/properties/actions_taken/items/properties/details/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid6 = _errs54 === errors;
                                                          } else {
                                                            var valid6 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate6.errors = [{ instancePath: instancePath + "/actions_taken/" + i1, schemaPath: "#/allOf/1/properties/actions_taken/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid5 = _errs43 === errors;
                                            if (!valid5) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate6.errors = [{ instancePath: instancePath + "/actions_taken", schemaPath: "#/allOf/1/properties/actions_taken/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid1 = _errs41 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else {
            validate6.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
      }
      validate6.errors = vErrors;
      return errors === 0;
    }
    validate6.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["ds.ui_text_bundle_core_v1"] = validate8;
    var schema11 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova.dev/schemas/ds.ui_text_bundle_core_v1.schema.json", "title": "ds.ui_text_bundle_core_v1", "description": "Text attached to one UI element, kept in separate slots for the human reader, the model and the logs so that the channels never mix.", "$comment": "Channel ids come from global.text_channel_catalog_v1 (human_ui, model_instruction, system_log; the deprecated mixed_legacy has no slot); the second allOf branch is closed, so base fields such as schema_id and meta are rejected.", "allOf": [{ "$ref": "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json" }, { "type": "object", "properties": { "bundle_id": { "description": "Id of the bundle, unique within its template or application.", "type": "string" }, "context_id": { "description": "Id of the place the bundle belongs to, such as an envelope id, step id or screen id.", "type": "string" }, "role": { "description": "Purpose of the text in the user flow, chosen from the fixed list.", "type": "string", "enum": ["question", "explanation", "hint", "error_message", "success_message", "section_title", "other"] }, "human_text": { "description": "Closed slot for the text displayed to the user.", "type": "object", "properties": { "channel": { "description": "Text channel id from global.text_channel_catalog_v1, fixed to human_ui.", "type": "string", "const": "human_ui" }, "lang": { "description": "IETF language tag of the text, such as en, uk or de.", "type": "string" }, "text": { "description": "The words shown to the user, which must not contain instructions aimed at a language model.", "type": "string" } }, "required": ["channel", "text"], "additionalProperties": false }, "model_text": { "description": "Closed slot for guidance given only to the model and never displayed to the user.", "type": "object", "properties": { "channel": { "description": "Text channel id from global.text_channel_catalog_v1, fixed to model_instruction.", "type": "string", "const": "model_instruction" }, "lang": { "description": "IETF language tag of the text, if relevant.", "type": "string" }, "text": { "description": "Guidance telling the model how to interpret this UI element and its data.", "type": "string" } }, "required": ["channel", "text"], "additionalProperties": false }, "log_text": { "description": "Closed slot for diagnostic text that is neither displayed to users nor used as a prompt.", "type": "object", "properties": { "channel": { "description": "Text channel id from global.text_channel_catalog_v1, fixed to system_log.", "type": "string", "const": "system_log" }, "lang": { "description": "IETF language tag of the text, if relevant.", "type": "string" }, "text": { "description": "Technical diagnostic message tied to this UI context.", "type": "string" } }, "required": ["channel", "text"], "additionalProperties": false } }, "required": ["bundle_id", "role", "human_text"], "additionalProperties": false }] };
    function validate8(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate8.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs1 = errors;
      const _errs2 = errors;
      if (errors === _errs2) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.schema_id !== void 0) {
            const _errs5 = errors;
            if (typeof data.schema_id !== "string") {
              validate8.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs5 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.schema_version !== void 0) {
              const _errs7 = errors;
              if (typeof data.schema_version !== "string") {
                validate8.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/schema_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs7 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.meta !== void 0) {
                let data2 = data.meta;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.title !== void 0) {
                      const _errs12 = errors;
                      if (typeof data2.title !== "string") {
                        validate8.errors = [{ instancePath: instancePath + "/meta/title", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs12 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data2.description !== void 0) {
                        const _errs14 = errors;
                        if (typeof data2.description !== "string") {
                          validate8.errors = [{ instancePath: instancePath + "/meta/description", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs14 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data2.tags !== void 0) {
                          let data5 = data2.tags;
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (Array.isArray(data5)) {
                              var valid4 = true;
                              const len0 = data5.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs18 = errors;
                                if (typeof data5[i0] !== "string") {
                                  validate8.errors = [{ instancePath: instancePath + "/meta/tags/" + i0, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid4 = _errs18 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate8.errors = [{ instancePath: instancePath + "/meta/tags", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid3 = _errs16 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.lang !== void 0) {
                            const _errs20 = errors;
                            if (typeof data2.lang !== "string") {
                              validate8.errors = [{ instancePath: instancePath + "/meta/lang", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs20 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate8.errors = [{ instancePath: instancePath + "/meta", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid2 = _errs9 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.ext !== void 0) {
                  let data8 = data.ext;
                  const _errs22 = errors;
                  if (errors === _errs22) {
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    } else {
                      validate8.errors = [{ instancePath: instancePath + "/ext", schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/properties/ext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs22 === errors;
                } else {
                  var valid2 = true;
                }
              }
            }
          }
        } else {
          validate8.errors = [{ instancePath, schemaPath: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var valid0 = _errs1 === errors;
      if (valid0) {
        const _errs25 = errors;
        if (errors === _errs25) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (data.bundle_id === void 0 && (missing0 = "bundle_id") || data.role === void 0 && (missing0 = "role") || data.human_text === void 0 && (missing0 = "human_text")) {
              validate8.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              const _errs27 = errors;
              for (const key0 in data) {
                if (!(key0 === "bundle_id" || key0 === "context_id" || key0 === "role" || key0 === "human_text" || key0 === "model_text" || key0 === "log_text")) {
                  validate8.errors = [{ instancePath, schemaPath: "#/allOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                  return false;
                  break;
                }
              }
              if (_errs27 === errors) {
                if (data.bundle_id !== void 0) {
                  const _errs28 = errors;
                  if (typeof data.bundle_id !== "string") {
                    validate8.errors = [{ instancePath: instancePath + "/bundle_id", schemaPath: "#/allOf/1/properties/bundle_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid5 = _errs28 === errors;
                } else {
                  var valid5 = true;
                }
                if (valid5) {
                  if (data.context_id !== void 0) {
                    const _errs30 = errors;
                    if (typeof data.context_id !== "string") {
                      validate8.errors = [{ instancePath: instancePath + "/context_id", schemaPath: "#/allOf/1/properties/context_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid5 = _errs30 === errors;
                  } else {
                    var valid5 = true;
                  }
                  if (valid5) {
                    if (data.role !== void 0) {
                      let data11 = data.role;
                      const _errs32 = errors;
                      if (typeof data11 !== "string") {
                        validate8.errors = [{ instancePath: instancePath + "/role", schemaPath: "#/allOf/1/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data11 === "question" || data11 === "explanation" || data11 === "hint" || data11 === "error_message" || data11 === "success_message" || data11 === "section_title" || data11 === "other")) {
                        validate8.errors = [{ instancePath: instancePath + "/role", schemaPath: "#/allOf/1/properties/role/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.role.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid5 = _errs32 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data.human_text !== void 0) {
                        let data12 = data.human_text;
                        const _errs34 = errors;
                        if (errors === _errs34) {
                          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                            let missing1;
                            if (data12.channel === void 0 && (missing1 = "channel") || data12.text === void 0 && (missing1 = "text")) {
                              validate8.errors = [{ instancePath: instancePath + "/human_text", schemaPath: "#/allOf/1/properties/human_text/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              const _errs36 = errors;
                              for (const key1 in data12) {
                                if (!(key1 === "channel" || key1 === "lang" || key1 === "text")) {
                                  validate8.errors = [{ instancePath: instancePath + "/human_text", schemaPath: "#/allOf/1/properties/human_text/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs36 === errors) {
                                if (data12.channel !== void 0) {
                                  let data13 = data12.channel;
                                  const _errs37 = errors;
                                  if (typeof data13 !== "string") {
                                    validate8.errors = [{ instancePath: instancePath + "/human_text/channel", schemaPath: "#/allOf/1/properties/human_text/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  if ("human_ui" !== data13) {
                                    validate8.errors = [{ instancePath: instancePath + "/human_text/channel", schemaPath: "#/allOf/1/properties/human_text/properties/channel/const", keyword: "const", params: { allowedValue: "human_ui" }, message: "must be equal to constant" }];
                                    return false;
                                  }
                                  var valid6 = _errs37 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data12.lang !== void 0) {
                                    const _errs39 = errors;
                                    if (typeof data12.lang !== "string") {
                                      validate8.errors = [{ instancePath: instancePath + "/human_text/lang", schemaPath: "#/allOf/1/properties/human_text/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid6 = _errs39 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data12.text !== void 0) {
                                      const _errs41 = errors;
                                      if (typeof data12.text !== "string") {
                                        validate8.errors = [{ instancePath: instancePath + "/human_text/text", schemaPath: "#/allOf/1/properties/human_text/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid6 = _errs41 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate8.errors = [{ instancePath: instancePath + "/human_text", schemaPath: "#/allOf/1/properties/human_text/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid5 = _errs34 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data.model_text !== void 0) {
                          let data16 = data.model_text;
                          const _errs43 = errors;
                          if (errors === _errs43) {
                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                              let missing2;
                              if (data16.channel === void 0 && (missing2 = "channel") || data16.text === void 0 && (missing2 = "text")) {
                                validate8.errors = [{ instancePath: instancePath + "/model_text", schemaPath: "#/allOf/1/properties/model_text/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                const _errs45 = errors;
                                for (const key2 in data16) {
                                  if (!(key2 === "channel" || key2 === "lang" || key2 === "text")) {
                                    validate8.errors = [{ instancePath: instancePath + "/model_text", schemaPath: "#/allOf/1/properties/model_text/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs45 === errors) {
                                  if (data16.channel !== void 0) {
                                    let data17 = data16.channel;
                                    const _errs46 = errors;
                                    if (typeof data17 !== "string") {
                                      validate8.errors = [{ instancePath: instancePath + "/model_text/channel", schemaPath: "#/allOf/1/properties/model_text/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    if ("model_instruction" !== data17) {
                                      validate8.errors = [{ instancePath: instancePath + "/model_text/channel", schemaPath: "#/allOf/1/properties/model_text/properties/channel/const", keyword: "const", params: { allowedValue: "model_instruction" }, message: "must be equal to constant" }];
                                      return false;
                                    }
                                    var valid7 = _errs46 === errors;
                                  } else {
                                    var valid7 = true;
                                  }
                                  if (valid7) {
                                    if (data16.lang !== void 0) {
                                      const _errs48 = errors;
                                      if (typeof data16.lang !== "string") {
                                        validate8.errors = [{ instancePath: instancePath + "/model_text/lang", schemaPath: "#/allOf/1/properties/model_text/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid7 = _errs48 === errors;
                                    } else {
                                      var valid7 = true;
                                    }
                                    if (valid7) {
                                      if (data16.text !== void 0) {
                                        const _errs50 = errors;
                                        if (typeof data16.text !== "string") {
                                          validate8.errors = [{ instancePath: instancePath + "/model_text/text", schemaPath: "#/allOf/1/properties/model_text/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid7 = _errs50 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate8.errors = [{ instancePath: instancePath + "/model_text", schemaPath: "#/allOf/1/properties/model_text/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid5 = _errs43 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data.log_text !== void 0) {
                            let data20 = data.log_text;
                            const _errs52 = errors;
                            if (errors === _errs52) {
                              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                let missing3;
                                if (data20.channel === void 0 && (missing3 = "channel") || data20.text === void 0 && (missing3 = "text")) {
                                  validate8.errors = [{ instancePath: instancePath + "/log_text", schemaPath: "#/allOf/1/properties/log_text/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                  return false;
                                } else {
                                  const _errs54 = errors;
                                  for (const key3 in data20) {
                                    if (!(key3 === "channel" || key3 === "lang" || key3 === "text")) {
                                      validate8.errors = [{ instancePath: instancePath + "/log_text", schemaPath: "#/allOf/1/properties/log_text/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs54 === errors) {
                                    if (data20.channel !== void 0) {
                                      let data21 = data20.channel;
                                      const _errs55 = errors;
                                      if (typeof data21 !== "string") {
                                        validate8.errors = [{ instancePath: instancePath + "/log_text/channel", schemaPath: "#/allOf/1/properties/log_text/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      if ("system_log" !== data21) {
                                        validate8.errors = [{ instancePath: instancePath + "/log_text/channel", schemaPath: "#/allOf/1/properties/log_text/properties/channel/const", keyword: "const", params: { allowedValue: "system_log" }, message: "must be equal to constant" }];
                                        return false;
                                      }
                                      var valid8 = _errs55 === errors;
                                    } else {
                                      var valid8 = true;
                                    }
                                    if (valid8) {
                                      if (data20.lang !== void 0) {
                                        const _errs57 = errors;
                                        if (typeof data20.lang !== "string") {
                                          validate8.errors = [{ instancePath: instancePath + "/log_text/lang", schemaPath: "#/allOf/1/properties/log_text/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid8 = _errs57 === errors;
                                      } else {
                                        var valid8 = true;
                                      }
                                      if (valid8) {
                                        if (data20.text !== void 0) {
                                          const _errs59 = errors;
                                          if (typeof data20.text !== "string") {
                                            validate8.errors = [{ instancePath: instancePath + "/log_text/text", schemaPath: "#/allOf/1/properties/log_text/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid8 = _errs59 === errors;
                                        } else {
                                          var valid8 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate8.errors = [{ instancePath: instancePath + "/log_text", schemaPath: "#/allOf/1/properties/log_text/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid5 = _errs52 === errors;
                          } else {
                            var valid5 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else {
            validate8.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs25 === errors;
      }
      validate8.errors = vErrors;
      return errors === 0;
    }
    validate8.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["env.instruction_profile_publish_v1"] = validate9;
    function validate9(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate9.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.envelope_id === void 0 && (missing0 = "envelope_id") || data.verb === void 0 && (missing0 = "verb") || data.roles === void 0 && (missing0 = "roles") || data.profile === void 0 && (missing0 = "profile")) {
            validate9.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!(key0 === "envelope_id" || key0 === "verb" || key0 === "roles" || key0 === "profile" || key0 === "meta")) {
                validate9.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.envelope_id !== void 0) {
                let data0 = data.envelope_id;
                const _errs2 = errors;
                if (typeof data0 !== "string") {
                  validate9.errors = [{ instancePath: instancePath + "/envelope_id", schemaPath: "#/properties/envelope_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                if ("env.instruction_profile_publish_v1" !== data0) {
                  validate9.errors = [{ instancePath: instancePath + "/envelope_id", schemaPath: "#/properties/envelope_id/const", keyword: "const", params: { allowedValue: "env.instruction_profile_publish_v1" }, message: "must be equal to constant" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.verb !== void 0) {
                  let data1 = data.verb;
                  const _errs4 = errors;
                  if (typeof data1 !== "string") {
                    validate9.errors = [{ instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  if ("publish" !== data1) {
                    validate9.errors = [{ instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/const", keyword: "const", params: { allowedValue: "publish" }, message: "must be equal to constant" }];
                    return false;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.roles !== void 0) {
                    let data2 = data.roles;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing1;
                        if (data2.publisher === void 0 && (missing1 = "publisher") || data2.executor === void 0 && (missing1 = "executor")) {
                          validate9.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          const _errs8 = errors;
                          for (const key1 in data2) {
                            if (!(key1 === "publisher" || key1 === "executor")) {
                              validate9.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs8 === errors) {
                            if (data2.publisher !== void 0) {
                              const _errs9 = errors;
                              if (typeof data2.publisher !== "string") {
                                validate9.errors = [{ instancePath: instancePath + "/roles/publisher", schemaPath: "#/properties/roles/properties/publisher/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs9 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data2.executor !== void 0) {
                                const _errs11 = errors;
                                if (typeof data2.executor !== "string") {
                                  validate9.errors = [{ instancePath: instancePath + "/roles/executor", schemaPath: "#/properties/roles/properties/executor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid1 = _errs11 === errors;
                              } else {
                                var valid1 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate9.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.profile !== void 0) {
                      const _errs13 = errors;
                      if (!validate1(data.profile, { instancePath: instancePath + "/profile", parentData: data, parentDataProperty: "profile", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.meta !== void 0) {
                        let data6 = data.meta;
                        const _errs14 = errors;
                        if (errors === _errs14) {
                          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          } else {
                            validate9.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate9.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate9.errors = vErrors;
      return errors === 0;
    }
    validate9.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["env.mova4_core_catalog_publish_v1"] = validate11;
    function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate11.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.envelope_id === void 0 && (missing0 = "envelope_id") || data.verb === void 0 && (missing0 = "verb") || data.roles === void 0 && (missing0 = "roles") || data.catalog === void 0 && (missing0 = "catalog")) {
            validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!(key0 === "envelope_id" || key0 === "verb" || key0 === "roles" || key0 === "catalog" || key0 === "meta")) {
                validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.envelope_id !== void 0) {
                let data0 = data.envelope_id;
                const _errs2 = errors;
                if (typeof data0 !== "string") {
                  validate11.errors = [{ instancePath: instancePath + "/envelope_id", schemaPath: "#/properties/envelope_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                if ("env.mova4_core_catalog_publish_v1" !== data0) {
                  validate11.errors = [{ instancePath: instancePath + "/envelope_id", schemaPath: "#/properties/envelope_id/const", keyword: "const", params: { allowedValue: "env.mova4_core_catalog_publish_v1" }, message: "must be equal to constant" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.verb !== void 0) {
                  let data1 = data.verb;
                  const _errs4 = errors;
                  if (typeof data1 !== "string") {
                    validate11.errors = [{ instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  if ("publish" !== data1) {
                    validate11.errors = [{ instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/const", keyword: "const", params: { allowedValue: "publish" }, message: "must be equal to constant" }];
                    return false;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.roles !== void 0) {
                    let data2 = data.roles;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing1;
                        if (data2.publisher === void 0 && (missing1 = "publisher") || data2.registry === void 0 && (missing1 = "registry")) {
                          validate11.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          const _errs8 = errors;
                          for (const key1 in data2) {
                            if (!(key1 === "publisher" || key1 === "registry")) {
                              validate11.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs8 === errors) {
                            if (data2.publisher !== void 0) {
                              const _errs9 = errors;
                              if (typeof data2.publisher !== "string") {
                                validate11.errors = [{ instancePath: instancePath + "/roles/publisher", schemaPath: "#/properties/roles/properties/publisher/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs9 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data2.registry !== void 0) {
                                const _errs11 = errors;
                                if (typeof data2.registry !== "string") {
                                  validate11.errors = [{ instancePath: instancePath + "/roles/registry", schemaPath: "#/properties/roles/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid1 = _errs11 === errors;
                              } else {
                                var valid1 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate11.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.catalog !== void 0) {
                      let data5 = data.catalog;
                      const _errs13 = errors;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                          let missing2;
                          if (data5.version === void 0 && (missing2 = "version")) {
                            validate11.errors = [{ instancePath: instancePath + "/catalog", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                            return false;
                          } else {
                            const _errs17 = errors;
                            for (const key2 in data5) {
                              if (!(key2 === "version" || key2 === "data_types" || key2 === "verbs" || key2 === "envelopes" || key2 === "episode_types")) {
                                validate11.errors = [{ instancePath: instancePath + "/catalog", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs17 === errors) {
                              if (data5.version !== void 0) {
                                const _errs18 = errors;
                                if (typeof data5.version !== "string") {
                                  validate11.errors = [{ instancePath: instancePath + "/catalog/version", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs18 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data5.data_types !== void 0) {
                                  let data7 = data5.data_types;
                                  const _errs20 = errors;
                                  if (errors === _errs20) {
                                    if (Array.isArray(data7)) {
                                      var valid4 = true;
                                      const len0 = data7.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        let data8 = data7[i0];
                                        const _errs22 = errors;
                                        if (errors === _errs22) {
                                          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                            let missing3;
                                            if (data8.id === void 0 && (missing3 = "id") || data8.schema_ref === void 0 && (missing3 = "schema_ref")) {
                                              validate11.errors = [{ instancePath: instancePath + "/catalog/data_types/" + i0, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/data_types/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                              return false;
                                            } else {
                                              if (data8.id !== void 0) {
                                                const _errs25 = errors;
                                                if (typeof data8.id !== "string") {
                                                  validate11.errors = [{ instancePath: instancePath + "/catalog/data_types/" + i0 + "/id", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/data_types/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid5 = _errs25 === errors;
                                              } else {
                                                var valid5 = true;
                                              }
                                              if (valid5) {
                                                if (data8.title !== void 0) {
                                                  const _errs27 = errors;
                                                  if (typeof data8.title !== "string") {
                                                    validate11.errors = [{ instancePath: instancePath + "/catalog/data_types/" + i0 + "/title", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/data_types/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid5 = _errs27 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (data8.description !== void 0) {
                                                    const _errs29 = errors;
                                                    if (typeof data8.description !== "string") {
                                                      validate11.errors = [{ instancePath: instancePath + "/catalog/data_types/" + i0 + "/description", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/data_types/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid5 = _errs29 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data8.schema_ref !== void 0) {
                                                      const _errs31 = errors;
                                                      if (typeof data8.schema_ref !== "string") {
                                                        validate11.errors = [{ instancePath: instancePath + "/catalog/data_types/" + i0 + "/schema_ref", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/data_types/items/properties/schema_ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid5 = _errs31 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate11.errors = [{ instancePath: instancePath + "/catalog/data_types/" + i0, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/data_types/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs22 === errors;
                                        if (!valid4) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate11.errors = [{ instancePath: instancePath + "/catalog/data_types", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/data_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs20 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data5.verbs !== void 0) {
                                    let data13 = data5.verbs;
                                    const _errs33 = errors;
                                    if (errors === _errs33) {
                                      if (Array.isArray(data13)) {
                                        var valid6 = true;
                                        const len1 = data13.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data14 = data13[i1];
                                          const _errs35 = errors;
                                          if (errors === _errs35) {
                                            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                              let missing4;
                                              if (data14.id === void 0 && (missing4 = "id")) {
                                                validate11.errors = [{ instancePath: instancePath + "/catalog/verbs/" + i1, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/verbs/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                return false;
                                              } else {
                                                const _errs37 = errors;
                                                for (const key3 in data14) {
                                                  if (!(key3 === "id" || key3 === "description")) {
                                                    validate11.errors = [{ instancePath: instancePath + "/catalog/verbs/" + i1, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/verbs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                    return false;
                                                    break;
                                                  }
                                                }
                                                if (_errs37 === errors) {
                                                  if (data14.id !== void 0) {
                                                    const _errs38 = errors;
                                                    if (typeof data14.id !== "string") {
                                                      validate11.errors = [{ instancePath: instancePath + "/catalog/verbs/" + i1 + "/id", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/verbs/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid7 = _errs38 === errors;
                                                  } else {
                                                    var valid7 = true;
                                                  }
                                                  if (valid7) {
                                                    if (data14.description !== void 0) {
                                                      const _errs40 = errors;
                                                      if (typeof data14.description !== "string") {
                                                        validate11.errors = [{ instancePath: instancePath + "/catalog/verbs/" + i1 + "/description", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/verbs/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid7 = _errs40 === errors;
                                                    } else {
                                                      var valid7 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate11.errors = [{ instancePath: instancePath + "/catalog/verbs/" + i1, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/verbs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid6 = _errs35 === errors;
                                          if (!valid6) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate11.errors = [{ instancePath: instancePath + "/catalog/verbs", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/verbs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs33 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data5.envelopes !== void 0) {
                                      let data17 = data5.envelopes;
                                      const _errs42 = errors;
                                      if (errors === _errs42) {
                                        if (Array.isArray(data17)) {
                                          var valid8 = true;
                                          const len2 = data17.length;
                                          for (let i2 = 0; i2 < len2; i2++) {
                                            let data18 = data17[i2];
                                            const _errs44 = errors;
                                            if (errors === _errs44) {
                                              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                                let missing5;
                                                if (data18.id === void 0 && (missing5 = "id") || data18.verb === void 0 && (missing5 = "verb")) {
                                                  validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes/" + i2, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                  return false;
                                                } else {
                                                  if (data18.id !== void 0) {
                                                    const _errs47 = errors;
                                                    if (typeof data18.id !== "string") {
                                                      validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes/" + i2 + "/id", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid9 = _errs47 === errors;
                                                  } else {
                                                    var valid9 = true;
                                                  }
                                                  if (valid9) {
                                                    if (data18.verb !== void 0) {
                                                      const _errs49 = errors;
                                                      if (typeof data18.verb !== "string") {
                                                        validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes/" + i2 + "/verb", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/items/properties/verb/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid9 = _errs49 === errors;
                                                    } else {
                                                      var valid9 = true;
                                                    }
                                                    if (valid9) {
                                                      if (data18.description !== void 0) {
                                                        const _errs51 = errors;
                                                        if (typeof data18.description !== "string") {
                                                          validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes/" + i2 + "/description", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid9 = _errs51 === errors;
                                                      } else {
                                                        var valid9 = true;
                                                      }
                                                      if (valid9) {
                                                        if (data18.input_types !== void 0) {
                                                          let data22 = data18.input_types;
                                                          const _errs53 = errors;
                                                          if (errors === _errs53) {
                                                            if (Array.isArray(data22)) {
                                                              var valid10 = true;
                                                              const len3 = data22.length;
                                                              for (let i3 = 0; i3 < len3; i3++) {
                                                                const _errs55 = errors;
                                                                if (typeof data22[i3] !== "string") {
                                                                  validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes/" + i2 + "/input_types/" + i3, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/items/properties/input_types/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid10 = _errs55 === errors;
                                                                if (!valid10) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes/" + i2 + "/input_types", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/items/properties/input_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid9 = _errs53 === errors;
                                                        } else {
                                                          var valid9 = true;
                                                        }
                                                        if (valid9) {
                                                          if (data18.output_types !== void 0) {
                                                            let data24 = data18.output_types;
                                                            const _errs57 = errors;
                                                            if (errors === _errs57) {
                                                              if (Array.isArray(data24)) {
                                                                var valid11 = true;
                                                                const len4 = data24.length;
                                                                for (let i4 = 0; i4 < len4; i4++) {
                                                                  const _errs59 = errors;
                                                                  if (typeof data24[i4] !== "string") {
                                                                    validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes/" + i2 + "/output_types/" + i4, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/items/properties/output_types/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid11 = _errs59 === errors;
                                                                  if (!valid11) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes/" + i2 + "/output_types", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/items/properties/output_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid9 = _errs57 === errors;
                                                          } else {
                                                            var valid9 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes/" + i2, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid8 = _errs44 === errors;
                                            if (!valid8) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate11.errors = [{ instancePath: instancePath + "/catalog/envelopes", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/envelopes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs42 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data5.episode_types !== void 0) {
                                        let data26 = data5.episode_types;
                                        const _errs61 = errors;
                                        if (errors === _errs61) {
                                          if (Array.isArray(data26)) {
                                            var valid12 = true;
                                            const len5 = data26.length;
                                            for (let i5 = 0; i5 < len5; i5++) {
                                              let data27 = data26[i5];
                                              const _errs63 = errors;
                                              if (errors === _errs63) {
                                                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                                  let missing6;
                                                  if (data27.id === void 0 && (missing6 = "id") || data27.schema_ref === void 0 && (missing6 = "schema_ref")) {
                                                    validate11.errors = [{ instancePath: instancePath + "/catalog/episode_types/" + i5, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/episode_types/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                    return false;
                                                  } else {
                                                    if (data27.id !== void 0) {
                                                      const _errs66 = errors;
                                                      if (typeof data27.id !== "string") {
                                                        validate11.errors = [{ instancePath: instancePath + "/catalog/episode_types/" + i5 + "/id", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/episode_types/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid13 = _errs66 === errors;
                                                    } else {
                                                      var valid13 = true;
                                                    }
                                                    if (valid13) {
                                                      if (data27.description !== void 0) {
                                                        const _errs68 = errors;
                                                        if (typeof data27.description !== "string") {
                                                          validate11.errors = [{ instancePath: instancePath + "/catalog/episode_types/" + i5 + "/description", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/episode_types/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid13 = _errs68 === errors;
                                                      } else {
                                                        var valid13 = true;
                                                      }
                                                      if (valid13) {
                                                        if (data27.schema_ref !== void 0) {
                                                          const _errs70 = errors;
                                                          if (typeof data27.schema_ref !== "string") {
                                                            validate11.errors = [{ instancePath: instancePath + "/catalog/episode_types/" + i5 + "/schema_ref", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/episode_types/items/properties/schema_ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid13 = _errs70 === errors;
                                                        } else {
                                                          var valid13 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate11.errors = [{ instancePath: instancePath + "/catalog/episode_types/" + i5, schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/episode_types/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid12 = _errs63 === errors;
                                              if (!valid12) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate11.errors = [{ instancePath: instancePath + "/catalog/episode_types", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/properties/episode_types/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs61 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate11.errors = [{ instancePath: instancePath + "/catalog", schemaPath: "https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.meta !== void 0) {
                        let data31 = data.meta;
                        const _errs72 = errors;
                        if (errors === _errs72) {
                          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                          } else {
                            validate11.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs72 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate11.errors = vErrors;
      return errors === 0;
    }
    validate11.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["env.security_event_store_v1"] = validate12;
    function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate12.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.envelope_id === void 0 && (missing0 = "envelope_id") || data.verb === void 0 && (missing0 = "verb") || data.roles === void 0 && (missing0 = "roles") || data.event === void 0 && (missing0 = "event")) {
            validate12.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs2 = errors;
            for (const key0 in data) {
              if (!(key0 === "envelope_id" || key0 === "verb" || key0 === "roles" || key0 === "event" || key0 === "meta")) {
                validate12.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs2 === errors) {
              if (data.envelope_id !== void 0) {
                let data0 = data.envelope_id;
                const _errs3 = errors;
                if (typeof data0 !== "string") {
                  validate12.errors = [{ instancePath: instancePath + "/envelope_id", schemaPath: "#/properties/envelope_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                if ("env.security_event_store_v1" !== data0) {
                  validate12.errors = [{ instancePath: instancePath + "/envelope_id", schemaPath: "#/properties/envelope_id/const", keyword: "const", params: { allowedValue: "env.security_event_store_v1" }, message: "must be equal to constant" }];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.verb !== void 0) {
                  let data1 = data.verb;
                  const _errs5 = errors;
                  if (typeof data1 !== "string") {
                    validate12.errors = [{ instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  if ("record" !== data1) {
                    validate12.errors = [{ instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/const", keyword: "const", params: { allowedValue: "record" }, message: "must be equal to constant" }];
                    return false;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.roles !== void 0) {
                    let data2 = data.roles;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing1;
                        if (data2.producer === void 0 && (missing1 = "producer") || data2.security_store === void 0 && (missing1 = "security_store")) {
                          validate12.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          const _errs9 = errors;
                          for (const key1 in data2) {
                            if (!(key1 === "producer" || key1 === "security_store")) {
                              validate12.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs9 === errors) {
                            if (data2.producer !== void 0) {
                              const _errs10 = errors;
                              if (typeof data2.producer !== "string") {
                                validate12.errors = [{ instancePath: instancePath + "/roles/producer", schemaPath: "#/properties/roles/properties/producer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs10 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data2.security_store !== void 0) {
                                const _errs12 = errors;
                                if (typeof data2.security_store !== "string") {
                                  validate12.errors = [{ instancePath: instancePath + "/roles/security_store", schemaPath: "#/properties/roles/properties/security_store/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid1 = _errs12 === errors;
                              } else {
                                var valid1 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate12.errors = [{ instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.event !== void 0) {
                      const _errs14 = errors;
                      if (!validate6(data.event, { instancePath: instancePath + "/event", parentData: data, parentDataProperty: "event", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.meta !== void 0) {
                        let data6 = data.meta;
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          } else {
                            validate12.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate12.errors = vErrors;
      return errors === 0;
    }
    validate12.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["global.episode_type_catalog_v1"] = validate14;
    var pattern1 = new RegExp("^[a-z][a-z0-9_]*$", "u");
    var pattern2 = new RegExp("^[a-z][a-z0-9_]*(/.+)?$", "u");
    function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate14.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.version === void 0 && (missing0 = "version") || data.episode_type === void 0 && (missing0 = "episode_type")) {
            validate14.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs2 = errors;
            for (const key0 in data) {
              if (!(key0 === "version" || key0 === "episode_type" || key0 === "rules" || key0 === "meta")) {
                validate14.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs2 === errors) {
              if (data.version !== void 0) {
                let data0 = data.version;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data0 === "string") {
                    if (func2(data0) < 1) {
                      validate14.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate14.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.episode_type !== void 0) {
                  let data1 = data.episode_type;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (Array.isArray(data1)) {
                      var valid1 = true;
                      const len0 = data1.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs7 = errors;
                        if (errors === _errs7) {
                          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                            let missing1;
                            if (data2.id === void 0 && (missing1 = "id")) {
                              validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0, schemaPath: "#/properties/episode_type/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              const _errs9 = errors;
                              for (const key1 in data2) {
                                if (!(key1 === "id" || key1 === "description" || key1 === "allows_subtypes" || key1 === "examples")) {
                                  validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0, schemaPath: "#/properties/episode_type/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs9 === errors) {
                                if (data2.id !== void 0) {
                                  let data3 = data2.id;
                                  const _errs10 = errors;
                                  if (errors === _errs10) {
                                    if (typeof data3 === "string") {
                                      if (!pattern1.test(data3)) {
                                        validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0 + "/id", schemaPath: "#/properties/episode_type/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                        return false;
                                      }
                                    } else {
                                      validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0 + "/id", schemaPath: "#/properties/episode_type/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs10 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data2.description !== void 0) {
                                    const _errs12 = errors;
                                    if (typeof data2.description !== "string") {
                                      validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0 + "/description", schemaPath: "#/properties/episode_type/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs12 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data2.allows_subtypes !== void 0) {
                                      const _errs14 = errors;
                                      if (typeof data2.allows_subtypes !== "boolean") {
                                        validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0 + "/allows_subtypes", schemaPath: "#/properties/episode_type/items/properties/allows_subtypes/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                        return false;
                                      }
                                      var valid2 = _errs14 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data2.examples !== void 0) {
                                        let data6 = data2.examples;
                                        const _errs16 = errors;
                                        if (errors === _errs16) {
                                          if (Array.isArray(data6)) {
                                            var valid3 = true;
                                            const len1 = data6.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              let data7 = data6[i1];
                                              const _errs18 = errors;
                                              if (errors === _errs18) {
                                                if (typeof data7 === "string") {
                                                  if (!pattern2.test(data7)) {
                                                    validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0 + "/examples/" + i1, schemaPath: "#/properties/episode_type/items/properties/examples/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(/.+)?$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(/.+)?$"' }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0 + "/examples/" + i1, schemaPath: "#/properties/episode_type/items/properties/examples/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs18 === errors;
                                              if (!valid3) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0 + "/examples", schemaPath: "#/properties/episode_type/items/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs16 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate14.errors = [{ instancePath: instancePath + "/episode_type/" + i0, schemaPath: "#/properties/episode_type/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs7 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate14.errors = [{ instancePath: instancePath + "/episode_type", schemaPath: "#/properties/episode_type/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.rules !== void 0) {
                    let data8 = data.rules;
                    const _errs20 = errors;
                    if (errors === _errs20) {
                      if (Array.isArray(data8)) {
                        var valid4 = true;
                        const len2 = data8.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          let data9 = data8[i2];
                          const _errs22 = errors;
                          if (errors === _errs22) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                              let missing2;
                              if (data9.id === void 0 && (missing2 = "id")) {
                                validate14.errors = [{ instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                const _errs24 = errors;
                                for (const key2 in data9) {
                                  if (!(key2 === "id" || key2 === "description" || key2 === "pattern_hint" || key2 === "core_ids")) {
                                    validate14.errors = [{ instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs24 === errors) {
                                  if (data9.id !== void 0) {
                                    let data10 = data9.id;
                                    const _errs25 = errors;
                                    if (errors === _errs25) {
                                      if (typeof data10 === "string") {
                                        if (!pattern1.test(data10)) {
                                          validate14.errors = [{ instancePath: instancePath + "/rules/" + i2 + "/id", schemaPath: "#/properties/rules/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate14.errors = [{ instancePath: instancePath + "/rules/" + i2 + "/id", schemaPath: "#/properties/rules/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid5 = _errs25 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data9.description !== void 0) {
                                      const _errs27 = errors;
                                      if (typeof data9.description !== "string") {
                                        validate14.errors = [{ instancePath: instancePath + "/rules/" + i2 + "/description", schemaPath: "#/properties/rules/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid5 = _errs27 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                    if (valid5) {
                                      if (data9.pattern_hint !== void 0) {
                                        const _errs29 = errors;
                                        if (typeof data9.pattern_hint !== "string") {
                                          validate14.errors = [{ instancePath: instancePath + "/rules/" + i2 + "/pattern_hint", schemaPath: "#/properties/rules/items/properties/pattern_hint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid5 = _errs29 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                      if (valid5) {
                                        if (data9.core_ids !== void 0) {
                                          let data13 = data9.core_ids;
                                          const _errs31 = errors;
                                          if (errors === _errs31) {
                                            if (Array.isArray(data13)) {
                                              var valid6 = true;
                                              const len3 = data13.length;
                                              for (let i3 = 0; i3 < len3; i3++) {
                                                let data14 = data13[i3];
                                                const _errs33 = errors;
                                                if (errors === _errs33) {
                                                  if (typeof data14 === "string") {
                                                    if (!pattern1.test(data14)) {
                                                      validate14.errors = [{ instancePath: instancePath + "/rules/" + i2 + "/core_ids/" + i3, schemaPath: "#/properties/rules/items/properties/core_ids/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate14.errors = [{ instancePath: instancePath + "/rules/" + i2 + "/core_ids/" + i3, schemaPath: "#/properties/rules/items/properties/core_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid6 = _errs33 === errors;
                                                if (!valid6) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate14.errors = [{ instancePath: instancePath + "/rules/" + i2 + "/core_ids", schemaPath: "#/properties/rules/items/properties/core_ids/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid5 = _errs31 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate14.errors = [{ instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid4 = _errs22 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                      } else {
                        validate14.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs20 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.meta !== void 0) {
                      let data15 = data.meta;
                      const _errs35 = errors;
                      if (errors === _errs35) {
                        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                          if (data15.note !== void 0) {
                            if (typeof data15.note !== "string") {
                              validate14.errors = [{ instancePath: instancePath + "/meta/note", schemaPath: "#/properties/meta/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        } else {
                          validate14.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs35 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        } else {
          validate14.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate14.errors = vErrors;
      return errors === 0;
    }
    validate14.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["global.layers_and_namespaces_v1"] = validate15;
    var schema18 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova-registry.dev/schemas/global.layers_and_namespaces_v1.schema.json", "title": "global.layers_and_namespaces_v1", "description": "Catalog of the MOVA layers (such as red_core, skills and infra), the kinds of contract each layer may hold, the namespace prefixes each layer reserves, and the naming rules that tie ids to layers.", "$comment": "Uniqueness of layer ids and rule ids, that every namespace_rules layer_id names a declared layer, and that no prefix is reserved by two layers cannot be expressed here and are left to the registry's own checks.", "type": "object", "properties": { "version": { "description": "Version of this catalog document, such as 1.0.0.", "type": "string", "minLength": 1 }, "layers": { "description": "The layers of the MOVA world, at least one.", "type": "array", "items": { "description": "One layer, closed to the listed fields.", "type": "object", "properties": { "id": { "description": "Lowercase identifier of the layer, such as red_core, skills or infra, referenced by namespace_rules layer_id.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "color": { "description": "Colour label of the layer in MOVA documentation, such as red for the constitutional core or yellow for outer layers.", "type": "string" }, "title": { "description": "Short display name of the layer.", "type": "string" }, "description": { "description": "Plain-language account of what belongs in the layer.", "type": "string" }, "allowed_kinds": { "description": "Kinds of contract the layer may define: ds data types, env envelopes, global catalogs and verbs.", "type": "array", "items": { "description": "One contract kind.", "type": "string", "enum": ["ds", "env", "global", "verbs"] }, "uniqueItems": true }, "namespace_prefixes": { "description": "Domain prefixes reserved for the layer, so that an id such as ds.<prefix>_name is attributed to it.", "type": "array", "items": { "description": "One prefix as a lowercase identifier, such as mova, security or connector.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "uniqueItems": true } }, "required": ["id", "allowed_kinds", "namespace_prefixes"], "additionalProperties": false }, "minItems": 1 }, "namespace_rules": { "description": "Naming rules that say which id patterns of a given kind belong to which layer.", "type": "array", "items": { "description": "One naming rule, closed to the listed fields.", "type": "object", "properties": { "id": { "description": "Lowercase identifier of the rule, such as red_core_ds.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "target_kind": { "description": "Kind of contract id the rule governs.", "type": "string", "enum": ["ds", "env", "global", "verbs"] }, "layer_id": { "description": "Id of the layer, declared in this catalog's layers, that owns ids matching the rule.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "pattern_hint": { "description": "Human-readable sketch of the id shape, such as ds.connector_<vendor>_*, not a regular expression.", "type": "string" }, "description": { "description": "Plain-language statement of the rule.", "type": "string" }, "examples": { "description": "Sample ids that follow the rule.", "type": "array", "items": { "description": "One sample id, such as ds.connector_openai_chat_v1.", "type": "string" } } }, "required": ["id", "target_kind", "layer_id"], "additionalProperties": false } }, "meta": { "description": "Open bag of human-oriented notes about the catalog, never instructions for a language model.", "type": "object", "properties": { "note": { "description": "Free-text remark about the catalog.", "type": "string" } }, "additionalProperties": true } }, "required": ["version", "layers"], "additionalProperties": false };
    function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate15.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.version === void 0 && (missing0 = "version") || data.layers === void 0 && (missing0 = "layers")) {
            validate15.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs2 = errors;
            for (const key0 in data) {
              if (!(key0 === "version" || key0 === "layers" || key0 === "namespace_rules" || key0 === "meta")) {
                validate15.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs2 === errors) {
              if (data.version !== void 0) {
                let data0 = data.version;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data0 === "string") {
                    if (func2(data0) < 1) {
                      validate15.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate15.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.layers !== void 0) {
                  let data1 = data.layers;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (Array.isArray(data1)) {
                      if (data1.length < 1) {
                        validate15.errors = [{ instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                        return false;
                      } else {
                        var valid1 = true;
                        const len0 = data1.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data2 = data1[i0];
                          const _errs7 = errors;
                          if (errors === _errs7) {
                            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                              let missing1;
                              if (data2.id === void 0 && (missing1 = "id") || data2.allowed_kinds === void 0 && (missing1 = "allowed_kinds") || data2.namespace_prefixes === void 0 && (missing1 = "namespace_prefixes")) {
                                validate15.errors = [{ instancePath: instancePath + "/layers/" + i0, schemaPath: "#/properties/layers/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                const _errs9 = errors;
                                for (const key1 in data2) {
                                  if (!(key1 === "id" || key1 === "color" || key1 === "title" || key1 === "description" || key1 === "allowed_kinds" || key1 === "namespace_prefixes")) {
                                    validate15.errors = [{ instancePath: instancePath + "/layers/" + i0, schemaPath: "#/properties/layers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs9 === errors) {
                                  if (data2.id !== void 0) {
                                    let data3 = data2.id;
                                    const _errs10 = errors;
                                    if (errors === _errs10) {
                                      if (typeof data3 === "string") {
                                        if (!pattern1.test(data3)) {
                                          validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/id", schemaPath: "#/properties/layers/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/id", schemaPath: "#/properties/layers/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs10 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data2.color !== void 0) {
                                      const _errs12 = errors;
                                      if (typeof data2.color !== "string") {
                                        validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/color", schemaPath: "#/properties/layers/items/properties/color/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs12 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data2.title !== void 0) {
                                        const _errs14 = errors;
                                        if (typeof data2.title !== "string") {
                                          validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/title", schemaPath: "#/properties/layers/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid2 = _errs14 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data2.description !== void 0) {
                                          const _errs16 = errors;
                                          if (typeof data2.description !== "string") {
                                            validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/description", schemaPath: "#/properties/layers/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid2 = _errs16 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data2.allowed_kinds !== void 0) {
                                            let data7 = data2.allowed_kinds;
                                            const _errs18 = errors;
                                            if (errors === _errs18) {
                                              if (Array.isArray(data7)) {
                                                var valid3 = true;
                                                const len1 = data7.length;
                                                for (let i1 = 0; i1 < len1; i1++) {
                                                  let data8 = data7[i1];
                                                  const _errs20 = errors;
                                                  if (typeof data8 !== "string") {
                                                    validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/allowed_kinds/" + i1, schemaPath: "#/properties/layers/items/properties/allowed_kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  if (!(data8 === "ds" || data8 === "env" || data8 === "global" || data8 === "verbs")) {
                                                    validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/allowed_kinds/" + i1, schemaPath: "#/properties/layers/items/properties/allowed_kinds/items/enum", keyword: "enum", params: { allowedValues: schema18.properties.layers.items.properties.allowed_kinds.items.enum }, message: "must be equal to one of the allowed values" }];
                                                    return false;
                                                  }
                                                  var valid3 = _errs20 === errors;
                                                  if (!valid3) {
                                                    break;
                                                  }
                                                }
                                                if (valid3) {
                                                  let i2 = data7.length;
                                                  let j0;
                                                  if (i2 > 1) {
                                                    const indices0 = {};
                                                    for (; i2--; ) {
                                                      let item0 = data7[i2];
                                                      if (typeof item0 !== "string") {
                                                        continue;
                                                      }
                                                      if (typeof indices0[item0] == "number") {
                                                        j0 = indices0[item0];
                                                        validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/allowed_kinds", schemaPath: "#/properties/layers/items/properties/allowed_kinds/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" }];
                                                        return false;
                                                        break;
                                                      }
                                                      indices0[item0] = i2;
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/allowed_kinds", schemaPath: "#/properties/layers/items/properties/allowed_kinds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid2 = _errs18 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data2.namespace_prefixes !== void 0) {
                                              let data9 = data2.namespace_prefixes;
                                              const _errs22 = errors;
                                              if (errors === _errs22) {
                                                if (Array.isArray(data9)) {
                                                  var valid5 = true;
                                                  const len2 = data9.length;
                                                  for (let i3 = 0; i3 < len2; i3++) {
                                                    let data10 = data9[i3];
                                                    const _errs24 = errors;
                                                    if (errors === _errs24) {
                                                      if (typeof data10 === "string") {
                                                        if (!pattern1.test(data10)) {
                                                          validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/namespace_prefixes/" + i3, schemaPath: "#/properties/layers/items/properties/namespace_prefixes/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/namespace_prefixes/" + i3, schemaPath: "#/properties/layers/items/properties/namespace_prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid5 = _errs24 === errors;
                                                    if (!valid5) {
                                                      break;
                                                    }
                                                  }
                                                  if (valid5) {
                                                    let i4 = data9.length;
                                                    let j1;
                                                    if (i4 > 1) {
                                                      const indices1 = {};
                                                      for (; i4--; ) {
                                                        let item1 = data9[i4];
                                                        if (typeof item1 !== "string") {
                                                          continue;
                                                        }
                                                        if (typeof indices1[item1] == "number") {
                                                          j1 = indices1[item1];
                                                          validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/namespace_prefixes", schemaPath: "#/properties/layers/items/properties/namespace_prefixes/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" }];
                                                          return false;
                                                          break;
                                                        }
                                                        indices1[item1] = i4;
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate15.errors = [{ instancePath: instancePath + "/layers/" + i0 + "/namespace_prefixes", schemaPath: "#/properties/layers/items/properties/namespace_prefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid2 = _errs22 === errors;
                                            } else {
                                              var valid2 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate15.errors = [{ instancePath: instancePath + "/layers/" + i0, schemaPath: "#/properties/layers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid1 = _errs7 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate15.errors = [{ instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.namespace_rules !== void 0) {
                    let data11 = data.namespace_rules;
                    const _errs26 = errors;
                    if (errors === _errs26) {
                      if (Array.isArray(data11)) {
                        var valid7 = true;
                        const len3 = data11.length;
                        for (let i5 = 0; i5 < len3; i5++) {
                          let data12 = data11[i5];
                          const _errs28 = errors;
                          if (errors === _errs28) {
                            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                              let missing2;
                              if (data12.id === void 0 && (missing2 = "id") || data12.target_kind === void 0 && (missing2 = "target_kind") || data12.layer_id === void 0 && (missing2 = "layer_id")) {
                                validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5, schemaPath: "#/properties/namespace_rules/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                const _errs30 = errors;
                                for (const key2 in data12) {
                                  if (!(key2 === "id" || key2 === "target_kind" || key2 === "layer_id" || key2 === "pattern_hint" || key2 === "description" || key2 === "examples")) {
                                    validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5, schemaPath: "#/properties/namespace_rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs30 === errors) {
                                  if (data12.id !== void 0) {
                                    let data13 = data12.id;
                                    const _errs31 = errors;
                                    if (errors === _errs31) {
                                      if (typeof data13 === "string") {
                                        if (!pattern1.test(data13)) {
                                          validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/id", schemaPath: "#/properties/namespace_rules/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/id", schemaPath: "#/properties/namespace_rules/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid8 = _errs31 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                  if (valid8) {
                                    if (data12.target_kind !== void 0) {
                                      let data14 = data12.target_kind;
                                      const _errs33 = errors;
                                      if (typeof data14 !== "string") {
                                        validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/target_kind", schemaPath: "#/properties/namespace_rules/items/properties/target_kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      if (!(data14 === "ds" || data14 === "env" || data14 === "global" || data14 === "verbs")) {
                                        validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/target_kind", schemaPath: "#/properties/namespace_rules/items/properties/target_kind/enum", keyword: "enum", params: { allowedValues: schema18.properties.namespace_rules.items.properties.target_kind.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid8 = _errs33 === errors;
                                    } else {
                                      var valid8 = true;
                                    }
                                    if (valid8) {
                                      if (data12.layer_id !== void 0) {
                                        let data15 = data12.layer_id;
                                        const _errs35 = errors;
                                        if (errors === _errs35) {
                                          if (typeof data15 === "string") {
                                            if (!pattern1.test(data15)) {
                                              validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/layer_id", schemaPath: "#/properties/namespace_rules/items/properties/layer_id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                              return false;
                                            }
                                          } else {
                                            validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/layer_id", schemaPath: "#/properties/namespace_rules/items/properties/layer_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid8 = _errs35 === errors;
                                      } else {
                                        var valid8 = true;
                                      }
                                      if (valid8) {
                                        if (data12.pattern_hint !== void 0) {
                                          const _errs37 = errors;
                                          if (typeof data12.pattern_hint !== "string") {
                                            validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/pattern_hint", schemaPath: "#/properties/namespace_rules/items/properties/pattern_hint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid8 = _errs37 === errors;
                                        } else {
                                          var valid8 = true;
                                        }
                                        if (valid8) {
                                          if (data12.description !== void 0) {
                                            const _errs39 = errors;
                                            if (typeof data12.description !== "string") {
                                              validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/description", schemaPath: "#/properties/namespace_rules/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid8 = _errs39 === errors;
                                          } else {
                                            var valid8 = true;
                                          }
                                          if (valid8) {
                                            if (data12.examples !== void 0) {
                                              let data18 = data12.examples;
                                              const _errs41 = errors;
                                              if (errors === _errs41) {
                                                if (Array.isArray(data18)) {
                                                  var valid9 = true;
                                                  const len4 = data18.length;
                                                  for (let i6 = 0; i6 < len4; i6++) {
                                                    const _errs43 = errors;
                                                    if (typeof data18[i6] !== "string") {
                                                      validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/examples/" + i6, schemaPath: "#/properties/namespace_rules/items/properties/examples/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid9 = _errs43 === errors;
                                                    if (!valid9) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5 + "/examples", schemaPath: "#/properties/namespace_rules/items/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid8 = _errs41 === errors;
                                            } else {
                                              var valid8 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate15.errors = [{ instancePath: instancePath + "/namespace_rules/" + i5, schemaPath: "#/properties/namespace_rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid7 = _errs28 === errors;
                          if (!valid7) {
                            break;
                          }
                        }
                      } else {
                        validate15.errors = [{ instancePath: instancePath + "/namespace_rules", schemaPath: "#/properties/namespace_rules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs26 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.meta !== void 0) {
                      let data20 = data.meta;
                      const _errs45 = errors;
                      if (errors === _errs45) {
                        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                          if (data20.note !== void 0) {
                            if (typeof data20.note !== "string") {
                              validate15.errors = [{ instancePath: instancePath + "/meta/note", schemaPath: "#/properties/meta/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        } else {
                          validate15.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs45 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        } else {
          validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate15.errors = vErrors;
      return errors === 0;
    }
    validate15.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["global.security_catalog_v1"] = validate16;
    var pattern9 = new RegExp("^([a-z][a-z0-9_]*:)?[a-z][a-z0-9_]*$", "u");
    function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate16.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.version === void 0 && (missing0 = "version") || data.security_event_type === void 0 && (missing0 = "security_event_type") || data.security_action_type === void 0 && (missing0 = "security_action_type") || data.security_policy_profile === void 0 && (missing0 = "security_policy_profile")) {
            validate16.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs2 = errors;
            for (const key0 in data) {
              if (!(key0 === "version" || key0 === "security_event_type" || key0 === "security_action_type" || key0 === "security_policy_profile" || key0 === "meta")) {
                validate16.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs2 === errors) {
              if (data.version !== void 0) {
                let data0 = data.version;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data0 === "string") {
                    if (func2(data0) < 1) {
                      validate16.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate16.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.security_event_type !== void 0) {
                  let data1 = data.security_event_type;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (Array.isArray(data1)) {
                      var valid1 = true;
                      const len0 = data1.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs7 = errors;
                        if (errors === _errs7) {
                          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                            let missing1;
                            if (data2.id === void 0 && (missing1 = "id")) {
                              validate16.errors = [{ instancePath: instancePath + "/security_event_type/" + i0, schemaPath: "#/properties/security_event_type/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              const _errs9 = errors;
                              for (const key1 in data2) {
                                if (!(key1 === "id" || key1 === "description")) {
                                  validate16.errors = [{ instancePath: instancePath + "/security_event_type/" + i0, schemaPath: "#/properties/security_event_type/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs9 === errors) {
                                if (data2.id !== void 0) {
                                  let data3 = data2.id;
                                  const _errs10 = errors;
                                  if (errors === _errs10) {
                                    if (typeof data3 === "string") {
                                      if (!pattern9.test(data3)) {
                                        validate16.errors = [{ instancePath: instancePath + "/security_event_type/" + i0 + "/id", schemaPath: "#/properties/security_event_type/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^([a-z][a-z0-9_]*:)?[a-z][a-z0-9_]*$" }, message: 'must match pattern "^([a-z][a-z0-9_]*:)?[a-z][a-z0-9_]*$"' }];
                                        return false;
                                      }
                                    } else {
                                      validate16.errors = [{ instancePath: instancePath + "/security_event_type/" + i0 + "/id", schemaPath: "#/properties/security_event_type/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs10 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data2.description !== void 0) {
                                    const _errs12 = errors;
                                    if (typeof data2.description !== "string") {
                                      validate16.errors = [{ instancePath: instancePath + "/security_event_type/" + i0 + "/description", schemaPath: "#/properties/security_event_type/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs12 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            }
                          } else {
                            validate16.errors = [{ instancePath: instancePath + "/security_event_type/" + i0, schemaPath: "#/properties/security_event_type/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs7 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate16.errors = [{ instancePath: instancePath + "/security_event_type", schemaPath: "#/properties/security_event_type/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.security_action_type !== void 0) {
                    let data5 = data.security_action_type;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (Array.isArray(data5)) {
                        var valid3 = true;
                        const len1 = data5.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data6 = data5[i1];
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                              let missing2;
                              if (data6.id === void 0 && (missing2 = "id")) {
                                validate16.errors = [{ instancePath: instancePath + "/security_action_type/" + i1, schemaPath: "#/properties/security_action_type/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                const _errs18 = errors;
                                for (const key2 in data6) {
                                  if (!(key2 === "id" || key2 === "description")) {
                                    validate16.errors = [{ instancePath: instancePath + "/security_action_type/" + i1, schemaPath: "#/properties/security_action_type/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs18 === errors) {
                                  if (data6.id !== void 0) {
                                    let data7 = data6.id;
                                    const _errs19 = errors;
                                    if (errors === _errs19) {
                                      if (typeof data7 === "string") {
                                        if (!pattern9.test(data7)) {
                                          validate16.errors = [{ instancePath: instancePath + "/security_action_type/" + i1 + "/id", schemaPath: "#/properties/security_action_type/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^([a-z][a-z0-9_]*:)?[a-z][a-z0-9_]*$" }, message: 'must match pattern "^([a-z][a-z0-9_]*:)?[a-z][a-z0-9_]*$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate16.errors = [{ instancePath: instancePath + "/security_action_type/" + i1 + "/id", schemaPath: "#/properties/security_action_type/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid4 = _errs19 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data6.description !== void 0) {
                                      const _errs21 = errors;
                                      if (typeof data6.description !== "string") {
                                        validate16.errors = [{ instancePath: instancePath + "/security_action_type/" + i1 + "/description", schemaPath: "#/properties/security_action_type/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs21 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate16.errors = [{ instancePath: instancePath + "/security_action_type/" + i1, schemaPath: "#/properties/security_action_type/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid3 = _errs16 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate16.errors = [{ instancePath: instancePath + "/security_action_type", schemaPath: "#/properties/security_action_type/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.security_policy_profile !== void 0) {
                      let data9 = data.security_policy_profile;
                      const _errs23 = errors;
                      if (errors === _errs23) {
                        if (Array.isArray(data9)) {
                          var valid5 = true;
                          const len2 = data9.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            let data10 = data9[i2];
                            const _errs25 = errors;
                            if (errors === _errs25) {
                              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                let missing3;
                                if (data10.id === void 0 && (missing3 = "id") || data10.security_model_version === void 0 && (missing3 = "security_model_version")) {
                                  validate16.errors = [{ instancePath: instancePath + "/security_policy_profile/" + i2, schemaPath: "#/properties/security_policy_profile/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                  return false;
                                } else {
                                  const _errs27 = errors;
                                  for (const key3 in data10) {
                                    if (!(key3 === "id" || key3 === "description" || key3 === "security_model_version")) {
                                      validate16.errors = [{ instancePath: instancePath + "/security_policy_profile/" + i2, schemaPath: "#/properties/security_policy_profile/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs27 === errors) {
                                    if (data10.id !== void 0) {
                                      let data11 = data10.id;
                                      const _errs28 = errors;
                                      if (errors === _errs28) {
                                        if (typeof data11 === "string") {
                                          if (!pattern1.test(data11)) {
                                            validate16.errors = [{ instancePath: instancePath + "/security_policy_profile/" + i2 + "/id", schemaPath: "#/properties/security_policy_profile/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                            return false;
                                          }
                                        } else {
                                          validate16.errors = [{ instancePath: instancePath + "/security_policy_profile/" + i2 + "/id", schemaPath: "#/properties/security_policy_profile/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs28 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data10.description !== void 0) {
                                        const _errs30 = errors;
                                        if (typeof data10.description !== "string") {
                                          validate16.errors = [{ instancePath: instancePath + "/security_policy_profile/" + i2 + "/description", schemaPath: "#/properties/security_policy_profile/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid6 = _errs30 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data10.security_model_version !== void 0) {
                                          let data13 = data10.security_model_version;
                                          const _errs32 = errors;
                                          if (errors === _errs32) {
                                            if (typeof data13 === "string") {
                                              if (func2(data13) < 1) {
                                                validate16.errors = [{ instancePath: instancePath + "/security_policy_profile/" + i2 + "/security_model_version", schemaPath: "#/properties/security_policy_profile/items/properties/security_model_version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate16.errors = [{ instancePath: instancePath + "/security_policy_profile/" + i2 + "/security_model_version", schemaPath: "#/properties/security_policy_profile/items/properties/security_model_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid6 = _errs32 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate16.errors = [{ instancePath: instancePath + "/security_policy_profile/" + i2, schemaPath: "#/properties/security_policy_profile/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid5 = _errs25 === errors;
                            if (!valid5) {
                              break;
                            }
                          }
                        } else {
                          validate16.errors = [{ instancePath: instancePath + "/security_policy_profile", schemaPath: "#/properties/security_policy_profile/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs23 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.meta !== void 0) {
                        let data14 = data.meta;
                        const _errs34 = errors;
                        if (errors === _errs34) {
                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                            if (data14.note !== void 0) {
                              if (typeof data14.note !== "string") {
                                validate16.errors = [{ instancePath: instancePath + "/meta/note", schemaPath: "#/properties/meta/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          } else {
                            validate16.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs34 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate16.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate16.errors = vErrors;
      return errors === 0;
    }
    validate16.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["global.text_channel_catalog_v1"] = validate17;
    var schema20 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova-registry.dev/schemas/global.text_channel_catalog_v1.schema.json", "title": "global.text_channel_catalog_v1", "description": "Catalog of the text channels (such as human_ui, model_instruction and system_log) that keep user-facing text, model instructions and log text apart, with the rules that guard the separation.", "$comment": "Uniqueness of ids, and that a rule's channel_id names a declared channel, are left to the registry's own checks.", "type": "object", "properties": { "version": { "description": "Version of this catalog document, such as 1.0.0.", "type": "string", "minLength": 1 }, "channels": { "description": "Text channels that ds.ui_text_bundle_core_v1 channel values are taken from.", "type": "array", "items": { "description": "One text channel, closed to the listed fields.", "type": "object", "properties": { "id": { "description": "Lowercase identifier of the channel, such as human_ui.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "title": { "description": "Short display name of the channel.", "type": "string" }, "description": { "description": "Plain-language account of what text belongs in the channel.", "type": "string" }, "visible_to_human": { "description": "Whether text in this channel may be shown to the end user.", "type": "boolean" }, "visible_to_model": { "description": "Whether text in this channel may be passed to a language model.", "type": "boolean" }, "allow_llm_instructions": { "description": "Whether text in this channel may contain instructions aimed at a language model.", "type": "boolean" }, "status": { "description": "Lifecycle stage of the channel; deprecated channels are kept only for migration and must not be used in new bundles.", "type": "string", "enum": ["active", "deprecated"] } }, "required": ["id", "visible_to_human", "visible_to_model", "allow_llm_instructions", "status"], "additionalProperties": false } }, "rules": { "description": "Separation rules that checkers enforce on channel text and on meta and ext fields.", "type": "array", "items": { "description": "One separation rule, closed to the listed fields.", "type": "object", "properties": { "id": { "description": "Lowercase identifier of the rule, such as human_ui_must_not_contain_llm_instructions.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "description": { "description": "Plain-language statement of the rule.", "type": "string" }, "channel_id": { "description": "Id of the channel, declared in this catalog's channels, that the rule constrains.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "llm_instructions_allowed": { "description": "Whether the text the rule covers may contain instructions aimed at a language model.", "type": "boolean" }, "visible_to_human": { "description": "Whether the text the rule covers may be shown to the end user.", "type": "boolean" }, "field_selectors_hint": { "description": "JSONPath-like hints, such as $.meta or $.ext, naming the record fields the rule covers.", "type": "array", "items": { "description": "One field selector.", "type": "string" } } }, "required": ["id"], "additionalProperties": false } }, "meta": { "description": "Open bag of human-oriented notes about the catalog, never instructions for a language model.", "type": "object", "properties": { "note": { "description": "Free-text remark about the catalog.", "type": "string" } }, "additionalProperties": true } }, "required": ["version", "channels"], "additionalProperties": false };
    function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate17.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.version === void 0 && (missing0 = "version") || data.channels === void 0 && (missing0 = "channels")) {
            validate17.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs2 = errors;
            for (const key0 in data) {
              if (!(key0 === "version" || key0 === "channels" || key0 === "rules" || key0 === "meta")) {
                validate17.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs2 === errors) {
              if (data.version !== void 0) {
                let data0 = data.version;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data0 === "string") {
                    if (func2(data0) < 1) {
                      validate17.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate17.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.channels !== void 0) {
                  let data1 = data.channels;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (Array.isArray(data1)) {
                      var valid1 = true;
                      const len0 = data1.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs7 = errors;
                        if (errors === _errs7) {
                          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                            let missing1;
                            if (data2.id === void 0 && (missing1 = "id") || data2.visible_to_human === void 0 && (missing1 = "visible_to_human") || data2.visible_to_model === void 0 && (missing1 = "visible_to_model") || data2.allow_llm_instructions === void 0 && (missing1 = "allow_llm_instructions") || data2.status === void 0 && (missing1 = "status")) {
                              validate17.errors = [{ instancePath: instancePath + "/channels/" + i0, schemaPath: "#/properties/channels/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              const _errs9 = errors;
                              for (const key1 in data2) {
                                if (!(key1 === "id" || key1 === "title" || key1 === "description" || key1 === "visible_to_human" || key1 === "visible_to_model" || key1 === "allow_llm_instructions" || key1 === "status")) {
                                  validate17.errors = [{ instancePath: instancePath + "/channels/" + i0, schemaPath: "#/properties/channels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs9 === errors) {
                                if (data2.id !== void 0) {
                                  let data3 = data2.id;
                                  const _errs10 = errors;
                                  if (errors === _errs10) {
                                    if (typeof data3 === "string") {
                                      if (!pattern1.test(data3)) {
                                        validate17.errors = [{ instancePath: instancePath + "/channels/" + i0 + "/id", schemaPath: "#/properties/channels/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                        return false;
                                      }
                                    } else {
                                      validate17.errors = [{ instancePath: instancePath + "/channels/" + i0 + "/id", schemaPath: "#/properties/channels/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs10 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data2.title !== void 0) {
                                    const _errs12 = errors;
                                    if (typeof data2.title !== "string") {
                                      validate17.errors = [{ instancePath: instancePath + "/channels/" + i0 + "/title", schemaPath: "#/properties/channels/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs12 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data2.description !== void 0) {
                                      const _errs14 = errors;
                                      if (typeof data2.description !== "string") {
                                        validate17.errors = [{ instancePath: instancePath + "/channels/" + i0 + "/description", schemaPath: "#/properties/channels/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs14 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data2.visible_to_human !== void 0) {
                                        const _errs16 = errors;
                                        if (typeof data2.visible_to_human !== "boolean") {
                                          validate17.errors = [{ instancePath: instancePath + "/channels/" + i0 + "/visible_to_human", schemaPath: "#/properties/channels/items/properties/visible_to_human/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                          return false;
                                        }
                                        var valid2 = _errs16 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data2.visible_to_model !== void 0) {
                                          const _errs18 = errors;
                                          if (typeof data2.visible_to_model !== "boolean") {
                                            validate17.errors = [{ instancePath: instancePath + "/channels/" + i0 + "/visible_to_model", schemaPath: "#/properties/channels/items/properties/visible_to_model/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                            return false;
                                          }
                                          var valid2 = _errs18 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data2.allow_llm_instructions !== void 0) {
                                            const _errs20 = errors;
                                            if (typeof data2.allow_llm_instructions !== "boolean") {
                                              validate17.errors = [{ instancePath: instancePath + "/channels/" + i0 + "/allow_llm_instructions", schemaPath: "#/properties/channels/items/properties/allow_llm_instructions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                              return false;
                                            }
                                            var valid2 = _errs20 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data2.status !== void 0) {
                                              let data9 = data2.status;
                                              const _errs22 = errors;
                                              if (typeof data9 !== "string") {
                                                validate17.errors = [{ instancePath: instancePath + "/channels/" + i0 + "/status", schemaPath: "#/properties/channels/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              if (!(data9 === "active" || data9 === "deprecated")) {
                                                validate17.errors = [{ instancePath: instancePath + "/channels/" + i0 + "/status", schemaPath: "#/properties/channels/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema20.properties.channels.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid2 = _errs22 === errors;
                                            } else {
                                              var valid2 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate17.errors = [{ instancePath: instancePath + "/channels/" + i0, schemaPath: "#/properties/channels/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs7 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate17.errors = [{ instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.rules !== void 0) {
                    let data10 = data.rules;
                    const _errs24 = errors;
                    if (errors === _errs24) {
                      if (Array.isArray(data10)) {
                        var valid3 = true;
                        const len1 = data10.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data11 = data10[i1];
                          const _errs26 = errors;
                          if (errors === _errs26) {
                            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                              let missing2;
                              if (data11.id === void 0 && (missing2 = "id")) {
                                validate17.errors = [{ instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                const _errs28 = errors;
                                for (const key2 in data11) {
                                  if (!(key2 === "id" || key2 === "description" || key2 === "channel_id" || key2 === "llm_instructions_allowed" || key2 === "visible_to_human" || key2 === "field_selectors_hint")) {
                                    validate17.errors = [{ instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs28 === errors) {
                                  if (data11.id !== void 0) {
                                    let data12 = data11.id;
                                    const _errs29 = errors;
                                    if (errors === _errs29) {
                                      if (typeof data12 === "string") {
                                        if (!pattern1.test(data12)) {
                                          validate17.errors = [{ instancePath: instancePath + "/rules/" + i1 + "/id", schemaPath: "#/properties/rules/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate17.errors = [{ instancePath: instancePath + "/rules/" + i1 + "/id", schemaPath: "#/properties/rules/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid4 = _errs29 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data11.description !== void 0) {
                                      const _errs31 = errors;
                                      if (typeof data11.description !== "string") {
                                        validate17.errors = [{ instancePath: instancePath + "/rules/" + i1 + "/description", schemaPath: "#/properties/rules/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs31 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data11.channel_id !== void 0) {
                                        let data14 = data11.channel_id;
                                        const _errs33 = errors;
                                        if (errors === _errs33) {
                                          if (typeof data14 === "string") {
                                            if (!pattern1.test(data14)) {
                                              validate17.errors = [{ instancePath: instancePath + "/rules/" + i1 + "/channel_id", schemaPath: "#/properties/rules/items/properties/channel_id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                              return false;
                                            }
                                          } else {
                                            validate17.errors = [{ instancePath: instancePath + "/rules/" + i1 + "/channel_id", schemaPath: "#/properties/rules/items/properties/channel_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs33 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data11.llm_instructions_allowed !== void 0) {
                                          const _errs35 = errors;
                                          if (typeof data11.llm_instructions_allowed !== "boolean") {
                                            validate17.errors = [{ instancePath: instancePath + "/rules/" + i1 + "/llm_instructions_allowed", schemaPath: "#/properties/rules/items/properties/llm_instructions_allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                            return false;
                                          }
                                          var valid4 = _errs35 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data11.visible_to_human !== void 0) {
                                            const _errs37 = errors;
                                            if (typeof data11.visible_to_human !== "boolean") {
                                              validate17.errors = [{ instancePath: instancePath + "/rules/" + i1 + "/visible_to_human", schemaPath: "#/properties/rules/items/properties/visible_to_human/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                              return false;
                                            }
                                            var valid4 = _errs37 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data11.field_selectors_hint !== void 0) {
                                              let data17 = data11.field_selectors_hint;
                                              const _errs39 = errors;
                                              if (errors === _errs39) {
                                                if (Array.isArray(data17)) {
                                                  var valid5 = true;
                                                  const len2 = data17.length;
                                                  for (let i2 = 0; i2 < len2; i2++) {
                                                    const _errs41 = errors;
                                                    if (typeof data17[i2] !== "string") {
                                                      validate17.errors = [{ instancePath: instancePath + "/rules/" + i1 + "/field_selectors_hint/" + i2, schemaPath: "#/properties/rules/items/properties/field_selectors_hint/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid5 = _errs41 === errors;
                                                    if (!valid5) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate17.errors = [{ instancePath: instancePath + "/rules/" + i1 + "/field_selectors_hint", schemaPath: "#/properties/rules/items/properties/field_selectors_hint/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid4 = _errs39 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate17.errors = [{ instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid3 = _errs26 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate17.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs24 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.meta !== void 0) {
                      let data19 = data.meta;
                      const _errs43 = errors;
                      if (errors === _errs43) {
                        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                          if (data19.note !== void 0) {
                            if (typeof data19.note !== "string") {
                              validate17.errors = [{ instancePath: instancePath + "/meta/note", schemaPath: "#/properties/meta/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        } else {
                          validate17.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs43 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        } else {
          validate17.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate17.errors = vErrors;
      return errors === 0;
    }
    validate17.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["global.verbs_catalog_v1"] = validate18;
    function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate18.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.version === void 0 && (missing0 = "version") || data.verbs === void 0 && (missing0 = "verbs")) {
            validate18.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs2 = errors;
            for (const key0 in data) {
              if (!(key0 === "version" || key0 === "verbs" || key0 === "meta")) {
                validate18.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs2 === errors) {
              if (data.version !== void 0) {
                let data0 = data.version;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data0 === "string") {
                    if (func2(data0) < 1) {
                      validate18.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate18.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.verbs !== void 0) {
                  let data1 = data.verbs;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (Array.isArray(data1)) {
                      if (data1.length < 1) {
                        validate18.errors = [{ instancePath: instancePath + "/verbs", schemaPath: "#/properties/verbs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                        return false;
                      } else {
                        var valid1 = true;
                        const len0 = data1.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data2 = data1[i0];
                          const _errs7 = errors;
                          if (errors === _errs7) {
                            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                              let missing1;
                              if (data2.id === void 0 && (missing1 = "id")) {
                                validate18.errors = [{ instancePath: instancePath + "/verbs/" + i0, schemaPath: "#/properties/verbs/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                const _errs9 = errors;
                                for (const key1 in data2) {
                                  if (!(key1 === "id" || key1 === "description")) {
                                    validate18.errors = [{ instancePath: instancePath + "/verbs/" + i0, schemaPath: "#/properties/verbs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs9 === errors) {
                                  if (data2.id !== void 0) {
                                    let data3 = data2.id;
                                    const _errs10 = errors;
                                    if (errors === _errs10) {
                                      if (typeof data3 === "string") {
                                        if (!pattern1.test(data3)) {
                                          validate18.errors = [{ instancePath: instancePath + "/verbs/" + i0 + "/id", schemaPath: "#/properties/verbs/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate18.errors = [{ instancePath: instancePath + "/verbs/" + i0 + "/id", schemaPath: "#/properties/verbs/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs10 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data2.description !== void 0) {
                                      const _errs12 = errors;
                                      if (typeof data2.description !== "string") {
                                        validate18.errors = [{ instancePath: instancePath + "/verbs/" + i0 + "/description", schemaPath: "#/properties/verbs/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs12 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate18.errors = [{ instancePath: instancePath + "/verbs/" + i0, schemaPath: "#/properties/verbs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid1 = _errs7 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate18.errors = [{ instancePath: instancePath + "/verbs", schemaPath: "#/properties/verbs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.meta !== void 0) {
                    let data5 = data.meta;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        if (data5.note !== void 0) {
                          if (typeof data5.note !== "string") {
                            validate18.errors = [{ instancePath: instancePath + "/meta/note", schemaPath: "#/properties/meta/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      } else {
                        validate18.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        } else {
          validate18.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate18.errors = vErrors;
      return errors === 0;
    }
    validate18.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["package.contract_package_manifest_v1"] = validate19;
    var schema22 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova-registry.dev/schemas/package.contract_package_manifest_v1.schema.json", "title": "package.contract_package_manifest_v1", "description": "The manifest of a contract package: a folder holding one contract's flow, envelope and references to its instruction profile and data schemas. Modelled on mova-flat-runner's package.contract_package_manifest_v0.", "type": "object", "properties": { "schema_id": { "const": "package.contract_package_manifest_v1", "description": "Marks this file as a contract package manifest." }, "package_id": { "type": "string", "minLength": 1, "description": "The contract's id, unique in the registry, e.g. contract.finance.invoice_approval_v1." }, "version": { "type": "string", "minLength": 1, "description": "Version of this contract package, e.g. 1.2.0." }, "title": { "type": "string", "description": "Short human-readable name of the contract." }, "description": { "type": "string", "description": "What the contract does and for whom, for people." }, "owner": { "type": "string", "minLength": 1, "description": "Team or person accountable for the contract, e.g. a GitHub team @acme/finance-ops." }, "flow_ref": { "$ref": "#/$defs/relativeFile", "description": "Path of the contract's flow, relative to this manifest, e.g. flow.json." }, "envelope_ref": { "$ref": "#/$defs/relativeFile", "description": "Path of the contract's envelope (an env.* instance), relative to this manifest." }, "instruction_profile_id": { "type": "string", "minLength": 1, "description": "profile_id of the instruction profile that governs the contract's executors." }, "input_schema": { "type": "string", "minLength": 1, "description": "Id of the ds.* schema a run's inputs must satisfy." }, "output_schema": { "type": "string", "minLength": 1, "description": "Id of the ds.* schema of the contract's result." }, "verb": { "type": "string", "minLength": 1, "description": "Verb of the contract's main action, from the registry's verbs catalog." }, "episode_type": { "type": "string", "pattern": "^[a-z][a-z0-9_]*(/[a-z0-9][a-z0-9_.-]*)*$", "description": "Episode type recorded for each step, a core id with a subtype, e.g. execution/invoice_approval." }, "system": { "type": "boolean", "default": false, "description": "True for a system contract: flows may not CONTRACT_CALL it unless the registry allows them." }, "schedule": { "type": "object", "description": "Start a run of this contract on a cron schedule, from the scheduled sweep.", "properties": { "cron": { "type": "string", "minLength": 9, "description": 'Five-field cron expression, e.g. "0 7 * * 1-5".' }, "timezone": { "type": "string", "minLength": 1, "default": "UTC", "description": "IANA time zone of the cron expression, e.g. Europe/Berlin." }, "inputs": { "type": "object", "description": "The run's inputs." }, "reason": { "type": "string", "minLength": 1, "description": "Why the scheduled run exists, recorded in its request." } }, "required": ["cron", "inputs"], "additionalProperties": false }, "updates": { "type": "array", "description": "Registry documents (ids or paths) a run of this contract will change: the run holds a lease on them, and the guard refuses other pull requests that change them meanwhile.", "items": { "type": "string", "minLength": 1 } }, "tags": { "type": "array", "items": { "type": "string" }, "description": "Free-form tags for search and grouping." }, "meta": { "type": "object", "description": "Notes for people; never instructions for a model." }, "ext": { "type": "object", "description": "Machine-oriented extensions; never instructions for a model." } }, "required": ["package_id", "version", "flow_ref"], "additionalProperties": false, "$defs": { "relativeFile": { "type": "string", "minLength": 1, "pattern": "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+\\.json$", "description": 'A JSON file inside the package folder, relative to the manifest, without ".." segments.' } } };
    var pattern16 = new RegExp("^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+\\.json$", "u");
    var pattern18 = new RegExp("^[a-z][a-z0-9_]*(/[a-z0-9][a-z0-9_.-]*)*$", "u");
    function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate19.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.package_id === void 0 && (missing0 = "package_id") || data.version === void 0 && (missing0 = "version") || data.flow_ref === void 0 && (missing0 = "flow_ref")) {
            validate19.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!func0.call(schema22.properties, key0)) {
                validate19.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.schema_id !== void 0) {
                const _errs2 = errors;
                if ("package.contract_package_manifest_v1" !== data.schema_id) {
                  validate19.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "#/properties/schema_id/const", keyword: "const", params: { allowedValue: "package.contract_package_manifest_v1" }, message: "must be equal to constant" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.package_id !== void 0) {
                  let data1 = data.package_id;
                  const _errs3 = errors;
                  if (errors === _errs3) {
                    if (typeof data1 === "string") {
                      if (func2(data1) < 1) {
                        validate19.errors = [{ instancePath: instancePath + "/package_id", schemaPath: "#/properties/package_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate19.errors = [{ instancePath: instancePath + "/package_id", schemaPath: "#/properties/package_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs3 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.version !== void 0) {
                    let data2 = data.version;
                    const _errs5 = errors;
                    if (errors === _errs5) {
                      if (typeof data2 === "string") {
                        if (func2(data2) < 1) {
                          validate19.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate19.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.title !== void 0) {
                      const _errs7 = errors;
                      if (typeof data.title !== "string") {
                        validate19.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.description !== void 0) {
                        const _errs9 = errors;
                        if (typeof data.description !== "string") {
                          validate19.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs9 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.owner !== void 0) {
                          let data5 = data.owner;
                          const _errs11 = errors;
                          if (errors === _errs11) {
                            if (typeof data5 === "string") {
                              if (func2(data5) < 1) {
                                validate19.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            } else {
                              validate19.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid0 = _errs11 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.flow_ref !== void 0) {
                            let data6 = data.flow_ref;
                            const _errs13 = errors;
                            const _errs14 = errors;
                            if (errors === _errs14) {
                              if (typeof data6 === "string") {
                                if (func2(data6) < 1) {
                                  validate19.errors = [{ instancePath: instancePath + "/flow_ref", schemaPath: "#/$defs/relativeFile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                  return false;
                                } else {
                                  if (!pattern16.test(data6)) {
                                    validate19.errors = [{ instancePath: instancePath + "/flow_ref", schemaPath: "#/$defs/relativeFile/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+\\.json$" }, message: 'must match pattern "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+\\.json$"' }];
                                    return false;
                                  }
                                }
                              } else {
                                validate19.errors = [{ instancePath: instancePath + "/flow_ref", schemaPath: "#/$defs/relativeFile/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid0 = _errs13 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.envelope_ref !== void 0) {
                              let data7 = data.envelope_ref;
                              const _errs16 = errors;
                              const _errs17 = errors;
                              if (errors === _errs17) {
                                if (typeof data7 === "string") {
                                  if (func2(data7) < 1) {
                                    validate19.errors = [{ instancePath: instancePath + "/envelope_ref", schemaPath: "#/$defs/relativeFile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                  } else {
                                    if (!pattern16.test(data7)) {
                                      validate19.errors = [{ instancePath: instancePath + "/envelope_ref", schemaPath: "#/$defs/relativeFile/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+\\.json$" }, message: 'must match pattern "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+\\.json$"' }];
                                      return false;
                                    }
                                  }
                                } else {
                                  validate19.errors = [{ instancePath: instancePath + "/envelope_ref", schemaPath: "#/$defs/relativeFile/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs16 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.instruction_profile_id !== void 0) {
                                let data8 = data.instruction_profile_id;
                                const _errs19 = errors;
                                if (errors === _errs19) {
                                  if (typeof data8 === "string") {
                                    if (func2(data8) < 1) {
                                      validate19.errors = [{ instancePath: instancePath + "/instruction_profile_id", schemaPath: "#/properties/instruction_profile_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate19.errors = [{ instancePath: instancePath + "/instruction_profile_id", schemaPath: "#/properties/instruction_profile_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs19 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.input_schema !== void 0) {
                                  let data9 = data.input_schema;
                                  const _errs21 = errors;
                                  if (errors === _errs21) {
                                    if (typeof data9 === "string") {
                                      if (func2(data9) < 1) {
                                        validate19.errors = [{ instancePath: instancePath + "/input_schema", schemaPath: "#/properties/input_schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate19.errors = [{ instancePath: instancePath + "/input_schema", schemaPath: "#/properties/input_schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs21 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.output_schema !== void 0) {
                                    let data10 = data.output_schema;
                                    const _errs23 = errors;
                                    if (errors === _errs23) {
                                      if (typeof data10 === "string") {
                                        if (func2(data10) < 1) {
                                          validate19.errors = [{ instancePath: instancePath + "/output_schema", schemaPath: "#/properties/output_schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate19.errors = [{ instancePath: instancePath + "/output_schema", schemaPath: "#/properties/output_schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs23 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.verb !== void 0) {
                                      let data11 = data.verb;
                                      const _errs25 = errors;
                                      if (errors === _errs25) {
                                        if (typeof data11 === "string") {
                                          if (func2(data11) < 1) {
                                            validate19.errors = [{ instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate19.errors = [{ instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs25 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.episode_type !== void 0) {
                                        let data12 = data.episode_type;
                                        const _errs27 = errors;
                                        if (errors === _errs27) {
                                          if (typeof data12 === "string") {
                                            if (!pattern18.test(data12)) {
                                              validate19.errors = [{ instancePath: instancePath + "/episode_type", schemaPath: "#/properties/episode_type/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*(/[a-z0-9][a-z0-9_.-]*)*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*(/[a-z0-9][a-z0-9_.-]*)*$"' }];
                                              return false;
                                            }
                                          } else {
                                            validate19.errors = [{ instancePath: instancePath + "/episode_type", schemaPath: "#/properties/episode_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs27 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.system !== void 0) {
                                          const _errs29 = errors;
                                          if (typeof data.system !== "boolean") {
                                            validate19.errors = [{ instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                            return false;
                                          }
                                          var valid0 = _errs29 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.schedule !== void 0) {
                                            let data14 = data.schedule;
                                            const _errs31 = errors;
                                            if (errors === _errs31) {
                                              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                                let missing1;
                                                if (data14.cron === void 0 && (missing1 = "cron") || data14.inputs === void 0 && (missing1 = "inputs")) {
                                                  validate19.errors = [{ instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs33 = errors;
                                                  for (const key1 in data14) {
                                                    if (!(key1 === "cron" || key1 === "timezone" || key1 === "inputs" || key1 === "reason")) {
                                                      validate19.errors = [{ instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs33 === errors) {
                                                    if (data14.cron !== void 0) {
                                                      let data15 = data14.cron;
                                                      const _errs34 = errors;
                                                      if (errors === _errs34) {
                                                        if (typeof data15 === "string") {
                                                          if (func2(data15) < 9) {
                                                            validate19.errors = [{ instancePath: instancePath + "/schedule/cron", schemaPath: "#/properties/schedule/properties/cron/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate19.errors = [{ instancePath: instancePath + "/schedule/cron", schemaPath: "#/properties/schedule/properties/cron/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid3 = _errs34 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data14.timezone !== void 0) {
                                                        let data16 = data14.timezone;
                                                        const _errs36 = errors;
                                                        if (errors === _errs36) {
                                                          if (typeof data16 === "string") {
                                                            if (func2(data16) < 1) {
                                                              validate19.errors = [{ instancePath: instancePath + "/schedule/timezone", schemaPath: "#/properties/schedule/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate19.errors = [{ instancePath: instancePath + "/schedule/timezone", schemaPath: "#/properties/schedule/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid3 = _errs36 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data14.inputs !== void 0) {
                                                          let data17 = data14.inputs;
                                                          const _errs38 = errors;
                                                          if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
                                                            validate19.errors = [{ instancePath: instancePath + "/schedule/inputs", schemaPath: "#/properties/schedule/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                          var valid3 = _errs38 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data14.reason !== void 0) {
                                                            let data18 = data14.reason;
                                                            const _errs40 = errors;
                                                            if (errors === _errs40) {
                                                              if (typeof data18 === "string") {
                                                                if (func2(data18) < 1) {
                                                                  validate19.errors = [{ instancePath: instancePath + "/schedule/reason", schemaPath: "#/properties/schedule/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate19.errors = [{ instancePath: instancePath + "/schedule/reason", schemaPath: "#/properties/schedule/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid3 = _errs40 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate19.errors = [{ instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs31 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.updates !== void 0) {
                                              let data19 = data.updates;
                                              const _errs42 = errors;
                                              if (errors === _errs42) {
                                                if (Array.isArray(data19)) {
                                                  var valid4 = true;
                                                  const len0 = data19.length;
                                                  for (let i0 = 0; i0 < len0; i0++) {
                                                    let data20 = data19[i0];
                                                    const _errs44 = errors;
                                                    if (errors === _errs44) {
                                                      if (typeof data20 === "string") {
                                                        if (func2(data20) < 1) {
                                                          validate19.errors = [{ instancePath: instancePath + "/updates/" + i0, schemaPath: "#/properties/updates/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate19.errors = [{ instancePath: instancePath + "/updates/" + i0, schemaPath: "#/properties/updates/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid4 = _errs44 === errors;
                                                    if (!valid4) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate19.errors = [{ instancePath: instancePath + "/updates", schemaPath: "#/properties/updates/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs42 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.tags !== void 0) {
                                                let data21 = data.tags;
                                                const _errs46 = errors;
                                                if (errors === _errs46) {
                                                  if (Array.isArray(data21)) {
                                                    var valid5 = true;
                                                    const len1 = data21.length;
                                                    for (let i1 = 0; i1 < len1; i1++) {
                                                      const _errs48 = errors;
                                                      if (typeof data21[i1] !== "string") {
                                                        validate19.errors = [{ instancePath: instancePath + "/tags/" + i1, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid5 = _errs48 === errors;
                                                      if (!valid5) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate19.errors = [{ instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs46 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.meta !== void 0) {
                                                  let data23 = data.meta;
                                                  const _errs50 = errors;
                                                  if (!(data23 && typeof data23 == "object" && !Array.isArray(data23))) {
                                                    validate19.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                  var valid0 = _errs50 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.ext !== void 0) {
                                                    let data24 = data.ext;
                                                    const _errs52 = errors;
                                                    if (!(data24 && typeof data24 == "object" && !Array.isArray(data24))) {
                                                      validate19.errors = [{ instancePath: instancePath + "/ext", schemaPath: "#/properties/ext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                    var valid0 = _errs52 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate19.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate19.errors = vErrors;
      return errors === 0;
    }
    validate19.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["package.flow_v1"] = validate20;
    var pattern19 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
    var schema28 = { "type": "object", "properties": { "id": { "$ref": "#/$defs/stepId" }, "title": { "type": "string", "description": "Short name of the step." }, "description": { "type": "string", "description": "What the step does, for people." }, "execution_mode": { "enum": ["AI_ATOMIC", "DETERMINISTIC", "HUMAN_GATE", "CONTRACT_CALL"], "default": "DETERMINISTIC", "description": "How the step runs: a model call, a declarative check, a human decision or a call of another contract." }, "next": { "$ref": "#/$defs/next" }, "model": { "type": "string", "minLength": 1, "description": "AI_ATOMIC: the model id sent to the connector's chat-completions endpoint." }, "connector_id": { "type": "string", "minLength": 1, "description": "AI_ATOMIC: the connector the model is reached through." }, "runtime_id": { "type": "string", "minLength": 1, "description": "The runtime binding the step executes on." }, "instructions": { "type": "string", "description": "AI_ATOMIC: the model_instruction text of the step; never shown to people as UI text." }, "input": { "type": "object", "description": "AI_ATOMIC: which run inputs and earlier outputs the step receives." }, "output_schema": { "$ref": "#/$defs/schemaRef", "description": "Schema the step's output must satisfy: a ds.* id or an inline schema." }, "temperature": { "type": "number", "minimum": 0, "maximum": 2 }, "max_tokens": { "type": "integer", "minimum": 1 }, "rule": { "description": "DETERMINISTIC: a JSON Logic rule over the run's inputs and earlier outputs; its result is the outcome." }, "condition": { "type": ["object", "boolean"], "description": "DETERMINISTIC: a JSON Schema over the run's inputs and earlier outputs; outcome pass when it holds, fail when not." }, "contract_id": { "type": "string", "minLength": 1, "description": "CONTRACT_CALL: package_id of the contract to run as a child run." }, "inputs": { "type": "object", "description": "CONTRACT_CALL: the inputs passed to the called contract." }, "question": { "type": "string", "description": "HUMAN_GATE: the question put to the approvers." }, "decision_options": { "type": "array", "description": "HUMAN_GATE: the choices an approver can make.", "items": { "$ref": "#/$defs/decisionOption" } }, "role": { "type": "string", "minLength": 1, "description": "HUMAN_GATE: the approver role, mapped to GitHub users and teams in mova.registry.json." }, "required_approvals": { "type": "integer", "minimum": 1, "default": 1, "description": "HUMAN_GATE: how many entitled approvers must agree." }, "deadline": { "type": "string", "format": "duration", "description": "HUMAN_GATE: how long the gate stays open, as an ISO 8601 duration such as P3D." }, "on_no_response": { "enum": ["block", "reject", "escalate"], "default": "block", "description": "HUMAN_GATE: what happens when the deadline passes without a decision." }, "escalate_to": { "type": "string", "minLength": 1, "description": "HUMAN_GATE: the role asked once the deadline passes, with on_no_response escalate." }, "approve_option": { "type": "string", "description": "HUMAN_GATE: the option an approving review chooses (default: the first option)." }, "reject_option": { "type": "string", "description": "HUMAN_GATE: the option a change-requesting review chooses (default: the last option)." } }, "additionalProperties": true };
    function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate23.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      let valid0 = false;
      let passing0 = null;
      const _errs1 = errors;
      const _errs2 = errors;
      if (errors === _errs2) {
        if (typeof data === "string") {
          if (!pattern19.test(data)) {
            const err0 = { instancePath, schemaPath: "#/$defs/stepId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"' };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        } else {
          const err1 = { instancePath, schemaPath: "#/$defs/stepId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var _valid0 = _errs1 === errors;
      if (_valid0) {
        valid0 = true;
        passing0 = 0;
      }
      const _errs4 = errors;
      if (errors === _errs4) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.step === void 0 && (missing0 = "step")) {
            const err2 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          } else {
            const _errs6 = errors;
            for (const key0 in data) {
              if (!(key0 === "step")) {
                const err3 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
                break;
              }
            }
            if (_errs6 === errors) {
              if (data.step !== void 0) {
                let data0 = data.step;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data0 === "string") {
                    if (!pattern19.test(data0)) {
                      const err4 = { instancePath: instancePath + "/step", schemaPath: "#/$defs/stepId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                  } else {
                    const err5 = { instancePath: instancePath + "/step", schemaPath: "#/$defs/stepId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
              }
            }
          }
        } else {
          const err6 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      var _valid0 = _errs4 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 1;
          var props0 = true;
        }
        const _errs10 = errors;
        if (errors === _errs10) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing1;
            if (data.terminal === void 0 && (missing1 = "terminal")) {
              const err7 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            } else {
              const _errs12 = errors;
              for (const key1 in data) {
                if (!(key1 === "terminal")) {
                  const err8 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  break;
                }
              }
              if (_errs12 === errors) {
                if (data.terminal !== void 0) {
                  let data1 = data.terminal;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (typeof data1 === "string") {
                      if (!pattern1.test(data1)) {
                        const err9 = { instancePath: instancePath + "/terminal", schemaPath: "#/oneOf/2/properties/terminal/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    } else {
                      const err10 = { instancePath: instancePath + "/terminal", schemaPath: "#/oneOf/2/properties/terminal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  }
                }
              }
            }
          } else {
            const err11 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        var _valid0 = _errs10 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 2;
            if (props0 !== true) {
              props0 = true;
            }
          }
        }
      }
      if (!valid0) {
        const err12 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
        validate23.errors = vErrors;
        return false;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate23.errors = vErrors;
      evaluated0.props = props0;
      return errors === 0;
    }
    validate23.evaluated = { "dynamicProps": true, "dynamicItems": false };
    function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate22.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      let valid0 = false;
      const _errs1 = errors;
      if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      } else {
        var props0 = validate23.evaluated.props;
      }
      var _valid0 = _errs1 === errors;
      valid0 = valid0 || _valid0;
      const _errs2 = errors;
      if (errors === _errs2) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (Object.keys(data).length < 1) {
            const err0 = { instancePath, schemaPath: "#/anyOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          } else {
            for (const key0 in data) {
              const _errs4 = errors;
              const _errs5 = errors;
              const _errs6 = errors;
              if (!(key0 === "step" || key0 === "terminal")) {
                const err1 = {};
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
              var valid2 = _errs6 === errors;
              if (valid2) {
                const err2 = { instancePath, schemaPath: "#/anyOf/1/propertyNames/not", keyword: "not", params: {}, message: "must NOT be valid", propertyName: key0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              } else {
                errors = _errs5;
                if (vErrors !== null) {
                  if (_errs5) {
                    vErrors.length = _errs5;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (errors === _errs4) {
                if (typeof key0 === "string") {
                  if (!pattern19.test(key0)) {
                    const err3 = { instancePath, schemaPath: "#/anyOf/1/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', propertyName: key0 };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                const err4 = { instancePath, schemaPath: "#/anyOf/1/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
                break;
              }
            }
            if (valid1) {
              for (const key1 in data) {
                const _errs8 = errors;
                if (!validate23(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid3 = _errs8 === errors;
                if (!valid3) {
                  break;
                }
              }
            }
          }
        } else {
          const err5 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid0 = _errs2 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        if (props0 !== true) {
          props0 = true;
        }
      }
      if (!valid0) {
        const err6 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
        validate22.errors = vErrors;
        return false;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate22.errors = vErrors;
      evaluated0.props = props0;
      return errors === 0;
    }
    validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
    var formats8 = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
    function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate21.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.id !== void 0) {
            let data0 = data.id;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (!pattern19.test(data0)) {
                  validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/stepId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"' }];
                  return false;
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/stepId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.title !== void 0) {
              const _errs5 = errors;
              if (typeof data.title !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.description !== void 0) {
                const _errs7 = errors;
                if (typeof data.description !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.execution_mode !== void 0) {
                  let data3 = data.execution_mode;
                  const _errs9 = errors;
                  if (!(data3 === "AI_ATOMIC" || data3 === "DETERMINISTIC" || data3 === "HUMAN_GATE" || data3 === "CONTRACT_CALL")) {
                    validate21.errors = [{ instancePath: instancePath + "/execution_mode", schemaPath: "#/properties/execution_mode/enum", keyword: "enum", params: { allowedValues: schema28.properties.execution_mode.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.next !== void 0) {
                    const _errs10 = errors;
                    if (!validate22(data.next, { instancePath: instancePath + "/next", parentData: data, parentDataProperty: "next", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.model !== void 0) {
                      let data5 = data.model;
                      const _errs11 = errors;
                      if (errors === _errs11) {
                        if (typeof data5 === "string") {
                          if (func2(data5) < 1) {
                            validate21.errors = [{ instancePath: instancePath + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.connector_id !== void 0) {
                        let data6 = data.connector_id;
                        const _errs13 = errors;
                        if (errors === _errs13) {
                          if (typeof data6 === "string") {
                            if (func2(data6) < 1) {
                              validate21.errors = [{ instancePath: instancePath + "/connector_id", schemaPath: "#/properties/connector_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/connector_id", schemaPath: "#/properties/connector_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.runtime_id !== void 0) {
                          let data7 = data.runtime_id;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (typeof data7 === "string") {
                              if (func2(data7) < 1) {
                                validate21.errors = [{ instancePath: instancePath + "/runtime_id", schemaPath: "#/properties/runtime_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/runtime_id", schemaPath: "#/properties/runtime_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.instructions !== void 0) {
                            const _errs17 = errors;
                            if (typeof data.instructions !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/instructions", schemaPath: "#/properties/instructions/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs17 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.input !== void 0) {
                              let data9 = data.input;
                              const _errs19 = errors;
                              if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                                validate21.errors = [{ instancePath: instancePath + "/input", schemaPath: "#/properties/input/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                              var valid0 = _errs19 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.output_schema !== void 0) {
                                let data10 = data.output_schema;
                                const _errs21 = errors;
                                const _errs23 = errors;
                                let valid3 = false;
                                const _errs24 = errors;
                                if (errors === _errs24) {
                                  if (typeof data10 === "string") {
                                    if (func2(data10) < 1) {
                                      const err0 = { instancePath: instancePath + "/output_schema", schemaPath: "#/$defs/schemaRef/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                      if (vErrors === null) {
                                        vErrors = [err0];
                                      } else {
                                        vErrors.push(err0);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err1 = { instancePath: instancePath + "/output_schema", schemaPath: "#/$defs/schemaRef/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs24 === errors;
                                valid3 = valid3 || _valid0;
                                const _errs26 = errors;
                                if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
                                  const err2 = { instancePath: instancePath + "/output_schema", schemaPath: "#/$defs/schemaRef/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs26 === errors;
                                valid3 = valid3 || _valid0;
                                if (!valid3) {
                                  const err3 = { instancePath: instancePath + "/output_schema", schemaPath: "#/$defs/schemaRef/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err3];
                                  } else {
                                    vErrors.push(err3);
                                  }
                                  errors++;
                                  validate21.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs23;
                                  if (vErrors !== null) {
                                    if (_errs23) {
                                      vErrors.length = _errs23;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs21 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.temperature !== void 0) {
                                  let data11 = data.temperature;
                                  const _errs28 = errors;
                                  if (errors === _errs28) {
                                    if (typeof data11 == "number") {
                                      if (data11 > 2 || isNaN(data11)) {
                                        validate21.errors = [{ instancePath: instancePath + "/temperature", schemaPath: "#/properties/temperature/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2" }];
                                        return false;
                                      } else {
                                        if (data11 < 0 || isNaN(data11)) {
                                          validate21.errors = [{ instancePath: instancePath + "/temperature", schemaPath: "#/properties/temperature/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate21.errors = [{ instancePath: instancePath + "/temperature", schemaPath: "#/properties/temperature/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs28 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.max_tokens !== void 0) {
                                    let data12 = data.max_tokens;
                                    const _errs30 = errors;
                                    if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                                      validate21.errors = [{ instancePath: instancePath + "/max_tokens", schemaPath: "#/properties/max_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs30) {
                                      if (typeof data12 == "number") {
                                        if (data12 < 1 || isNaN(data12)) {
                                          validate21.errors = [{ instancePath: instancePath + "/max_tokens", schemaPath: "#/properties/max_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs30 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.condition !== void 0) {
                                      let data13 = data.condition;
                                      const _errs32 = errors;
                                      if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && typeof data13 !== "boolean") {
                                        validate21.errors = [{ instancePath: instancePath + "/condition", schemaPath: "#/properties/condition/type", keyword: "type", params: { type: schema28.properties.condition.type }, message: "must be object,boolean" }];
                                        return false;
                                      }
                                      var valid0 = _errs32 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.contract_id !== void 0) {
                                        let data14 = data.contract_id;
                                        const _errs34 = errors;
                                        if (errors === _errs34) {
                                          if (typeof data14 === "string") {
                                            if (func2(data14) < 1) {
                                              validate21.errors = [{ instancePath: instancePath + "/contract_id", schemaPath: "#/properties/contract_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate21.errors = [{ instancePath: instancePath + "/contract_id", schemaPath: "#/properties/contract_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs34 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.inputs !== void 0) {
                                          let data15 = data.inputs;
                                          const _errs36 = errors;
                                          if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
                                            validate21.errors = [{ instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                          var valid0 = _errs36 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.question !== void 0) {
                                            const _errs38 = errors;
                                            if (typeof data.question !== "string") {
                                              validate21.errors = [{ instancePath: instancePath + "/question", schemaPath: "#/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid0 = _errs38 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.decision_options !== void 0) {
                                              let data17 = data.decision_options;
                                              const _errs40 = errors;
                                              if (errors === _errs40) {
                                                if (Array.isArray(data17)) {
                                                  var valid4 = true;
                                                  const len0 = data17.length;
                                                  for (let i0 = 0; i0 < len0; i0++) {
                                                    let data18 = data17[i0];
                                                    const _errs42 = errors;
                                                    const _errs43 = errors;
                                                    if (errors === _errs43) {
                                                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                                        let missing0;
                                                        if (data18.id === void 0 && (missing0 = "id") || data18.label === void 0 && (missing0 = "label")) {
                                                          validate21.errors = [{ instancePath: instancePath + "/decision_options/" + i0, schemaPath: "#/$defs/decisionOption/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                                                          return false;
                                                        } else {
                                                          const _errs45 = errors;
                                                          for (const key0 in data18) {
                                                            if (!(key0 === "id" || key0 === "label" || key0 === "description")) {
                                                              validate21.errors = [{ instancePath: instancePath + "/decision_options/" + i0, schemaPath: "#/$defs/decisionOption/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                                                              return false;
                                                              break;
                                                            }
                                                          }
                                                          if (_errs45 === errors) {
                                                            if (data18.id !== void 0) {
                                                              let data19 = data18.id;
                                                              const _errs46 = errors;
                                                              if (errors === _errs46) {
                                                                if (typeof data19 === "string") {
                                                                  if (!pattern19.test(data19)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/decision_options/" + i0 + "/id", schemaPath: "#/$defs/decisionOption/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"' }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate21.errors = [{ instancePath: instancePath + "/decision_options/" + i0 + "/id", schemaPath: "#/$defs/decisionOption/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid6 = _errs46 === errors;
                                                            } else {
                                                              var valid6 = true;
                                                            }
                                                            if (valid6) {
                                                              if (data18.label !== void 0) {
                                                                let data20 = data18.label;
                                                                const _errs48 = errors;
                                                                if (errors === _errs48) {
                                                                  if (typeof data20 === "string") {
                                                                    if (func2(data20) < 1) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/decision_options/" + i0 + "/label", schemaPath: "#/$defs/decisionOption/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate21.errors = [{ instancePath: instancePath + "/decision_options/" + i0 + "/label", schemaPath: "#/$defs/decisionOption/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid6 = _errs48 === errors;
                                                              } else {
                                                                var valid6 = true;
                                                              }
                                                              if (valid6) {
                                                                if (data18.description !== void 0) {
                                                                  const _errs50 = errors;
                                                                  if (typeof data18.description !== "string") {
                                                                    validate21.errors = [{ instancePath: instancePath + "/decision_options/" + i0 + "/description", schemaPath: "#/$defs/decisionOption/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid6 = _errs50 === errors;
                                                                } else {
                                                                  var valid6 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate21.errors = [{ instancePath: instancePath + "/decision_options/" + i0, schemaPath: "#/$defs/decisionOption/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid4 = _errs42 === errors;
                                                    if (!valid4) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate21.errors = [{ instancePath: instancePath + "/decision_options", schemaPath: "#/properties/decision_options/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs40 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.role !== void 0) {
                                                let data22 = data.role;
                                                const _errs52 = errors;
                                                if (errors === _errs52) {
                                                  if (typeof data22 === "string") {
                                                    if (func2(data22) < 1) {
                                                      validate21.errors = [{ instancePath: instancePath + "/role", schemaPath: "#/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate21.errors = [{ instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs52 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.required_approvals !== void 0) {
                                                  let data23 = data.required_approvals;
                                                  const _errs54 = errors;
                                                  if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                                                    validate21.errors = [{ instancePath: instancePath + "/required_approvals", schemaPath: "#/properties/required_approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  if (errors === _errs54) {
                                                    if (typeof data23 == "number") {
                                                      if (data23 < 1 || isNaN(data23)) {
                                                        validate21.errors = [{ instancePath: instancePath + "/required_approvals", schemaPath: "#/properties/required_approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid0 = _errs54 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.deadline !== void 0) {
                                                    let data24 = data.deadline;
                                                    const _errs56 = errors;
                                                    if (errors === _errs56) {
                                                      if (errors === _errs56) {
                                                        if (typeof data24 === "string") {
                                                          if (!formats8.test(data24)) {
                                                            validate21.errors = [{ instancePath: instancePath + "/deadline", schemaPath: "#/properties/deadline/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"' }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate21.errors = [{ instancePath: instancePath + "/deadline", schemaPath: "#/properties/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                    var valid0 = _errs56 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.on_no_response !== void 0) {
                                                      let data25 = data.on_no_response;
                                                      const _errs58 = errors;
                                                      if (!(data25 === "block" || data25 === "reject" || data25 === "escalate")) {
                                                        validate21.errors = [{ instancePath: instancePath + "/on_no_response", schemaPath: "#/properties/on_no_response/enum", keyword: "enum", params: { allowedValues: schema28.properties.on_no_response.enum }, message: "must be equal to one of the allowed values" }];
                                                        return false;
                                                      }
                                                      var valid0 = _errs58 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.escalate_to !== void 0) {
                                                        let data26 = data.escalate_to;
                                                        const _errs59 = errors;
                                                        if (errors === _errs59) {
                                                          if (typeof data26 === "string") {
                                                            if (func2(data26) < 1) {
                                                              validate21.errors = [{ instancePath: instancePath + "/escalate_to", schemaPath: "#/properties/escalate_to/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate21.errors = [{ instancePath: instancePath + "/escalate_to", schemaPath: "#/properties/escalate_to/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid0 = _errs59 === errors;
                                                      } else {
                                                        var valid0 = true;
                                                      }
                                                      if (valid0) {
                                                        if (data.approve_option !== void 0) {
                                                          const _errs61 = errors;
                                                          if (typeof data.approve_option !== "string") {
                                                            validate21.errors = [{ instancePath: instancePath + "/approve_option", schemaPath: "#/properties/approve_option/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid0 = _errs61 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                          if (data.reject_option !== void 0) {
                                                            const _errs63 = errors;
                                                            if (typeof data.reject_option !== "string") {
                                                              validate21.errors = [{ instancePath: instancePath + "/reject_option", schemaPath: "#/properties/reject_option/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid0 = _errs63 === errors;
                                                          } else {
                                                            var valid0 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate29.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.id === void 0 && (missing0 = "id") || data.steps === void 0 && (missing0 = "steps")) {
            validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!(key0 === "id" || key0 === "description" || key0 === "steps" || key0 === "next")) {
                validate29.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.id !== void 0) {
                let data0 = data.id;
                const _errs2 = errors;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data0 === "string") {
                    if (!pattern19.test(data0)) {
                      validate29.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/stepId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"' }];
                      return false;
                    }
                  } else {
                    validate29.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/stepId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.description !== void 0) {
                  const _errs5 = errors;
                  if (typeof data.description !== "string") {
                    validate29.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.steps !== void 0) {
                    let data2 = data.steps;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (Array.isArray(data2)) {
                        if (data2.length < 2) {
                          validate29.errors = [{ instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
                          return false;
                        } else {
                          var valid2 = true;
                          const len0 = data2.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data3 = data2[i0];
                            const _errs9 = errors;
                            const _errs10 = errors;
                            if (errors === _errs10) {
                              if (typeof data3 === "string") {
                                if (!pattern19.test(data3)) {
                                  validate29.errors = [{ instancePath: instancePath + "/steps/" + i0, schemaPath: "#/$defs/stepId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"' }];
                                  return false;
                                }
                              } else {
                                validate29.errors = [{ instancePath: instancePath + "/steps/" + i0, schemaPath: "#/$defs/stepId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid2 = _errs9 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate29.errors = [{ instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.next !== void 0) {
                      const _errs12 = errors;
                      if (!validate23(data.next, { instancePath: instancePath + "/next", parentData: data, parentDataProperty: "next", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        } else {
          validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate29.errors = vErrors;
      return errors === 0;
    }
    validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate20.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.steps === void 0 && (missing0 = "steps")) {
            validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.version !== void 0) {
              const _errs2 = errors;
              if (typeof data.version !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.description !== void 0) {
                const _errs4 = errors;
                if (typeof data.description !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.entry !== void 0) {
                  let data2 = data.entry;
                  const _errs6 = errors;
                  const _errs7 = errors;
                  if (errors === _errs7) {
                    if (typeof data2 === "string") {
                      if (!pattern19.test(data2)) {
                        validate20.errors = [{ instancePath: instancePath + "/entry", schemaPath: "#/$defs/stepId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"' }];
                        return false;
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/entry", schemaPath: "#/$defs/stepId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.steps !== void 0) {
                    let data3 = data.steps;
                    const _errs9 = errors;
                    const _errs10 = errors;
                    let valid2 = false;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        for (const key0 in data3) {
                          const _errs13 = errors;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (typeof key0 === "string") {
                              if (!pattern19.test(key0)) {
                                const err0 = { instancePath: instancePath + "/steps", schemaPath: "#/$defs/stepId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', propertyName: key0 };
                                if (vErrors === null) {
                                  vErrors = [err0];
                                } else {
                                  vErrors.push(err0);
                                }
                                errors++;
                              }
                            } else {
                              const err1 = { instancePath: instancePath + "/steps", schemaPath: "#/$defs/stepId/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key0 };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                            }
                          }
                          var valid3 = _errs13 === errors;
                          if (!valid3) {
                            const err2 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/anyOf/0/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                            break;
                          }
                        }
                        if (valid3) {
                          for (const key1 in data3) {
                            const _errs17 = errors;
                            if (!validate21(data3[key1], { instancePath: instancePath + "/steps/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key1, rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                              errors = vErrors.length;
                            }
                            var valid5 = _errs17 === errors;
                            if (!valid5) {
                              break;
                            }
                          }
                        }
                      } else {
                        const err3 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs11 === errors;
                    valid2 = valid2 || _valid0;
                    const _errs18 = errors;
                    if (errors === _errs18) {
                      if (Array.isArray(data3)) {
                        var valid6 = true;
                        const len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data5 = data3[i0];
                          const _errs20 = errors;
                          const _errs21 = errors;
                          if (!validate21(data5, { instancePath: instancePath + "/steps/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                            errors = vErrors.length;
                          }
                          var valid7 = _errs21 === errors;
                          if (valid7) {
                            const _errs22 = errors;
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                              let missing1;
                              if (data5.id === void 0 && (missing1 = "id")) {
                                const err4 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/anyOf/1/items/allOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                                if (vErrors === null) {
                                  vErrors = [err4];
                                } else {
                                  vErrors.push(err4);
                                }
                                errors++;
                              }
                            }
                            var valid7 = _errs22 === errors;
                          }
                          var valid6 = _errs20 === errors;
                          if (!valid6) {
                            break;
                          }
                        }
                      } else {
                        const err5 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs18 === errors;
                    valid2 = valid2 || _valid0;
                    if (!valid2) {
                      const err6 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                      validate20.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs10;
                      if (vErrors !== null) {
                        if (_errs10) {
                          vErrors.length = _errs10;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.parallel_steps !== void 0) {
                      let data6 = data.parallel_steps;
                      const _errs23 = errors;
                      if (errors === _errs23) {
                        if (Array.isArray(data6)) {
                          var valid8 = true;
                          const len1 = data6.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs25 = errors;
                            if (!validate29(data6[i1], { instancePath: instancePath + "/parallel_steps/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                              errors = vErrors.length;
                            }
                            var valid8 = _errs25 === errors;
                            if (!valid8) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/parallel_steps", schemaPath: "#/properties/parallel_steps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs23 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.notes !== void 0) {
                        let data8 = data.notes;
                        const _errs26 = errors;
                        const _errs27 = errors;
                        let valid9 = false;
                        const _errs28 = errors;
                        if (typeof data8 !== "string") {
                          const err7 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err7];
                          } else {
                            vErrors.push(err7);
                          }
                          errors++;
                        }
                        var _valid1 = _errs28 === errors;
                        valid9 = valid9 || _valid1;
                        const _errs30 = errors;
                        if (errors === _errs30) {
                          if (Array.isArray(data8)) {
                            var valid10 = true;
                            const len2 = data8.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                              const _errs32 = errors;
                              if (typeof data8[i2] !== "string") {
                                const err8 = { instancePath: instancePath + "/notes/" + i2, schemaPath: "#/properties/notes/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err8];
                                } else {
                                  vErrors.push(err8);
                                }
                                errors++;
                              }
                              var valid10 = _errs32 === errors;
                              if (!valid10) {
                                break;
                              }
                            }
                          } else {
                            const err9 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err9];
                            } else {
                              vErrors.push(err9);
                            }
                            errors++;
                          }
                        }
                        var _valid1 = _errs30 === errors;
                        valid9 = valid9 || _valid1;
                        if (!valid9) {
                          const err10 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                          if (vErrors === null) {
                            vErrors = [err10];
                          } else {
                            vErrors.push(err10);
                          }
                          errors++;
                          validate20.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs27;
                          if (vErrors !== null) {
                            if (_errs27) {
                              vErrors.length = _errs27;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs26 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.audit_mode !== void 0) {
                          const _errs34 = errors;
                          if (typeof data.audit_mode !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/audit_mode", schemaPath: "#/properties/audit_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs34 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.audit_mode_note !== void 0) {
                            const _errs36 = errors;
                            if (typeof data.audit_mode_note !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/audit_mode_note", schemaPath: "#/properties/audit_mode_note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs36 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.class_definition_ref !== void 0) {
                              const _errs38 = errors;
                              if (typeof data.class_definition_ref !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/class_definition_ref", schemaPath: "#/properties/class_definition_ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs38 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.CONTRACT_CALL_instructions !== void 0) {
                                let data13 = data.CONTRACT_CALL_instructions;
                                const _errs40 = errors;
                                const _errs41 = errors;
                                let valid11 = false;
                                const _errs42 = errors;
                                if (typeof data13 !== "string") {
                                  const err11 = { instancePath: instancePath + "/CONTRACT_CALL_instructions", schemaPath: "#/properties/CONTRACT_CALL_instructions/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err11];
                                  } else {
                                    vErrors.push(err11);
                                  }
                                  errors++;
                                }
                                var _valid2 = _errs42 === errors;
                                valid11 = valid11 || _valid2;
                                const _errs44 = errors;
                                if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
                                  const err12 = { instancePath: instancePath + "/CONTRACT_CALL_instructions", schemaPath: "#/properties/CONTRACT_CALL_instructions/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  if (vErrors === null) {
                                    vErrors = [err12];
                                  } else {
                                    vErrors.push(err12);
                                  }
                                  errors++;
                                }
                                var _valid2 = _errs44 === errors;
                                valid11 = valid11 || _valid2;
                                if (!valid11) {
                                  const err13 = { instancePath: instancePath + "/CONTRACT_CALL_instructions", schemaPath: "#/properties/CONTRACT_CALL_instructions/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err13];
                                  } else {
                                    vErrors.push(err13);
                                  }
                                  errors++;
                                  validate20.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs41;
                                  if (vErrors !== null) {
                                    if (_errs41) {
                                      vErrors.length = _errs41;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs40 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.input_schema !== void 0) {
                                  let data14 = data.input_schema;
                                  const _errs46 = errors;
                                  const _errs48 = errors;
                                  let valid13 = false;
                                  const _errs49 = errors;
                                  if (errors === _errs49) {
                                    if (typeof data14 === "string") {
                                      if (func2(data14) < 1) {
                                        const err14 = { instancePath: instancePath + "/input_schema", schemaPath: "#/$defs/schemaRef/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                          vErrors = [err14];
                                        } else {
                                          vErrors.push(err14);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err15 = { instancePath: instancePath + "/input_schema", schemaPath: "#/$defs/schemaRef/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err15];
                                      } else {
                                        vErrors.push(err15);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid3 = _errs49 === errors;
                                  valid13 = valid13 || _valid3;
                                  const _errs51 = errors;
                                  if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
                                    const err16 = { instancePath: instancePath + "/input_schema", schemaPath: "#/$defs/schemaRef/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err16];
                                    } else {
                                      vErrors.push(err16);
                                    }
                                    errors++;
                                  }
                                  var _valid3 = _errs51 === errors;
                                  valid13 = valid13 || _valid3;
                                  if (!valid13) {
                                    const err17 = { instancePath: instancePath + "/input_schema", schemaPath: "#/$defs/schemaRef/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                    if (vErrors === null) {
                                      vErrors = [err17];
                                    } else {
                                      vErrors.push(err17);
                                    }
                                    errors++;
                                    validate20.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs48;
                                    if (vErrors !== null) {
                                      if (_errs48) {
                                        vErrors.length = _errs48;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid0 = _errs46 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.output_schema !== void 0) {
                                    let data15 = data.output_schema;
                                    const _errs53 = errors;
                                    const _errs55 = errors;
                                    let valid15 = false;
                                    const _errs56 = errors;
                                    if (errors === _errs56) {
                                      if (typeof data15 === "string") {
                                        if (func2(data15) < 1) {
                                          const err18 = { instancePath: instancePath + "/output_schema", schemaPath: "#/$defs/schemaRef/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                          if (vErrors === null) {
                                            vErrors = [err18];
                                          } else {
                                            vErrors.push(err18);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err19 = { instancePath: instancePath + "/output_schema", schemaPath: "#/$defs/schemaRef/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err19];
                                        } else {
                                          vErrors.push(err19);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid4 = _errs56 === errors;
                                    valid15 = valid15 || _valid4;
                                    const _errs58 = errors;
                                    if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
                                      const err20 = { instancePath: instancePath + "/output_schema", schemaPath: "#/$defs/schemaRef/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                      if (vErrors === null) {
                                        vErrors = [err20];
                                      } else {
                                        vErrors.push(err20);
                                      }
                                      errors++;
                                    }
                                    var _valid4 = _errs58 === errors;
                                    valid15 = valid15 || _valid4;
                                    if (!valid15) {
                                      const err21 = { instancePath: instancePath + "/output_schema", schemaPath: "#/$defs/schemaRef/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                      if (vErrors === null) {
                                        vErrors = [err21];
                                      } else {
                                        vErrors.push(err21);
                                      }
                                      errors++;
                                      validate20.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs55;
                                      if (vErrors !== null) {
                                        if (_errs55) {
                                          vErrors.length = _errs55;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid0 = _errs53 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.metadata !== void 0) {
                                      let data16 = data.metadata;
                                      const _errs60 = errors;
                                      if (!(data16 && typeof data16 == "object" && !Array.isArray(data16))) {
                                        validate20.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                      var valid0 = _errs60 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": { "version": true, "description": true, "entry": true, "steps": true, "parallel_steps": true, "notes": true, "audit_mode": true, "audit_mode_note": true, "class_definition_ref": true, "CONTRACT_CALL_instructions": true, "input_schema": true, "output_schema": true, "metadata": true }, "dynamicProps": false, "dynamicItems": false };
    exports["registry.accepted_changes_v1"] = validate32;
    var pattern29 = new RegExp("^sha256:[0-9a-f]{16,64}$", "u");
    function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate32.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.accepted === void 0 && (missing0 = "accepted")) {
            validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!(key0 === "$schema" || key0 === "accepted")) {
                validate32.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.$schema !== void 0) {
                const _errs2 = errors;
                if (typeof data.$schema !== "string") {
                  validate32.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.accepted !== void 0) {
                  let data1 = data.accepted;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (Array.isArray(data1)) {
                      var valid1 = true;
                      const len0 = data1.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs6 = errors;
                        if (errors === _errs6) {
                          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                            let missing1;
                            if (data2.id === void 0 && (missing1 = "id") || data2.fingerprint === void 0 && (missing1 = "fingerprint") || data2.reason === void 0 && (missing1 = "reason")) {
                              validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0, schemaPath: "#/properties/accepted/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              const _errs8 = errors;
                              for (const key1 in data2) {
                                if (!(key1 === "id" || key1 === "fingerprint" || key1 === "reason" || key1 === "accepted_by")) {
                                  validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0, schemaPath: "#/properties/accepted/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs8 === errors) {
                                if (data2.id !== void 0) {
                                  let data3 = data2.id;
                                  const _errs9 = errors;
                                  if (errors === _errs9) {
                                    if (typeof data3 === "string") {
                                      if (func2(data3) < 1) {
                                        validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0 + "/id", schemaPath: "#/properties/accepted/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0 + "/id", schemaPath: "#/properties/accepted/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs9 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data2.fingerprint !== void 0) {
                                    let data4 = data2.fingerprint;
                                    const _errs11 = errors;
                                    if (errors === _errs11) {
                                      if (typeof data4 === "string") {
                                        if (!pattern29.test(data4)) {
                                          validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0 + "/fingerprint", schemaPath: "#/properties/accepted/items/properties/fingerprint/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{16,64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{16,64}$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0 + "/fingerprint", schemaPath: "#/properties/accepted/items/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs11 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data2.reason !== void 0) {
                                      let data5 = data2.reason;
                                      const _errs13 = errors;
                                      if (errors === _errs13) {
                                        if (typeof data5 === "string") {
                                          if (func2(data5) < 1) {
                                            validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0 + "/reason", schemaPath: "#/properties/accepted/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0 + "/reason", schemaPath: "#/properties/accepted/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid2 = _errs13 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data2.accepted_by !== void 0) {
                                        const _errs15 = errors;
                                        if (typeof data2.accepted_by !== "string") {
                                          validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0 + "/accepted_by", schemaPath: "#/properties/accepted/items/properties/accepted_by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid2 = _errs15 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate32.errors = [{ instancePath: instancePath + "/accepted/" + i0, schemaPath: "#/properties/accepted/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs6 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate32.errors = [{ instancePath: instancePath + "/accepted", schemaPath: "#/properties/accepted/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        } else {
          validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate32.errors = vErrors;
      return errors === 0;
    }
    validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["registry.config_v1"] = validate33;
    var schema42 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova-registry.dev/schemas/registry.config_v1.schema.json", "title": "registry.config_v1", "description": "Configuration of a MOVA registry, read from mova.registry.json at the registry root. Every field is optional; what is left out takes its default.", "type": "object", "properties": { "$schema": { "type": "string", "description": "Optional link to this schema, for editor completion." }, "release": { "description": "The MOVA release whose red-core schemas every document is validated against.", "enum": ["6.0.0", "5.0.0", "4.1.1"], "default": "6.0.0" }, "folders": { "type": "object", "description": "Where each family of documents lives, relative to the registry root. Only these folders (and mova.registry.json and global.*.json at the root) are scanned.", "properties": { "schemas": { "$ref": "#/$defs/folderList", "description": "Data and envelope schemas (*.schema.json). Default: schemas." }, "globals": { "$ref": "#/$defs/folderList", "description": "Global catalogs (global.*.json): verbs, layers and namespaces, security. Default: globals." }, "runtimes": { "$ref": "#/$defs/folderList", "description": "Runtime bindings. Default: runtimes." }, "connectors": { "$ref": "#/$defs/folderList", "description": "Connectors. Default: connectors." }, "profiles": { "$ref": "#/$defs/folderList", "description": "Instruction profiles. Default: profiles." }, "envelopes": { "$ref": "#/$defs/folderList", "description": "Envelopes that stand on their own, outside contract packages. Default: envelopes." }, "episodes": { "$ref": "#/$defs/folderList", "description": "Recorded episodes. Default: episodes." }, "contracts": { "$ref": "#/$defs/folderList", "description": "Contract packages, one folder each with a manifest.json. Default: contracts." }, "runs": { "$ref": "#/$defs/folderList", "description": "Runs, one folder each: request.json, state.json and episodes/. Default: runs." } }, "additionalProperties": false }, "exclude": { "type": "array", "description": 'Glob patterns (relative to the registry root) of files never to read, e.g. "contracts/**/fixtures/**".', "items": { "type": "string", "minLength": 1 } }, "limits": { "type": "object", "description": "Limits on each file, so that hostile input (a huge file, an array of millions, nesting without end) ends in a finding instead of an exhausted runner (rules input/too-large, input/too-deep).", "properties": { "max_file_bytes": { "type": "integer", "minimum": 1, "default": 10485760, "description": "Files larger than this many bytes are not read at all: their size is asked first (rule input/too-large). Default: 10 MB." }, "max_depth": { "type": "integer", "minimum": 1, "maximum": 1e3, "default": 64, "description": "The deepest nesting of objects and arrays a document may have (rule input/too-deep). Default: 64." }, "max_items": { "type": "integer", "minimum": 1, "default": 1e5, "description": "The most elements one array, or members one object, may have (rule input/too-large). Default: 100000." } }, "additionalProperties": false }, "policy": { "type": "object", "description": "Policy settings of the guard.", "properties": { "rules": { "type": "object", "description": `Severity per rule id, overriding the rule's default; "off" turns a rule off. E.g. {"layer/unknown-namespace": "error"}.`, "propertyNames": { "pattern": "^[a-z]+/[a-z0-9-]+$" }, "additionalProperties": { "enum": ["error", "warning", "notice", "off"] } }, "max_steps": { "type": "integer", "minimum": 1, "default": 100, "description": "The most steps a flow may have (rule flow/step-limit)." }, "system_contracts": { "type": "array", "description": 'package_ids of system contracts, in addition to those whose manifest says "system": true (rule flow/system-contract-call).', "items": { "type": "string", "minLength": 1 } }, "system_contract_callers": { "type": "array", "description": "package_ids of the contracts allowed to CONTRACT_CALL system contracts.", "items": { "type": "string", "minLength": 1 } }, "compatibility": { "type": "object", "description": "How schema changes are judged against the base branch. BACKWARD: the new schema accepts every document the old one did; FORWARD: the old schema accepts every document the new one does; FULL: both; NONE: no check.", "properties": { "default": { "$ref": "#/$defs/compatibilityMode" }, "prefixes": { "type": "object", "description": 'Mode per schema id prefix; the longest matching prefix wins, e.g. {"ds.finance_": "FULL"}.', "additionalProperties": { "$ref": "#/$defs/compatibilityMode" } } }, "additionalProperties": false }, "accepted_changes": { "type": "string", "minLength": 1, "default": "mova.accepted-changes.json", "description": "File, relative to the registry root, listing breaking changes accepted on purpose, each by the fingerprint the guard prints." }, "roles": { "type": "object", "description": "Who may decide human gates: each role a gate names, mapped to GitHub users and teams (org/team-slug). The pull request's author and the run's initiator never decide their own run's gates.", "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" }, "additionalProperties": { "type": "object", "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\\[bot\\])?$" }, "description": "GitHub logins." }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$" }, "description": "GitHub teams as org/team-slug." } }, "additionalProperties": false } }, "max_call_depth": { "type": "integer", "minimum": 1, "maximum": 16, "default": 3, "description": "How deep CONTRACT_CALLs may nest in one run." }, "gate_reminder_hours": { "type": "number", "exclusiveMinimum": 0, "default": 24, "description": "The scheduled sweep reminds approvers of gates open longer than this." }, "lease_hours": { "type": "number", "exclusiveMinimum": 0, "default": 72, "description": "How long a run's lease on the documents it will update lasts, unless the run ends first." }, "schedule_lookback_hours": { "type": "number", "exclusiveMinimum": 0, "default": 24, "description": "A scheduled sweep starts a cron-scheduled run whose fire time lies at most this far in the past (so enabling the schedule does not start old runs)." }, "bot_login": { "type": "string", "minLength": 1, "default": "github-actions[bot]", "description": "The login the action comments as: only its run comments are trusted to hold a run's state hash and gate anchors." } }, "additionalProperties": false } }, "additionalProperties": false, "$defs": { "compatibilityMode": { "enum": ["BACKWARD", "FORWARD", "FULL", "NONE"], "default": "BACKWARD" }, "folder": { "type": "string", "description": 'A folder relative to the registry root, without ".." segments.', "minLength": 1, "pattern": "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+$" }, "folderList": { "anyOf": [{ "$ref": "#/$defs/folder" }, { "type": "array", "items": { "$ref": "#/$defs/folder" } }] } } };
    var schema46 = { "enum": ["BACKWARD", "FORWARD", "FULL", "NONE"], "default": "BACKWARD" };
    var pattern30 = new RegExp("^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+$", "u");
    function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate34.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      let valid0 = false;
      const _errs1 = errors;
      const _errs2 = errors;
      if (errors === _errs2) {
        if (typeof data === "string") {
          if (func2(data) < 1) {
            const err0 = { instancePath, schemaPath: "#/$defs/folder/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          } else {
            if (!pattern30.test(data)) {
              const err1 = { instancePath, schemaPath: "#/$defs/folder/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+$" }, message: 'must match pattern "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+$"' };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
        } else {
          const err2 = { instancePath, schemaPath: "#/$defs/folder/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs1 === errors;
      valid0 = valid0 || _valid0;
      const _errs4 = errors;
      if (errors === _errs4) {
        if (Array.isArray(data)) {
          var valid2 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            const _errs6 = errors;
            const _errs7 = errors;
            if (errors === _errs7) {
              if (typeof data0 === "string") {
                if (func2(data0) < 1) {
                  const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/folder/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                } else {
                  if (!pattern30.test(data0)) {
                    const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/folder/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+$" }, message: 'must match pattern "^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+$"' };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
              } else {
                const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/folder/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            var valid2 = _errs6 === errors;
            if (!valid2) {
              break;
            }
          }
        } else {
          const err6 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        var items0 = true;
      }
      if (!valid0) {
        const err7 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
        validate34.errors = vErrors;
        return false;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate34.errors = vErrors;
      evaluated0.items = items0;
      return errors === 0;
    }
    validate34.evaluated = { "dynamicProps": false, "dynamicItems": true };
    var pattern32 = new RegExp("^[a-z]+/[a-z0-9-]+$", "u");
    var pattern34 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\\[bot\\])?$", "u");
    var pattern35 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
    function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate33.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          const _errs1 = errors;
          for (const key0 in data) {
            if (!(key0 === "$schema" || key0 === "release" || key0 === "folders" || key0 === "exclude" || key0 === "limits" || key0 === "policy")) {
              validate33.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
              return false;
              break;
            }
          }
          if (_errs1 === errors) {
            if (data.$schema !== void 0) {
              const _errs2 = errors;
              if (typeof data.$schema !== "string") {
                validate33.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.release !== void 0) {
                let data1 = data.release;
                const _errs4 = errors;
                if (!(data1 === "6.0.0" || data1 === "5.0.0" || data1 === "4.1.1")) {
                  validate33.errors = [{ instancePath: instancePath + "/release", schemaPath: "#/properties/release/enum", keyword: "enum", params: { allowedValues: schema42.properties.release.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.folders !== void 0) {
                  let data2 = data.folders;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      const _errs7 = errors;
                      for (const key1 in data2) {
                        if (!func0.call(schema42.properties.folders.properties, key1)) {
                          validate33.errors = [{ instancePath: instancePath + "/folders", schemaPath: "#/properties/folders/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                          return false;
                          break;
                        }
                      }
                      if (_errs7 === errors) {
                        if (data2.schemas !== void 0) {
                          const _errs8 = errors;
                          if (!validate34(data2.schemas, { instancePath: instancePath + "/folders/schemas", parentData: data2, parentDataProperty: "schemas", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                            errors = vErrors.length;
                          }
                          var valid1 = _errs8 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data2.globals !== void 0) {
                            const _errs9 = errors;
                            if (!validate34(data2.globals, { instancePath: instancePath + "/folders/globals", parentData: data2, parentDataProperty: "globals", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                              errors = vErrors.length;
                            }
                            var valid1 = _errs9 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data2.runtimes !== void 0) {
                              const _errs10 = errors;
                              if (!validate34(data2.runtimes, { instancePath: instancePath + "/folders/runtimes", parentData: data2, parentDataProperty: "runtimes", rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                errors = vErrors.length;
                              }
                              var valid1 = _errs10 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data2.connectors !== void 0) {
                                const _errs11 = errors;
                                if (!validate34(data2.connectors, { instancePath: instancePath + "/folders/connectors", parentData: data2, parentDataProperty: "connectors", rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                  errors = vErrors.length;
                                }
                                var valid1 = _errs11 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data2.profiles !== void 0) {
                                  const _errs12 = errors;
                                  if (!validate34(data2.profiles, { instancePath: instancePath + "/folders/profiles", parentData: data2, parentDataProperty: "profiles", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid1 = _errs12 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data2.envelopes !== void 0) {
                                    const _errs13 = errors;
                                    if (!validate34(data2.envelopes, { instancePath: instancePath + "/folders/envelopes", parentData: data2, parentDataProperty: "envelopes", rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid1 = _errs13 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data2.episodes !== void 0) {
                                      const _errs14 = errors;
                                      if (!validate34(data2.episodes, { instancePath: instancePath + "/folders/episodes", parentData: data2, parentDataProperty: "episodes", rootData, dynamicAnchors })) {
                                        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid1 = _errs14 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data2.contracts !== void 0) {
                                        const _errs15 = errors;
                                        if (!validate34(data2.contracts, { instancePath: instancePath + "/folders/contracts", parentData: data2, parentDataProperty: "contracts", rootData, dynamicAnchors })) {
                                          vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid1 = _errs15 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data2.runs !== void 0) {
                                          const _errs16 = errors;
                                          if (!validate34(data2.runs, { instancePath: instancePath + "/folders/runs", parentData: data2, parentDataProperty: "runs", rootData, dynamicAnchors })) {
                                            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid1 = _errs16 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate33.errors = [{ instancePath: instancePath + "/folders", schemaPath: "#/properties/folders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.exclude !== void 0) {
                    let data12 = data.exclude;
                    const _errs17 = errors;
                    if (errors === _errs17) {
                      if (Array.isArray(data12)) {
                        var valid2 = true;
                        const len0 = data12.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data13 = data12[i0];
                          const _errs19 = errors;
                          if (errors === _errs19) {
                            if (typeof data13 === "string") {
                              if (func2(data13) < 1) {
                                validate33.errors = [{ instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            } else {
                              validate33.errors = [{ instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid2 = _errs19 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate33.errors = [{ instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs17 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.limits !== void 0) {
                      let data14 = data.limits;
                      const _errs21 = errors;
                      if (errors === _errs21) {
                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                          const _errs23 = errors;
                          for (const key2 in data14) {
                            if (!(key2 === "max_file_bytes" || key2 === "max_depth" || key2 === "max_items")) {
                              validate33.errors = [{ instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs23 === errors) {
                            if (data14.max_file_bytes !== void 0) {
                              let data15 = data14.max_file_bytes;
                              const _errs24 = errors;
                              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                                validate33.errors = [{ instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs24) {
                                if (typeof data15 == "number") {
                                  if (data15 < 1 || isNaN(data15)) {
                                    validate33.errors = [{ instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                    return false;
                                  }
                                }
                              }
                              var valid3 = _errs24 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data14.max_depth !== void 0) {
                                let data16 = data14.max_depth;
                                const _errs26 = errors;
                                if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                                  validate33.errors = [{ instancePath: instancePath + "/limits/max_depth", schemaPath: "#/properties/limits/properties/max_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs26) {
                                  if (typeof data16 == "number") {
                                    if (data16 > 1e3 || isNaN(data16)) {
                                      validate33.errors = [{ instancePath: instancePath + "/limits/max_depth", schemaPath: "#/properties/limits/properties/max_depth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" }];
                                      return false;
                                    } else {
                                      if (data16 < 1 || isNaN(data16)) {
                                        validate33.errors = [{ instancePath: instancePath + "/limits/max_depth", schemaPath: "#/properties/limits/properties/max_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                        return false;
                                      }
                                    }
                                  }
                                }
                                var valid3 = _errs26 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data14.max_items !== void 0) {
                                  let data17 = data14.max_items;
                                  const _errs28 = errors;
                                  if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                                    validate33.errors = [{ instancePath: instancePath + "/limits/max_items", schemaPath: "#/properties/limits/properties/max_items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs28) {
                                    if (typeof data17 == "number") {
                                      if (data17 < 1 || isNaN(data17)) {
                                        validate33.errors = [{ instancePath: instancePath + "/limits/max_items", schemaPath: "#/properties/limits/properties/max_items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid3 = _errs28 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate33.errors = [{ instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs21 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.policy !== void 0) {
                        let data18 = data.policy;
                        const _errs30 = errors;
                        if (errors === _errs30) {
                          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                            const _errs32 = errors;
                            for (const key3 in data18) {
                              if (!func0.call(schema42.properties.policy.properties, key3)) {
                                validate33.errors = [{ instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs32 === errors) {
                              if (data18.rules !== void 0) {
                                let data19 = data18.rules;
                                const _errs33 = errors;
                                if (errors === _errs33) {
                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                    for (const key4 in data19) {
                                      const _errs35 = errors;
                                      if (typeof key4 === "string") {
                                        if (!pattern32.test(key4)) {
                                          const err0 = { instancePath: instancePath + "/policy/rules", schemaPath: "#/properties/policy/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z]+/[a-z0-9-]+$"', propertyName: key4 };
                                          if (vErrors === null) {
                                            vErrors = [err0];
                                          } else {
                                            vErrors.push(err0);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid5 = _errs35 === errors;
                                      if (!valid5) {
                                        const err1 = { instancePath: instancePath + "/policy/rules", schemaPath: "#/properties/policy/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid" };
                                        if (vErrors === null) {
                                          vErrors = [err1];
                                        } else {
                                          vErrors.push(err1);
                                        }
                                        errors++;
                                        validate33.errors = vErrors;
                                        return false;
                                        break;
                                      }
                                    }
                                    if (valid5) {
                                      for (const key5 in data19) {
                                        let data20 = data19[key5];
                                        const _errs37 = errors;
                                        if (!(data20 === "error" || data20 === "warning" || data20 === "notice" || data20 === "off")) {
                                          validate33.errors = [{ instancePath: instancePath + "/policy/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema42.properties.policy.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid6 = _errs37 === errors;
                                        if (!valid6) {
                                          break;
                                        }
                                      }
                                    }
                                  } else {
                                    validate33.errors = [{ instancePath: instancePath + "/policy/rules", schemaPath: "#/properties/policy/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs33 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data18.max_steps !== void 0) {
                                  let data21 = data18.max_steps;
                                  const _errs38 = errors;
                                  if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                                    validate33.errors = [{ instancePath: instancePath + "/policy/max_steps", schemaPath: "#/properties/policy/properties/max_steps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs38) {
                                    if (typeof data21 == "number") {
                                      if (data21 < 1 || isNaN(data21)) {
                                        validate33.errors = [{ instancePath: instancePath + "/policy/max_steps", schemaPath: "#/properties/policy/properties/max_steps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid4 = _errs38 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data18.system_contracts !== void 0) {
                                    let data22 = data18.system_contracts;
                                    const _errs40 = errors;
                                    if (errors === _errs40) {
                                      if (Array.isArray(data22)) {
                                        var valid7 = true;
                                        const len1 = data22.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data23 = data22[i1];
                                          const _errs42 = errors;
                                          if (errors === _errs42) {
                                            if (typeof data23 === "string") {
                                              if (func2(data23) < 1) {
                                                validate33.errors = [{ instancePath: instancePath + "/policy/system_contracts/" + i1, schemaPath: "#/properties/policy/properties/system_contracts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate33.errors = [{ instancePath: instancePath + "/policy/system_contracts/" + i1, schemaPath: "#/properties/policy/properties/system_contracts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid7 = _errs42 === errors;
                                          if (!valid7) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate33.errors = [{ instancePath: instancePath + "/policy/system_contracts", schemaPath: "#/properties/policy/properties/system_contracts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid4 = _errs40 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data18.system_contract_callers !== void 0) {
                                      let data24 = data18.system_contract_callers;
                                      const _errs44 = errors;
                                      if (errors === _errs44) {
                                        if (Array.isArray(data24)) {
                                          var valid8 = true;
                                          const len2 = data24.length;
                                          for (let i2 = 0; i2 < len2; i2++) {
                                            let data25 = data24[i2];
                                            const _errs46 = errors;
                                            if (errors === _errs46) {
                                              if (typeof data25 === "string") {
                                                if (func2(data25) < 1) {
                                                  validate33.errors = [{ instancePath: instancePath + "/policy/system_contract_callers/" + i2, schemaPath: "#/properties/policy/properties/system_contract_callers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate33.errors = [{ instancePath: instancePath + "/policy/system_contract_callers/" + i2, schemaPath: "#/properties/policy/properties/system_contract_callers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid8 = _errs46 === errors;
                                            if (!valid8) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate33.errors = [{ instancePath: instancePath + "/policy/system_contract_callers", schemaPath: "#/properties/policy/properties/system_contract_callers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid4 = _errs44 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data18.compatibility !== void 0) {
                                        let data26 = data18.compatibility;
                                        const _errs48 = errors;
                                        if (errors === _errs48) {
                                          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                            const _errs50 = errors;
                                            for (const key6 in data26) {
                                              if (!(key6 === "default" || key6 === "prefixes")) {
                                                validate33.errors = [{ instancePath: instancePath + "/policy/compatibility", schemaPath: "#/properties/policy/properties/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs50 === errors) {
                                              if (data26.default !== void 0) {
                                                let data27 = data26.default;
                                                const _errs51 = errors;
                                                if (!(data27 === "BACKWARD" || data27 === "FORWARD" || data27 === "FULL" || data27 === "NONE")) {
                                                  validate33.errors = [{ instancePath: instancePath + "/policy/compatibility/default", schemaPath: "#/$defs/compatibilityMode/enum", keyword: "enum", params: { allowedValues: schema46.enum }, message: "must be equal to one of the allowed values" }];
                                                  return false;
                                                }
                                                var valid9 = _errs51 === errors;
                                              } else {
                                                var valid9 = true;
                                              }
                                              if (valid9) {
                                                if (data26.prefixes !== void 0) {
                                                  let data28 = data26.prefixes;
                                                  const _errs53 = errors;
                                                  if (errors === _errs53) {
                                                    if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                                      for (const key7 in data28) {
                                                        let data29 = data28[key7];
                                                        const _errs56 = errors;
                                                        if (!(data29 === "BACKWARD" || data29 === "FORWARD" || data29 === "FULL" || data29 === "NONE")) {
                                                          validate33.errors = [{ instancePath: instancePath + "/policy/compatibility/prefixes/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/compatibilityMode/enum", keyword: "enum", params: { allowedValues: schema46.enum }, message: "must be equal to one of the allowed values" }];
                                                          return false;
                                                        }
                                                        var valid11 = _errs56 === errors;
                                                        if (!valid11) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate33.errors = [{ instancePath: instancePath + "/policy/compatibility/prefixes", schemaPath: "#/properties/policy/properties/compatibility/properties/prefixes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid9 = _errs53 === errors;
                                                } else {
                                                  var valid9 = true;
                                                }
                                              }
                                            }
                                          } else {
                                            validate33.errors = [{ instancePath: instancePath + "/policy/compatibility", schemaPath: "#/properties/policy/properties/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs48 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data18.accepted_changes !== void 0) {
                                          let data30 = data18.accepted_changes;
                                          const _errs58 = errors;
                                          if (errors === _errs58) {
                                            if (typeof data30 === "string") {
                                              if (func2(data30) < 1) {
                                                validate33.errors = [{ instancePath: instancePath + "/policy/accepted_changes", schemaPath: "#/properties/policy/properties/accepted_changes/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate33.errors = [{ instancePath: instancePath + "/policy/accepted_changes", schemaPath: "#/properties/policy/properties/accepted_changes/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid4 = _errs58 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data18.roles !== void 0) {
                                            let data31 = data18.roles;
                                            const _errs60 = errors;
                                            if (errors === _errs60) {
                                              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                                                for (const key8 in data31) {
                                                  const _errs62 = errors;
                                                  if (typeof key8 === "string") {
                                                    if (!pattern1.test(key8)) {
                                                      const err2 = { instancePath: instancePath + "/policy/roles", schemaPath: "#/properties/policy/properties/roles/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', propertyName: key8 };
                                                      if (vErrors === null) {
                                                        vErrors = [err2];
                                                      } else {
                                                        vErrors.push(err2);
                                                      }
                                                      errors++;
                                                    }
                                                  }
                                                  var valid13 = _errs62 === errors;
                                                  if (!valid13) {
                                                    const err3 = { instancePath: instancePath + "/policy/roles", schemaPath: "#/properties/policy/properties/roles/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid" };
                                                    if (vErrors === null) {
                                                      vErrors = [err3];
                                                    } else {
                                                      vErrors.push(err3);
                                                    }
                                                    errors++;
                                                    validate33.errors = vErrors;
                                                    return false;
                                                    break;
                                                  }
                                                }
                                                if (valid13) {
                                                  for (const key9 in data31) {
                                                    let data32 = data31[key9];
                                                    const _errs64 = errors;
                                                    if (errors === _errs64) {
                                                      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                        const _errs66 = errors;
                                                        for (const key10 in data32) {
                                                          if (!(key10 === "users" || key10 === "teams")) {
                                                            validate33.errors = [{ instancePath: instancePath + "/policy/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/roles/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" }];
                                                            return false;
                                                            break;
                                                          }
                                                        }
                                                        if (_errs66 === errors) {
                                                          if (data32.users !== void 0) {
                                                            let data33 = data32.users;
                                                            const _errs67 = errors;
                                                            if (errors === _errs67) {
                                                              if (Array.isArray(data33)) {
                                                                var valid16 = true;
                                                                const len3 = data33.length;
                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                  let data34 = data33[i3];
                                                                  const _errs69 = errors;
                                                                  if (errors === _errs69) {
                                                                    if (typeof data34 === "string") {
                                                                      if (!pattern34.test(data34)) {
                                                                        validate33.errors = [{ instancePath: instancePath + "/policy/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/users/" + i3, schemaPath: "#/properties/policy/properties/roles/additionalProperties/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\\[bot\\])?$"' }];
                                                                        return false;
                                                                      }
                                                                    } else {
                                                                      validate33.errors = [{ instancePath: instancePath + "/policy/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/users/" + i3, schemaPath: "#/properties/policy/properties/roles/additionalProperties/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid16 = _errs69 === errors;
                                                                  if (!valid16) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate33.errors = [{ instancePath: instancePath + "/policy/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/users", schemaPath: "#/properties/policy/properties/roles/additionalProperties/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid15 = _errs67 === errors;
                                                          } else {
                                                            var valid15 = true;
                                                          }
                                                          if (valid15) {
                                                            if (data32.teams !== void 0) {
                                                              let data35 = data32.teams;
                                                              const _errs71 = errors;
                                                              if (errors === _errs71) {
                                                                if (Array.isArray(data35)) {
                                                                  var valid17 = true;
                                                                  const len4 = data35.length;
                                                                  for (let i4 = 0; i4 < len4; i4++) {
                                                                    let data36 = data35[i4];
                                                                    const _errs73 = errors;
                                                                    if (errors === _errs73) {
                                                                      if (typeof data36 === "string") {
                                                                        if (!pattern35.test(data36)) {
                                                                          validate33.errors = [{ instancePath: instancePath + "/policy/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i4, schemaPath: "#/properties/policy/properties/roles/additionalProperties/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"' }];
                                                                          return false;
                                                                        }
                                                                      } else {
                                                                        validate33.errors = [{ instancePath: instancePath + "/policy/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i4, schemaPath: "#/properties/policy/properties/roles/additionalProperties/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid17 = _errs73 === errors;
                                                                    if (!valid17) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate33.errors = [{ instancePath: instancePath + "/policy/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", schemaPath: "#/properties/policy/properties/roles/additionalProperties/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid15 = _errs71 === errors;
                                                            } else {
                                                              var valid15 = true;
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate33.errors = [{ instancePath: instancePath + "/policy/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/roles/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid14 = _errs64 === errors;
                                                    if (!valid14) {
                                                      break;
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate33.errors = [{ instancePath: instancePath + "/policy/roles", schemaPath: "#/properties/policy/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid4 = _errs60 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data18.max_call_depth !== void 0) {
                                              let data37 = data18.max_call_depth;
                                              const _errs75 = errors;
                                              if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)))) {
                                                validate33.errors = [{ instancePath: instancePath + "/policy/max_call_depth", schemaPath: "#/properties/policy/properties/max_call_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                return false;
                                              }
                                              if (errors === _errs75) {
                                                if (typeof data37 == "number") {
                                                  if (data37 > 16 || isNaN(data37)) {
                                                    validate33.errors = [{ instancePath: instancePath + "/policy/max_call_depth", schemaPath: "#/properties/policy/properties/max_call_depth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16 }, message: "must be <= 16" }];
                                                    return false;
                                                  } else {
                                                    if (data37 < 1 || isNaN(data37)) {
                                                      validate33.errors = [{ instancePath: instancePath + "/policy/max_call_depth", schemaPath: "#/properties/policy/properties/max_call_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                      return false;
                                                    }
                                                  }
                                                }
                                              }
                                              var valid4 = _errs75 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data18.gate_reminder_hours !== void 0) {
                                                let data38 = data18.gate_reminder_hours;
                                                const _errs77 = errors;
                                                if (errors === _errs77) {
                                                  if (typeof data38 == "number") {
                                                    if (data38 <= 0 || isNaN(data38)) {
                                                      validate33.errors = [{ instancePath: instancePath + "/policy/gate_reminder_hours", schemaPath: "#/properties/policy/properties/gate_reminder_hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate33.errors = [{ instancePath: instancePath + "/policy/gate_reminder_hours", schemaPath: "#/properties/policy/properties/gate_reminder_hours/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                }
                                                var valid4 = _errs77 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data18.lease_hours !== void 0) {
                                                  let data39 = data18.lease_hours;
                                                  const _errs79 = errors;
                                                  if (errors === _errs79) {
                                                    if (typeof data39 == "number") {
                                                      if (data39 <= 0 || isNaN(data39)) {
                                                        validate33.errors = [{ instancePath: instancePath + "/policy/lease_hours", schemaPath: "#/properties/policy/properties/lease_hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate33.errors = [{ instancePath: instancePath + "/policy/lease_hours", schemaPath: "#/properties/policy/properties/lease_hours/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid4 = _errs79 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data18.schedule_lookback_hours !== void 0) {
                                                    let data40 = data18.schedule_lookback_hours;
                                                    const _errs81 = errors;
                                                    if (errors === _errs81) {
                                                      if (typeof data40 == "number") {
                                                        if (data40 <= 0 || isNaN(data40)) {
                                                          validate33.errors = [{ instancePath: instancePath + "/policy/schedule_lookback_hours", schemaPath: "#/properties/policy/properties/schedule_lookback_hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate33.errors = [{ instancePath: instancePath + "/policy/schedule_lookback_hours", schemaPath: "#/properties/policy/properties/schedule_lookback_hours/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid4 = _errs81 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                  if (valid4) {
                                                    if (data18.bot_login !== void 0) {
                                                      let data41 = data18.bot_login;
                                                      const _errs83 = errors;
                                                      if (errors === _errs83) {
                                                        if (typeof data41 === "string") {
                                                          if (func2(data41) < 1) {
                                                            validate33.errors = [{ instancePath: instancePath + "/policy/bot_login", schemaPath: "#/properties/policy/properties/bot_login/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate33.errors = [{ instancePath: instancePath + "/policy/bot_login", schemaPath: "#/properties/policy/properties/bot_login/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid4 = _errs83 === errors;
                                                    } else {
                                                      var valid4 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate33.errors = [{ instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs30 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate33.errors = vErrors;
      return errors === 0;
    }
    validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["registry.global_catalog_v1"] = validate44;
    function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate44.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.version === void 0 && (missing0 = "version")) {
            validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.version !== void 0) {
              let data0 = data.version;
              const _errs1 = errors;
              if (errors === _errs1) {
                if (typeof data0 === "string") {
                  if (func2(data0) < 1) {
                    validate44.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate44.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs1 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.meta !== void 0) {
                let data1 = data.meta;
                const _errs3 = errors;
                if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
                  validate44.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        } else {
          validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate44.errors = vErrors;
      return errors === 0;
    }
    validate44.evaluated = { "props": { "version": true, "meta": true }, "dynamicProps": false, "dynamicItems": false };
    exports["registry.index_v1"] = validate45;
    var schema49 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova-registry.dev/schemas/registry.index_v1.schema.json", "title": "registry.index_v1", "description": "The index a registry publishes beside its MOVA core catalog: the runtimes, connectors, instruction profiles and contract packages (with their flows) that the catalog's closed top level has no room for, each with the hash of its content and the references it makes.", "type": "object", "properties": { "schema_id": { "const": "registry.index_v1" }, "release": { "enum": ["6.0.0", "5.0.0", "4.1.1"], "description": "The MOVA release the registry is validated against." }, "digest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$", "description": "Hash over the core catalog and these entries: it changes exactly when the published content does." }, "source": { "type": "object", "description": "The commit the index was built from; metadata, outside the digest.", "properties": { "commit": { "type": "string", "pattern": "^[0-9a-f]{40,64}$" }, "committed_at": { "type": "string", "format": "date-time" } }, "required": ["commit", "committed_at"], "additionalProperties": false }, "entries": { "type": "array", "description": "Sorted by kind, then id.", "items": { "$ref": "#/$defs/entry" } } }, "required": ["schema_id", "release", "digest", "entries"], "additionalProperties": false, "$defs": { "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "sha256 of the document's canonical JSON (keys sorted, no whitespace)." }, "reference": { "type": "object", "properties": { "kind": { "enum": ["verb", "policy_profile", "connector", "runtime", "contract", "schema"] }, "target": { "type": "string", "minLength": 1 }, "field": { "type": "string", "description": "Which field makes the reference, e.g. connector_id." } }, "required": ["kind", "target", "field"], "additionalProperties": false }, "entry": { "type": "object", "properties": { "id": { "type": "string", "minLength": 1 }, "kind": { "enum": ["runtime", "connector", "contract", "instruction_profile"] }, "path": { "type": "string", "minLength": 1, "description": "File, relative to the registry root (a contract's manifest)." }, "schema": { "type": "string", "description": "The schema the document is validated against." }, "owner": { "type": "string", "description": "Who is accountable, where the document says so (owner, or meta.owner)." }, "sha256": { "$ref": "#/$defs/sha256", "description": "sha256 of the document's canonical JSON; for a contract, sha256 of the canonical JSON of the array of its manifest's, flow's and envelope's own sha256 (null for one that is missing or not JSON)." }, "references": { "type": "array", "items": { "$ref": "#/$defs/reference" } }, "flow": { "type": "object", "properties": { "path": { "type": "string" }, "sha256": { "$ref": "#/$defs/sha256" }, "entry": { "type": "string" }, "steps": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "mode": { "type": "string" } }, "required": ["id", "mode"], "additionalProperties": false } } }, "required": ["path", "sha256", "steps"], "additionalProperties": false }, "envelope": { "type": "object", "properties": { "path": { "type": "string" }, "id": { "type": "string" }, "sha256": { "$ref": "#/$defs/sha256" } }, "required": ["path", "sha256"], "additionalProperties": false } }, "required": ["id", "kind", "path", "sha256", "references"], "additionalProperties": false } } };
    var pattern36 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
    var pattern37 = new RegExp("^[0-9a-f]{40,64}$", "u");
    var schema50 = { "type": "object", "properties": { "id": { "type": "string", "minLength": 1 }, "kind": { "enum": ["runtime", "connector", "contract", "instruction_profile"] }, "path": { "type": "string", "minLength": 1, "description": "File, relative to the registry root (a contract's manifest)." }, "schema": { "type": "string", "description": "The schema the document is validated against." }, "owner": { "type": "string", "description": "Who is accountable, where the document says so (owner, or meta.owner)." }, "sha256": { "$ref": "#/$defs/sha256", "description": "sha256 of the document's canonical JSON; for a contract, sha256 of the canonical JSON of the array of its manifest's, flow's and envelope's own sha256 (null for one that is missing or not JSON)." }, "references": { "type": "array", "items": { "$ref": "#/$defs/reference" } }, "flow": { "type": "object", "properties": { "path": { "type": "string" }, "sha256": { "$ref": "#/$defs/sha256" }, "entry": { "type": "string" }, "steps": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "mode": { "type": "string" } }, "required": ["id", "mode"], "additionalProperties": false } } }, "required": ["path", "sha256", "steps"], "additionalProperties": false }, "envelope": { "type": "object", "properties": { "path": { "type": "string" }, "id": { "type": "string" }, "sha256": { "$ref": "#/$defs/sha256" } }, "required": ["path", "sha256"], "additionalProperties": false } }, "required": ["id", "kind", "path", "sha256", "references"], "additionalProperties": false };
    var schema52 = { "type": "object", "properties": { "kind": { "enum": ["verb", "policy_profile", "connector", "runtime", "contract", "schema"] }, "target": { "type": "string", "minLength": 1 }, "field": { "type": "string", "description": "Which field makes the reference, e.g. connector_id." } }, "required": ["kind", "target", "field"], "additionalProperties": false };
    var pattern38 = new RegExp("^[0-9a-f]{64}$", "u");
    function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate46.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.id === void 0 && (missing0 = "id") || data.kind === void 0 && (missing0 = "kind") || data.path === void 0 && (missing0 = "path") || data.sha256 === void 0 && (missing0 = "sha256") || data.references === void 0 && (missing0 = "references")) {
            validate46.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!func0.call(schema50.properties, key0)) {
                validate46.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.id !== void 0) {
                let data0 = data.id;
                const _errs2 = errors;
                if (errors === _errs2) {
                  if (typeof data0 === "string") {
                    if (func2(data0) < 1) {
                      validate46.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate46.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.kind !== void 0) {
                  let data1 = data.kind;
                  const _errs4 = errors;
                  if (!(data1 === "runtime" || data1 === "connector" || data1 === "contract" || data1 === "instruction_profile")) {
                    validate46.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema50.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.path !== void 0) {
                    let data2 = data.path;
                    const _errs5 = errors;
                    if (errors === _errs5) {
                      if (typeof data2 === "string") {
                        if (func2(data2) < 1) {
                          validate46.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate46.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.schema !== void 0) {
                      const _errs7 = errors;
                      if (typeof data.schema !== "string") {
                        validate46.errors = [{ instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.owner !== void 0) {
                        const _errs9 = errors;
                        if (typeof data.owner !== "string") {
                          validate46.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs9 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.sha256 !== void 0) {
                          let data5 = data.sha256;
                          const _errs11 = errors;
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (typeof data5 === "string") {
                              if (!pattern38.test(data5)) {
                                validate46.errors = [{ instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' }];
                                return false;
                              }
                            } else {
                              validate46.errors = [{ instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid0 = _errs11 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.references !== void 0) {
                            let data6 = data.references;
                            const _errs14 = errors;
                            if (errors === _errs14) {
                              if (Array.isArray(data6)) {
                                var valid2 = true;
                                const len0 = data6.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  let data7 = data6[i0];
                                  const _errs16 = errors;
                                  const _errs17 = errors;
                                  if (errors === _errs17) {
                                    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                      let missing1;
                                      if (data7.kind === void 0 && (missing1 = "kind") || data7.target === void 0 && (missing1 = "target") || data7.field === void 0 && (missing1 = "field")) {
                                        validate46.errors = [{ instancePath: instancePath + "/references/" + i0, schemaPath: "#/$defs/reference/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                        return false;
                                      } else {
                                        const _errs19 = errors;
                                        for (const key1 in data7) {
                                          if (!(key1 === "kind" || key1 === "target" || key1 === "field")) {
                                            validate46.errors = [{ instancePath: instancePath + "/references/" + i0, schemaPath: "#/$defs/reference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs19 === errors) {
                                          if (data7.kind !== void 0) {
                                            let data8 = data7.kind;
                                            const _errs20 = errors;
                                            if (!(data8 === "verb" || data8 === "policy_profile" || data8 === "connector" || data8 === "runtime" || data8 === "contract" || data8 === "schema")) {
                                              validate46.errors = [{ instancePath: instancePath + "/references/" + i0 + "/kind", schemaPath: "#/$defs/reference/properties/kind/enum", keyword: "enum", params: { allowedValues: schema52.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid4 = _errs20 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data7.target !== void 0) {
                                              let data9 = data7.target;
                                              const _errs21 = errors;
                                              if (errors === _errs21) {
                                                if (typeof data9 === "string") {
                                                  if (func2(data9) < 1) {
                                                    validate46.errors = [{ instancePath: instancePath + "/references/" + i0 + "/target", schemaPath: "#/$defs/reference/properties/target/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate46.errors = [{ instancePath: instancePath + "/references/" + i0 + "/target", schemaPath: "#/$defs/reference/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid4 = _errs21 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data7.field !== void 0) {
                                                const _errs23 = errors;
                                                if (typeof data7.field !== "string") {
                                                  validate46.errors = [{ instancePath: instancePath + "/references/" + i0 + "/field", schemaPath: "#/$defs/reference/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid4 = _errs23 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate46.errors = [{ instancePath: instancePath + "/references/" + i0, schemaPath: "#/$defs/reference/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs16 === errors;
                                  if (!valid2) {
                                    break;
                                  }
                                }
                              } else {
                                validate46.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs14 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.flow !== void 0) {
                              let data11 = data.flow;
                              const _errs25 = errors;
                              if (errors === _errs25) {
                                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                  let missing2;
                                  if (data11.path === void 0 && (missing2 = "path") || data11.sha256 === void 0 && (missing2 = "sha256") || data11.steps === void 0 && (missing2 = "steps")) {
                                    validate46.errors = [{ instancePath: instancePath + "/flow", schemaPath: "#/properties/flow/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                    return false;
                                  } else {
                                    const _errs27 = errors;
                                    for (const key2 in data11) {
                                      if (!(key2 === "path" || key2 === "sha256" || key2 === "entry" || key2 === "steps")) {
                                        validate46.errors = [{ instancePath: instancePath + "/flow", schemaPath: "#/properties/flow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs27 === errors) {
                                      if (data11.path !== void 0) {
                                        const _errs28 = errors;
                                        if (typeof data11.path !== "string") {
                                          validate46.errors = [{ instancePath: instancePath + "/flow/path", schemaPath: "#/properties/flow/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid5 = _errs28 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                      if (valid5) {
                                        if (data11.sha256 !== void 0) {
                                          let data13 = data11.sha256;
                                          const _errs30 = errors;
                                          const _errs31 = errors;
                                          if (errors === _errs31) {
                                            if (typeof data13 === "string") {
                                              if (!pattern38.test(data13)) {
                                                validate46.errors = [{ instancePath: instancePath + "/flow/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' }];
                                                return false;
                                              }
                                            } else {
                                              validate46.errors = [{ instancePath: instancePath + "/flow/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid5 = _errs30 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data11.entry !== void 0) {
                                            const _errs33 = errors;
                                            if (typeof data11.entry !== "string") {
                                              validate46.errors = [{ instancePath: instancePath + "/flow/entry", schemaPath: "#/properties/flow/properties/entry/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid5 = _errs33 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data11.steps !== void 0) {
                                              let data15 = data11.steps;
                                              const _errs35 = errors;
                                              if (errors === _errs35) {
                                                if (Array.isArray(data15)) {
                                                  var valid7 = true;
                                                  const len1 = data15.length;
                                                  for (let i1 = 0; i1 < len1; i1++) {
                                                    let data16 = data15[i1];
                                                    const _errs37 = errors;
                                                    if (errors === _errs37) {
                                                      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                                        let missing3;
                                                        if (data16.id === void 0 && (missing3 = "id") || data16.mode === void 0 && (missing3 = "mode")) {
                                                          validate46.errors = [{ instancePath: instancePath + "/flow/steps/" + i1, schemaPath: "#/properties/flow/properties/steps/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                          return false;
                                                        } else {
                                                          const _errs39 = errors;
                                                          for (const key3 in data16) {
                                                            if (!(key3 === "id" || key3 === "mode")) {
                                                              validate46.errors = [{ instancePath: instancePath + "/flow/steps/" + i1, schemaPath: "#/properties/flow/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                              return false;
                                                              break;
                                                            }
                                                          }
                                                          if (_errs39 === errors) {
                                                            if (data16.id !== void 0) {
                                                              const _errs40 = errors;
                                                              if (typeof data16.id !== "string") {
                                                                validate46.errors = [{ instancePath: instancePath + "/flow/steps/" + i1 + "/id", schemaPath: "#/properties/flow/properties/steps/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid8 = _errs40 === errors;
                                                            } else {
                                                              var valid8 = true;
                                                            }
                                                            if (valid8) {
                                                              if (data16.mode !== void 0) {
                                                                const _errs42 = errors;
                                                                if (typeof data16.mode !== "string") {
                                                                  validate46.errors = [{ instancePath: instancePath + "/flow/steps/" + i1 + "/mode", schemaPath: "#/properties/flow/properties/steps/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid8 = _errs42 === errors;
                                                              } else {
                                                                var valid8 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate46.errors = [{ instancePath: instancePath + "/flow/steps/" + i1, schemaPath: "#/properties/flow/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid7 = _errs37 === errors;
                                                    if (!valid7) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate46.errors = [{ instancePath: instancePath + "/flow/steps", schemaPath: "#/properties/flow/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid5 = _errs35 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate46.errors = [{ instancePath: instancePath + "/flow", schemaPath: "#/properties/flow/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs25 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.envelope !== void 0) {
                                let data19 = data.envelope;
                                const _errs44 = errors;
                                if (errors === _errs44) {
                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                    let missing4;
                                    if (data19.path === void 0 && (missing4 = "path") || data19.sha256 === void 0 && (missing4 = "sha256")) {
                                      validate46.errors = [{ instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                      return false;
                                    } else {
                                      const _errs46 = errors;
                                      for (const key4 in data19) {
                                        if (!(key4 === "path" || key4 === "id" || key4 === "sha256")) {
                                          validate46.errors = [{ instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs46 === errors) {
                                        if (data19.path !== void 0) {
                                          const _errs47 = errors;
                                          if (typeof data19.path !== "string") {
                                            validate46.errors = [{ instancePath: instancePath + "/envelope/path", schemaPath: "#/properties/envelope/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid9 = _errs47 === errors;
                                        } else {
                                          var valid9 = true;
                                        }
                                        if (valid9) {
                                          if (data19.id !== void 0) {
                                            const _errs49 = errors;
                                            if (typeof data19.id !== "string") {
                                              validate46.errors = [{ instancePath: instancePath + "/envelope/id", schemaPath: "#/properties/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid9 = _errs49 === errors;
                                          } else {
                                            var valid9 = true;
                                          }
                                          if (valid9) {
                                            if (data19.sha256 !== void 0) {
                                              let data22 = data19.sha256;
                                              const _errs51 = errors;
                                              const _errs52 = errors;
                                              if (errors === _errs52) {
                                                if (typeof data22 === "string") {
                                                  if (!pattern38.test(data22)) {
                                                    validate46.errors = [{ instancePath: instancePath + "/envelope/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate46.errors = [{ instancePath: instancePath + "/envelope/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid9 = _errs51 === errors;
                                            } else {
                                              var valid9 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate46.errors = [{ instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs44 === errors;
                              } else {
                                var valid0 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate46.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate46.errors = vErrors;
      return errors === 0;
    }
    validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate45.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.schema_id === void 0 && (missing0 = "schema_id") || data.release === void 0 && (missing0 = "release") || data.digest === void 0 && (missing0 = "digest") || data.entries === void 0 && (missing0 = "entries")) {
            validate45.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!(key0 === "schema_id" || key0 === "release" || key0 === "digest" || key0 === "source" || key0 === "entries")) {
                validate45.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.schema_id !== void 0) {
                const _errs2 = errors;
                if ("registry.index_v1" !== data.schema_id) {
                  validate45.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "#/properties/schema_id/const", keyword: "const", params: { allowedValue: "registry.index_v1" }, message: "must be equal to constant" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.release !== void 0) {
                  let data1 = data.release;
                  const _errs3 = errors;
                  if (!(data1 === "6.0.0" || data1 === "5.0.0" || data1 === "4.1.1")) {
                    validate45.errors = [{ instancePath: instancePath + "/release", schemaPath: "#/properties/release/enum", keyword: "enum", params: { allowedValues: schema49.properties.release.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs3 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.digest !== void 0) {
                    let data2 = data.digest;
                    const _errs4 = errors;
                    if (errors === _errs4) {
                      if (typeof data2 === "string") {
                        if (!pattern36.test(data2)) {
                          validate45.errors = [{ instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' }];
                          return false;
                        }
                      } else {
                        validate45.errors = [{ instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs4 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.source !== void 0) {
                      let data3 = data.source;
                      const _errs6 = errors;
                      if (errors === _errs6) {
                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                          let missing1;
                          if (data3.commit === void 0 && (missing1 = "commit") || data3.committed_at === void 0 && (missing1 = "committed_at")) {
                            validate45.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            const _errs8 = errors;
                            for (const key1 in data3) {
                              if (!(key1 === "commit" || key1 === "committed_at")) {
                                validate45.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs8 === errors) {
                              if (data3.commit !== void 0) {
                                let data4 = data3.commit;
                                const _errs9 = errors;
                                if (errors === _errs9) {
                                  if (typeof data4 === "string") {
                                    if (!pattern37.test(data4)) {
                                      validate45.errors = [{ instancePath: instancePath + "/source/commit", schemaPath: "#/properties/source/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40,64}$" }, message: 'must match pattern "^[0-9a-f]{40,64}$"' }];
                                      return false;
                                    }
                                  } else {
                                    validate45.errors = [{ instancePath: instancePath + "/source/commit", schemaPath: "#/properties/source/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid1 = _errs9 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data3.committed_at !== void 0) {
                                  let data5 = data3.committed_at;
                                  const _errs11 = errors;
                                  if (errors === _errs11) {
                                    if (errors === _errs11) {
                                      if (typeof data5 === "string") {
                                        if (!formats0.validate(data5)) {
                                          validate45.errors = [{ instancePath: instancePath + "/source/committed_at", schemaPath: "#/properties/source/properties/committed_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                          return false;
                                        }
                                      } else {
                                        validate45.errors = [{ instancePath: instancePath + "/source/committed_at", schemaPath: "#/properties/source/properties/committed_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid1 = _errs11 === errors;
                                } else {
                                  var valid1 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate45.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs6 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.entries !== void 0) {
                        let data6 = data.entries;
                        const _errs13 = errors;
                        if (errors === _errs13) {
                          if (Array.isArray(data6)) {
                            var valid2 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs15 = errors;
                              if (!validate46(data6[i0], { instancePath: instancePath + "/entries/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                                errors = vErrors.length;
                              }
                              var valid2 = _errs15 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          } else {
                            validate45.errors = [{ instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate45.errors = vErrors;
      return errors === 0;
    }
    validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["registry.run_request_v1"] = validate48;
    function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate48.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.contract_id === void 0 && (missing0 = "contract_id") || data.inputs === void 0 && (missing0 = "inputs") || data.reason === void 0 && (missing0 = "reason")) {
            validate48.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!(key0 === "$schema" || key0 === "schema_id" || key0 === "contract_id" || key0 === "inputs" || key0 === "reason" || key0 === "initiator")) {
                validate48.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.$schema !== void 0) {
                const _errs2 = errors;
                if (typeof data.$schema !== "string") {
                  validate48.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.schema_id !== void 0) {
                  const _errs4 = errors;
                  if ("registry.run_request_v1" !== data.schema_id) {
                    validate48.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "#/properties/schema_id/const", keyword: "const", params: { allowedValue: "registry.run_request_v1" }, message: "must be equal to constant" }];
                    return false;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.contract_id !== void 0) {
                    let data2 = data.contract_id;
                    const _errs5 = errors;
                    if (errors === _errs5) {
                      if (typeof data2 === "string") {
                        if (func2(data2) < 1) {
                          validate48.errors = [{ instancePath: instancePath + "/contract_id", schemaPath: "#/properties/contract_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate48.errors = [{ instancePath: instancePath + "/contract_id", schemaPath: "#/properties/contract_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.inputs !== void 0) {
                      let data3 = data.inputs;
                      const _errs7 = errors;
                      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
                        validate48.errors = [{ instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.reason !== void 0) {
                        let data4 = data.reason;
                        const _errs9 = errors;
                        if (errors === _errs9) {
                          if (typeof data4 === "string") {
                            if (func2(data4) < 1) {
                              validate48.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          } else {
                            validate48.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid0 = _errs9 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.initiator !== void 0) {
                          const _errs11 = errors;
                          if (typeof data.initiator !== "string") {
                            validate48.errors = [{ instancePath: instancePath + "/initiator", schemaPath: "#/properties/initiator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs11 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate48.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate48.errors = vErrors;
      return errors === 0;
    }
    validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports["registry.run_state_v1"] = validate49;
    var schema56 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://mova-registry.dev/schemas/registry.run_state_v1.schema.json", "title": "registry.run_state_v1", "description": "A run's state (runs/<run_id>/state.json), written only by mova-registry: one commit per transition. Its hash is anchored in the action's own run comment, so a hand edit halts the run instead of being trusted.", "type": "object", "properties": { "schema_id": { "const": "registry.run_state_v1" }, "run_id": { "$ref": "#/$defs/runId" }, "contract_id": { "type": "string", "minLength": 1 }, "release": { "enum": ["6.0.0", "5.0.0", "4.1.1"] }, "initiator": { "type": "string", "minLength": 1, "description": "Who started the run, as GitHub reported it (the request's pull request author, the dispatching user, or schedule)." }, "status": { "enum": ["running", "waiting", "paused", "completed", "failed", "halted"], "description": "waiting: a human gate is open; paused: a step could not run yet (e.g. no API key), nothing is lost; halted: stopped for a security reason." }, "outcome": { "type": "string", "description": "The terminal outcome of a completed run, e.g. approved." }, "reason": { "type": "string", "description": "Why the run paused, failed or halted." }, "seq": { "type": "integer", "minimum": 0, "description": "How many episodes the run has written." }, "started_at": { "type": "string", "format": "date-time" }, "updated_at": { "type": "string", "format": "date-time" }, "frames": { "type": "array", "minItems": 1, "description": "The contract being run, then one frame per CONTRACT_CALL child run.", "items": { "$ref": "#/$defs/frame" } }, "leases": { "type": "array", "description": "Registry documents this run will change and holds a lease on.", "items": { "type": "object", "properties": { "document": { "type": "string" }, "expires_at": { "type": "string", "format": "date-time" } }, "required": ["document", "expires_at"], "additionalProperties": false } } }, "required": ["schema_id", "run_id", "contract_id", "release", "initiator", "status", "seq", "started_at", "updated_at", "frames"], "additionalProperties": false, "$defs": { "runId": { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{2,99}$" }, "frame": { "type": "object", "properties": { "id": { "type": "string", "description": "root, or the calling frame's id and step: root/screen_sanctions." }, "contract_id": { "type": "string" }, "depth": { "type": "integer", "minimum": 0 }, "parent": { "type": "object", "properties": { "frame": { "type": "string" }, "step": { "type": "string" } }, "required": ["frame", "step"], "additionalProperties": false }, "inputs": {}, "status": { "enum": ["running", "waiting", "paused", "completed", "failed"] }, "queue": { "type": "array", "items": { "type": "string" }, "description": "Steps and parallel groups still to run, first first." }, "groups": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } }, "description": "Open parallel groups and their members not yet done." }, "steps": { "type": "object", "additionalProperties": { "$ref": "#/$defs/step" } }, "gates": { "type": "object", "additionalProperties": { "$ref": "#/$defs/gate" } }, "outcome": { "type": "string" } }, "required": ["id", "contract_id", "depth", "status", "queue", "groups", "steps", "gates"], "additionalProperties": false }, "step": { "type": "object", "properties": { "status": { "enum": ["done", "waiting", "paused", "failed"] }, "outcome": { "type": "string" }, "output": {}, "attempts": { "type": "integer", "minimum": 0 }, "episode": { "type": "string" }, "reason": { "type": "string" } }, "required": ["status"], "additionalProperties": false }, "gate": { "type": "object", "properties": { "question": { "type": "string" }, "options": { "type": "array", "items": { "type": "string" } }, "approve_option": { "type": "string" }, "reject_option": { "type": "string" }, "role": { "type": "string" }, "required": { "type": "integer", "minimum": 1 }, "opened_at": { "type": "string", "format": "date-time" }, "deadline": { "type": "string", "format": "date-time" }, "on_no_response": { "enum": ["block", "reject", "escalate"] }, "escalate_to": { "type": "string" }, "escalated": { "type": "boolean" }, "expired": { "type": "boolean" }, "reminded_at": { "type": "string", "format": "date-time" }, "refused_reviews": { "type": "array", "items": { "type": "integer" } }, "decided": { "type": "object", "properties": { "option": { "type": "string" }, "by": { "type": "array", "items": { "type": "string" } }, "review_ids": { "type": "array", "items": { "type": "integer" } }, "at": { "type": "string", "format": "date-time" }, "via": { "enum": ["review", "deadline", "cli"] } }, "required": ["option", "by", "at", "via"], "additionalProperties": false } }, "required": ["options", "approve_option", "reject_option", "required", "opened_at", "on_no_response"], "additionalProperties": false } } };
    var pattern41 = new RegExp("^[a-z0-9][a-z0-9._-]{2,99}$", "u");
    var schema58 = { "type": "object", "properties": { "id": { "type": "string", "description": "root, or the calling frame's id and step: root/screen_sanctions." }, "contract_id": { "type": "string" }, "depth": { "type": "integer", "minimum": 0 }, "parent": { "type": "object", "properties": { "frame": { "type": "string" }, "step": { "type": "string" } }, "required": ["frame", "step"], "additionalProperties": false }, "inputs": {}, "status": { "enum": ["running", "waiting", "paused", "completed", "failed"] }, "queue": { "type": "array", "items": { "type": "string" }, "description": "Steps and parallel groups still to run, first first." }, "groups": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } }, "description": "Open parallel groups and their members not yet done." }, "steps": { "type": "object", "additionalProperties": { "$ref": "#/$defs/step" } }, "gates": { "type": "object", "additionalProperties": { "$ref": "#/$defs/gate" } }, "outcome": { "type": "string" } }, "required": ["id", "contract_id", "depth", "status", "queue", "groups", "steps", "gates"], "additionalProperties": false };
    var schema59 = { "type": "object", "properties": { "status": { "enum": ["done", "waiting", "paused", "failed"] }, "outcome": { "type": "string" }, "output": {}, "attempts": { "type": "integer", "minimum": 0 }, "episode": { "type": "string" }, "reason": { "type": "string" } }, "required": ["status"], "additionalProperties": false };
    var schema60 = { "type": "object", "properties": { "question": { "type": "string" }, "options": { "type": "array", "items": { "type": "string" } }, "approve_option": { "type": "string" }, "reject_option": { "type": "string" }, "role": { "type": "string" }, "required": { "type": "integer", "minimum": 1 }, "opened_at": { "type": "string", "format": "date-time" }, "deadline": { "type": "string", "format": "date-time" }, "on_no_response": { "enum": ["block", "reject", "escalate"] }, "escalate_to": { "type": "string" }, "escalated": { "type": "boolean" }, "expired": { "type": "boolean" }, "reminded_at": { "type": "string", "format": "date-time" }, "refused_reviews": { "type": "array", "items": { "type": "integer" } }, "decided": { "type": "object", "properties": { "option": { "type": "string" }, "by": { "type": "array", "items": { "type": "string" } }, "review_ids": { "type": "array", "items": { "type": "integer" } }, "at": { "type": "string", "format": "date-time" }, "via": { "enum": ["review", "deadline", "cli"] } }, "required": ["option", "by", "at", "via"], "additionalProperties": false } }, "required": ["options", "approve_option", "reject_option", "required", "opened_at", "on_no_response"], "additionalProperties": false };
    function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate50.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.id === void 0 && (missing0 = "id") || data.contract_id === void 0 && (missing0 = "contract_id") || data.depth === void 0 && (missing0 = "depth") || data.status === void 0 && (missing0 = "status") || data.queue === void 0 && (missing0 = "queue") || data.groups === void 0 && (missing0 = "groups") || data.steps === void 0 && (missing0 = "steps") || data.gates === void 0 && (missing0 = "gates")) {
            validate50.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!func0.call(schema58.properties, key0)) {
                validate50.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.id !== void 0) {
                const _errs2 = errors;
                if (typeof data.id !== "string") {
                  validate50.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.contract_id !== void 0) {
                  const _errs4 = errors;
                  if (typeof data.contract_id !== "string") {
                    validate50.errors = [{ instancePath: instancePath + "/contract_id", schemaPath: "#/properties/contract_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.depth !== void 0) {
                    let data2 = data.depth;
                    const _errs6 = errors;
                    if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
                      validate50.errors = [{ instancePath: instancePath + "/depth", schemaPath: "#/properties/depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs6) {
                      if (typeof data2 == "number") {
                        if (data2 < 0 || isNaN(data2)) {
                          validate50.errors = [{ instancePath: instancePath + "/depth", schemaPath: "#/properties/depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.parent !== void 0) {
                      let data3 = data.parent;
                      const _errs8 = errors;
                      if (errors === _errs8) {
                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                          let missing1;
                          if (data3.frame === void 0 && (missing1 = "frame") || data3.step === void 0 && (missing1 = "step")) {
                            validate50.errors = [{ instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            const _errs10 = errors;
                            for (const key1 in data3) {
                              if (!(key1 === "frame" || key1 === "step")) {
                                validate50.errors = [{ instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs10 === errors) {
                              if (data3.frame !== void 0) {
                                const _errs11 = errors;
                                if (typeof data3.frame !== "string") {
                                  validate50.errors = [{ instancePath: instancePath + "/parent/frame", schemaPath: "#/properties/parent/properties/frame/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid1 = _errs11 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data3.step !== void 0) {
                                  const _errs13 = errors;
                                  if (typeof data3.step !== "string") {
                                    validate50.errors = [{ instancePath: instancePath + "/parent/step", schemaPath: "#/properties/parent/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid1 = _errs13 === errors;
                                } else {
                                  var valid1 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate50.errors = [{ instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.status !== void 0) {
                        let data6 = data.status;
                        const _errs15 = errors;
                        if (!(data6 === "running" || data6 === "waiting" || data6 === "paused" || data6 === "completed" || data6 === "failed")) {
                          validate50.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema58.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.queue !== void 0) {
                          let data7 = data.queue;
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (Array.isArray(data7)) {
                              var valid2 = true;
                              const len0 = data7.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs18 = errors;
                                if (typeof data7[i0] !== "string") {
                                  validate50.errors = [{ instancePath: instancePath + "/queue/" + i0, schemaPath: "#/properties/queue/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs18 === errors;
                                if (!valid2) {
                                  break;
                                }
                              }
                            } else {
                              validate50.errors = [{ instancePath: instancePath + "/queue", schemaPath: "#/properties/queue/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.groups !== void 0) {
                            let data9 = data.groups;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                for (const key2 in data9) {
                                  let data10 = data9[key2];
                                  const _errs23 = errors;
                                  if (errors === _errs23) {
                                    if (Array.isArray(data10)) {
                                      var valid4 = true;
                                      const len1 = data10.length;
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        const _errs25 = errors;
                                        if (typeof data10[i1] !== "string") {
                                          validate50.errors = [{ instancePath: instancePath + "/groups/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/groups/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs25 === errors;
                                        if (!valid4) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate50.errors = [{ instancePath: instancePath + "/groups/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs23 === errors;
                                  if (!valid3) {
                                    break;
                                  }
                                }
                              } else {
                                validate50.errors = [{ instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.steps !== void 0) {
                              let data12 = data.steps;
                              const _errs27 = errors;
                              if (errors === _errs27) {
                                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                  for (const key3 in data12) {
                                    let data13 = data12[key3];
                                    const _errs30 = errors;
                                    const _errs31 = errors;
                                    if (errors === _errs31) {
                                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                        let missing2;
                                        if (data13.status === void 0 && (missing2 = "status")) {
                                          validate50.errors = [{ instancePath: instancePath + "/steps/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/step/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                          return false;
                                        } else {
                                          const _errs33 = errors;
                                          for (const key4 in data13) {
                                            if (!(key4 === "status" || key4 === "outcome" || key4 === "output" || key4 === "attempts" || key4 === "episode" || key4 === "reason")) {
                                              validate50.errors = [{ instancePath: instancePath + "/steps/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/step/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs33 === errors) {
                                            if (data13.status !== void 0) {
                                              let data14 = data13.status;
                                              const _errs34 = errors;
                                              if (!(data14 === "done" || data14 === "waiting" || data14 === "paused" || data14 === "failed")) {
                                                validate50.errors = [{ instancePath: instancePath + "/steps/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/$defs/step/properties/status/enum", keyword: "enum", params: { allowedValues: schema59.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid7 = _errs34 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                            if (valid7) {
                                              if (data13.outcome !== void 0) {
                                                const _errs35 = errors;
                                                if (typeof data13.outcome !== "string") {
                                                  validate50.errors = [{ instancePath: instancePath + "/steps/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/outcome", schemaPath: "#/$defs/step/properties/outcome/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid7 = _errs35 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                              if (valid7) {
                                                if (data13.attempts !== void 0) {
                                                  let data16 = data13.attempts;
                                                  const _errs37 = errors;
                                                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                                                    validate50.errors = [{ instancePath: instancePath + "/steps/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/attempts", schemaPath: "#/$defs/step/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  if (errors === _errs37) {
                                                    if (typeof data16 == "number") {
                                                      if (data16 < 0 || isNaN(data16)) {
                                                        validate50.errors = [{ instancePath: instancePath + "/steps/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/attempts", schemaPath: "#/$defs/step/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid7 = _errs37 === errors;
                                                } else {
                                                  var valid7 = true;
                                                }
                                                if (valid7) {
                                                  if (data13.episode !== void 0) {
                                                    const _errs39 = errors;
                                                    if (typeof data13.episode !== "string") {
                                                      validate50.errors = [{ instancePath: instancePath + "/steps/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/episode", schemaPath: "#/$defs/step/properties/episode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid7 = _errs39 === errors;
                                                  } else {
                                                    var valid7 = true;
                                                  }
                                                  if (valid7) {
                                                    if (data13.reason !== void 0) {
                                                      const _errs41 = errors;
                                                      if (typeof data13.reason !== "string") {
                                                        validate50.errors = [{ instancePath: instancePath + "/steps/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/reason", schemaPath: "#/$defs/step/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid7 = _errs41 === errors;
                                                    } else {
                                                      var valid7 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate50.errors = [{ instancePath: instancePath + "/steps/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/step/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid5 = _errs30 === errors;
                                    if (!valid5) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate50.errors = [{ instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs27 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.gates !== void 0) {
                                let data19 = data.gates;
                                const _errs43 = errors;
                                if (errors === _errs43) {
                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                    for (const key5 in data19) {
                                      let data20 = data19[key5];
                                      const _errs46 = errors;
                                      const _errs47 = errors;
                                      if (errors === _errs47) {
                                        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                          let missing3;
                                          if (data20.options === void 0 && (missing3 = "options") || data20.approve_option === void 0 && (missing3 = "approve_option") || data20.reject_option === void 0 && (missing3 = "reject_option") || data20.required === void 0 && (missing3 = "required") || data20.opened_at === void 0 && (missing3 = "opened_at") || data20.on_no_response === void 0 && (missing3 = "on_no_response")) {
                                            validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/gate/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                            return false;
                                          } else {
                                            const _errs49 = errors;
                                            for (const key6 in data20) {
                                              if (!func0.call(schema60.properties, key6)) {
                                                validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs49 === errors) {
                                              if (data20.question !== void 0) {
                                                const _errs50 = errors;
                                                if (typeof data20.question !== "string") {
                                                  validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/question", schemaPath: "#/$defs/gate/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid10 = _errs50 === errors;
                                              } else {
                                                var valid10 = true;
                                              }
                                              if (valid10) {
                                                if (data20.options !== void 0) {
                                                  let data22 = data20.options;
                                                  const _errs52 = errors;
                                                  if (errors === _errs52) {
                                                    if (Array.isArray(data22)) {
                                                      var valid11 = true;
                                                      const len2 = data22.length;
                                                      for (let i2 = 0; i2 < len2; i2++) {
                                                        const _errs54 = errors;
                                                        if (typeof data22[i2] !== "string") {
                                                          validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/options/" + i2, schemaPath: "#/$defs/gate/properties/options/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid11 = _errs54 === errors;
                                                        if (!valid11) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/$defs/gate/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid10 = _errs52 === errors;
                                                } else {
                                                  var valid10 = true;
                                                }
                                                if (valid10) {
                                                  if (data20.approve_option !== void 0) {
                                                    const _errs56 = errors;
                                                    if (typeof data20.approve_option !== "string") {
                                                      validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/approve_option", schemaPath: "#/$defs/gate/properties/approve_option/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid10 = _errs56 === errors;
                                                  } else {
                                                    var valid10 = true;
                                                  }
                                                  if (valid10) {
                                                    if (data20.reject_option !== void 0) {
                                                      const _errs58 = errors;
                                                      if (typeof data20.reject_option !== "string") {
                                                        validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reject_option", schemaPath: "#/$defs/gate/properties/reject_option/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid10 = _errs58 === errors;
                                                    } else {
                                                      var valid10 = true;
                                                    }
                                                    if (valid10) {
                                                      if (data20.role !== void 0) {
                                                        const _errs60 = errors;
                                                        if (typeof data20.role !== "string") {
                                                          validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/role", schemaPath: "#/$defs/gate/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid10 = _errs60 === errors;
                                                      } else {
                                                        var valid10 = true;
                                                      }
                                                      if (valid10) {
                                                        if (data20.required !== void 0) {
                                                          let data27 = data20.required;
                                                          const _errs62 = errors;
                                                          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
                                                            validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/$defs/gate/properties/required/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs62) {
                                                            if (typeof data27 == "number") {
                                                              if (data27 < 1 || isNaN(data27)) {
                                                                validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/$defs/gate/properties/required/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid10 = _errs62 === errors;
                                                        } else {
                                                          var valid10 = true;
                                                        }
                                                        if (valid10) {
                                                          if (data20.opened_at !== void 0) {
                                                            let data28 = data20.opened_at;
                                                            const _errs64 = errors;
                                                            if (errors === _errs64) {
                                                              if (errors === _errs64) {
                                                                if (typeof data28 === "string") {
                                                                  if (!formats0.validate(data28)) {
                                                                    validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/opened_at", schemaPath: "#/$defs/gate/properties/opened_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/opened_at", schemaPath: "#/$defs/gate/properties/opened_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid10 = _errs64 === errors;
                                                          } else {
                                                            var valid10 = true;
                                                          }
                                                          if (valid10) {
                                                            if (data20.deadline !== void 0) {
                                                              let data29 = data20.deadline;
                                                              const _errs66 = errors;
                                                              if (errors === _errs66) {
                                                                if (errors === _errs66) {
                                                                  if (typeof data29 === "string") {
                                                                    if (!formats0.validate(data29)) {
                                                                      validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/deadline", schemaPath: "#/$defs/gate/properties/deadline/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/deadline", schemaPath: "#/$defs/gate/properties/deadline/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid10 = _errs66 === errors;
                                                            } else {
                                                              var valid10 = true;
                                                            }
                                                            if (valid10) {
                                                              if (data20.on_no_response !== void 0) {
                                                                let data30 = data20.on_no_response;
                                                                const _errs68 = errors;
                                                                if (!(data30 === "block" || data30 === "reject" || data30 === "escalate")) {
                                                                  validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/on_no_response", schemaPath: "#/$defs/gate/properties/on_no_response/enum", keyword: "enum", params: { allowedValues: schema60.properties.on_no_response.enum }, message: "must be equal to one of the allowed values" }];
                                                                  return false;
                                                                }
                                                                var valid10 = _errs68 === errors;
                                                              } else {
                                                                var valid10 = true;
                                                              }
                                                              if (valid10) {
                                                                if (data20.escalate_to !== void 0) {
                                                                  const _errs69 = errors;
                                                                  if (typeof data20.escalate_to !== "string") {
                                                                    validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/escalate_to", schemaPath: "#/$defs/gate/properties/escalate_to/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid10 = _errs69 === errors;
                                                                } else {
                                                                  var valid10 = true;
                                                                }
                                                                if (valid10) {
                                                                  if (data20.escalated !== void 0) {
                                                                    const _errs71 = errors;
                                                                    if (typeof data20.escalated !== "boolean") {
                                                                      validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/escalated", schemaPath: "#/$defs/gate/properties/escalated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                      return false;
                                                                    }
                                                                    var valid10 = _errs71 === errors;
                                                                  } else {
                                                                    var valid10 = true;
                                                                  }
                                                                  if (valid10) {
                                                                    if (data20.expired !== void 0) {
                                                                      const _errs73 = errors;
                                                                      if (typeof data20.expired !== "boolean") {
                                                                        validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/expired", schemaPath: "#/$defs/gate/properties/expired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                        return false;
                                                                      }
                                                                      var valid10 = _errs73 === errors;
                                                                    } else {
                                                                      var valid10 = true;
                                                                    }
                                                                    if (valid10) {
                                                                      if (data20.reminded_at !== void 0) {
                                                                        let data34 = data20.reminded_at;
                                                                        const _errs75 = errors;
                                                                        if (errors === _errs75) {
                                                                          if (errors === _errs75) {
                                                                            if (typeof data34 === "string") {
                                                                              if (!formats0.validate(data34)) {
                                                                                validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reminded_at", schemaPath: "#/$defs/gate/properties/reminded_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                                                return false;
                                                                              }
                                                                            } else {
                                                                              validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reminded_at", schemaPath: "#/$defs/gate/properties/reminded_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid10 = _errs75 === errors;
                                                                      } else {
                                                                        var valid10 = true;
                                                                      }
                                                                      if (valid10) {
                                                                        if (data20.refused_reviews !== void 0) {
                                                                          let data35 = data20.refused_reviews;
                                                                          const _errs77 = errors;
                                                                          if (errors === _errs77) {
                                                                            if (Array.isArray(data35)) {
                                                                              var valid12 = true;
                                                                              const len3 = data35.length;
                                                                              for (let i3 = 0; i3 < len3; i3++) {
                                                                                let data36 = data35[i3];
                                                                                const _errs79 = errors;
                                                                                if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                                                                                  validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/refused_reviews/" + i3, schemaPath: "#/$defs/gate/properties/refused_reviews/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                  return false;
                                                                                }
                                                                                var valid12 = _errs79 === errors;
                                                                                if (!valid12) {
                                                                                  break;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/refused_reviews", schemaPath: "#/$defs/gate/properties/refused_reviews/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid10 = _errs77 === errors;
                                                                        } else {
                                                                          var valid10 = true;
                                                                        }
                                                                        if (valid10) {
                                                                          if (data20.decided !== void 0) {
                                                                            let data37 = data20.decided;
                                                                            const _errs81 = errors;
                                                                            if (errors === _errs81) {
                                                                              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                                                                                let missing4;
                                                                                if (data37.option === void 0 && (missing4 = "option") || data37.by === void 0 && (missing4 = "by") || data37.at === void 0 && (missing4 = "at") || data37.via === void 0 && (missing4 = "via")) {
                                                                                  validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided", schemaPath: "#/$defs/gate/properties/decided/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                                  return false;
                                                                                } else {
                                                                                  const _errs83 = errors;
                                                                                  for (const key7 in data37) {
                                                                                    if (!(key7 === "option" || key7 === "by" || key7 === "review_ids" || key7 === "at" || key7 === "via")) {
                                                                                      validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided", schemaPath: "#/$defs/gate/properties/decided/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                                                                      return false;
                                                                                      break;
                                                                                    }
                                                                                  }
                                                                                  if (_errs83 === errors) {
                                                                                    if (data37.option !== void 0) {
                                                                                      const _errs84 = errors;
                                                                                      if (typeof data37.option !== "string") {
                                                                                        validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided/option", schemaPath: "#/$defs/gate/properties/decided/properties/option/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid13 = _errs84 === errors;
                                                                                    } else {
                                                                                      var valid13 = true;
                                                                                    }
                                                                                    if (valid13) {
                                                                                      if (data37.by !== void 0) {
                                                                                        let data39 = data37.by;
                                                                                        const _errs86 = errors;
                                                                                        if (errors === _errs86) {
                                                                                          if (Array.isArray(data39)) {
                                                                                            var valid14 = true;
                                                                                            const len4 = data39.length;
                                                                                            for (let i4 = 0; i4 < len4; i4++) {
                                                                                              const _errs88 = errors;
                                                                                              if (typeof data39[i4] !== "string") {
                                                                                                validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided/by/" + i4, schemaPath: "#/$defs/gate/properties/decided/properties/by/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                              }
                                                                                              var valid14 = _errs88 === errors;
                                                                                              if (!valid14) {
                                                                                                break;
                                                                                              }
                                                                                            }
                                                                                          } else {
                                                                                            validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided/by", schemaPath: "#/$defs/gate/properties/decided/properties/by/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                        var valid13 = _errs86 === errors;
                                                                                      } else {
                                                                                        var valid13 = true;
                                                                                      }
                                                                                      if (valid13) {
                                                                                        if (data37.review_ids !== void 0) {
                                                                                          let data41 = data37.review_ids;
                                                                                          const _errs90 = errors;
                                                                                          if (errors === _errs90) {
                                                                                            if (Array.isArray(data41)) {
                                                                                              var valid15 = true;
                                                                                              const len5 = data41.length;
                                                                                              for (let i5 = 0; i5 < len5; i5++) {
                                                                                                let data42 = data41[i5];
                                                                                                const _errs92 = errors;
                                                                                                if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
                                                                                                  validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided/review_ids/" + i5, schemaPath: "#/$defs/gate/properties/decided/properties/review_ids/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid15 = _errs92 === errors;
                                                                                                if (!valid15) {
                                                                                                  break;
                                                                                                }
                                                                                              }
                                                                                            } else {
                                                                                              validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided/review_ids", schemaPath: "#/$defs/gate/properties/decided/properties/review_ids/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                          var valid13 = _errs90 === errors;
                                                                                        } else {
                                                                                          var valid13 = true;
                                                                                        }
                                                                                        if (valid13) {
                                                                                          if (data37.at !== void 0) {
                                                                                            let data43 = data37.at;
                                                                                            const _errs94 = errors;
                                                                                            if (errors === _errs94) {
                                                                                              if (errors === _errs94) {
                                                                                                if (typeof data43 === "string") {
                                                                                                  if (!formats0.validate(data43)) {
                                                                                                    validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided/at", schemaPath: "#/$defs/gate/properties/decided/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                                                                    return false;
                                                                                                  }
                                                                                                } else {
                                                                                                  validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided/at", schemaPath: "#/$defs/gate/properties/decided/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                            var valid13 = _errs94 === errors;
                                                                                          } else {
                                                                                            var valid13 = true;
                                                                                          }
                                                                                          if (valid13) {
                                                                                            if (data37.via !== void 0) {
                                                                                              let data44 = data37.via;
                                                                                              const _errs96 = errors;
                                                                                              if (!(data44 === "review" || data44 === "deadline" || data44 === "cli")) {
                                                                                                validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided/via", schemaPath: "#/$defs/gate/properties/decided/properties/via/enum", keyword: "enum", params: { allowedValues: schema60.properties.decided.properties.via.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                return false;
                                                                                              }
                                                                                              var valid13 = _errs96 === errors;
                                                                                            } else {
                                                                                              var valid13 = true;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/decided", schemaPath: "#/$defs/gate/properties/decided/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid10 = _errs81 === errors;
                                                                          } else {
                                                                            var valid10 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate50.errors = [{ instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/gate/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid8 = _errs46 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate50.errors = [{ instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs43 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.outcome !== void 0) {
                                  const _errs97 = errors;
                                  if (typeof data.outcome !== "string") {
                                    validate50.errors = [{ instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs97 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate50.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate50.errors = vErrors;
      return errors === 0;
    }
    validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate49.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.schema_id === void 0 && (missing0 = "schema_id") || data.run_id === void 0 && (missing0 = "run_id") || data.contract_id === void 0 && (missing0 = "contract_id") || data.release === void 0 && (missing0 = "release") || data.initiator === void 0 && (missing0 = "initiator") || data.status === void 0 && (missing0 = "status") || data.seq === void 0 && (missing0 = "seq") || data.started_at === void 0 && (missing0 = "started_at") || data.updated_at === void 0 && (missing0 = "updated_at") || data.frames === void 0 && (missing0 = "frames")) {
            validate49.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            const _errs1 = errors;
            for (const key0 in data) {
              if (!func0.call(schema56.properties, key0)) {
                validate49.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs1 === errors) {
              if (data.schema_id !== void 0) {
                const _errs2 = errors;
                if ("registry.run_state_v1" !== data.schema_id) {
                  validate49.errors = [{ instancePath: instancePath + "/schema_id", schemaPath: "#/properties/schema_id/const", keyword: "const", params: { allowedValue: "registry.run_state_v1" }, message: "must be equal to constant" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.run_id !== void 0) {
                  let data1 = data.run_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern41.test(data1)) {
                        validate49.errors = [{ instancePath: instancePath + "/run_id", schemaPath: "#/$defs/runId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{2,99}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{2,99}$"' }];
                        return false;
                      }
                    } else {
                      validate49.errors = [{ instancePath: instancePath + "/run_id", schemaPath: "#/$defs/runId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs3 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.contract_id !== void 0) {
                    let data2 = data.contract_id;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (typeof data2 === "string") {
                        if (func2(data2) < 1) {
                          validate49.errors = [{ instancePath: instancePath + "/contract_id", schemaPath: "#/properties/contract_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate49.errors = [{ instancePath: instancePath + "/contract_id", schemaPath: "#/properties/contract_id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.release !== void 0) {
                      let data3 = data.release;
                      const _errs8 = errors;
                      if (!(data3 === "6.0.0" || data3 === "5.0.0" || data3 === "4.1.1")) {
                        validate49.errors = [{ instancePath: instancePath + "/release", schemaPath: "#/properties/release/enum", keyword: "enum", params: { allowedValues: schema56.properties.release.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.initiator !== void 0) {
                        let data4 = data.initiator;
                        const _errs9 = errors;
                        if (errors === _errs9) {
                          if (typeof data4 === "string") {
                            if (func2(data4) < 1) {
                              validate49.errors = [{ instancePath: instancePath + "/initiator", schemaPath: "#/properties/initiator/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          } else {
                            validate49.errors = [{ instancePath: instancePath + "/initiator", schemaPath: "#/properties/initiator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid0 = _errs9 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.status !== void 0) {
                          let data5 = data.status;
                          const _errs11 = errors;
                          if (!(data5 === "running" || data5 === "waiting" || data5 === "paused" || data5 === "completed" || data5 === "failed" || data5 === "halted")) {
                            validate49.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema56.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid0 = _errs11 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.outcome !== void 0) {
                            const _errs12 = errors;
                            if (typeof data.outcome !== "string") {
                              validate49.errors = [{ instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs12 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.reason !== void 0) {
                              const _errs14 = errors;
                              if (typeof data.reason !== "string") {
                                validate49.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs14 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.seq !== void 0) {
                                let data8 = data.seq;
                                const _errs16 = errors;
                                if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
                                  validate49.errors = [{ instancePath: instancePath + "/seq", schemaPath: "#/properties/seq/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs16) {
                                  if (typeof data8 == "number") {
                                    if (data8 < 0 || isNaN(data8)) {
                                      validate49.errors = [{ instancePath: instancePath + "/seq", schemaPath: "#/properties/seq/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs16 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.started_at !== void 0) {
                                  let data9 = data.started_at;
                                  const _errs18 = errors;
                                  if (errors === _errs18) {
                                    if (errors === _errs18) {
                                      if (typeof data9 === "string") {
                                        if (!formats0.validate(data9)) {
                                          validate49.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                          return false;
                                        }
                                      } else {
                                        validate49.errors = [{ instancePath: instancePath + "/started_at", schemaPath: "#/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid0 = _errs18 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.updated_at !== void 0) {
                                    let data10 = data.updated_at;
                                    const _errs20 = errors;
                                    if (errors === _errs20) {
                                      if (errors === _errs20) {
                                        if (typeof data10 === "string") {
                                          if (!formats0.validate(data10)) {
                                            validate49.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                            return false;
                                          }
                                        } else {
                                          validate49.errors = [{ instancePath: instancePath + "/updated_at", schemaPath: "#/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs20 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.frames !== void 0) {
                                      let data11 = data.frames;
                                      const _errs22 = errors;
                                      if (errors === _errs22) {
                                        if (Array.isArray(data11)) {
                                          if (data11.length < 1) {
                                            validate49.errors = [{ instancePath: instancePath + "/frames", schemaPath: "#/properties/frames/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                            return false;
                                          } else {
                                            var valid2 = true;
                                            const len0 = data11.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                              const _errs24 = errors;
                                              if (!validate50(data11[i0], { instancePath: instancePath + "/frames/" + i0, parentData: data11, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                                vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid2 = _errs24 === errors;
                                              if (!valid2) {
                                                break;
                                              }
                                            }
                                          }
                                        } else {
                                          validate49.errors = [{ instancePath: instancePath + "/frames", schemaPath: "#/properties/frames/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs22 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.leases !== void 0) {
                                        let data13 = data.leases;
                                        const _errs25 = errors;
                                        if (errors === _errs25) {
                                          if (Array.isArray(data13)) {
                                            var valid3 = true;
                                            const len1 = data13.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              let data14 = data13[i1];
                                              const _errs27 = errors;
                                              if (errors === _errs27) {
                                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                                  let missing1;
                                                  if (data14.document === void 0 && (missing1 = "document") || data14.expires_at === void 0 && (missing1 = "expires_at")) {
                                                    validate49.errors = [{ instancePath: instancePath + "/leases/" + i1, schemaPath: "#/properties/leases/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                    return false;
                                                  } else {
                                                    const _errs29 = errors;
                                                    for (const key1 in data14) {
                                                      if (!(key1 === "document" || key1 === "expires_at")) {
                                                        validate49.errors = [{ instancePath: instancePath + "/leases/" + i1, schemaPath: "#/properties/leases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs29 === errors) {
                                                      if (data14.document !== void 0) {
                                                        const _errs30 = errors;
                                                        if (typeof data14.document !== "string") {
                                                          validate49.errors = [{ instancePath: instancePath + "/leases/" + i1 + "/document", schemaPath: "#/properties/leases/items/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid4 = _errs30 === errors;
                                                      } else {
                                                        var valid4 = true;
                                                      }
                                                      if (valid4) {
                                                        if (data14.expires_at !== void 0) {
                                                          let data16 = data14.expires_at;
                                                          const _errs32 = errors;
                                                          if (errors === _errs32) {
                                                            if (errors === _errs32) {
                                                              if (typeof data16 === "string") {
                                                                if (!formats0.validate(data16)) {
                                                                  validate49.errors = [{ instancePath: instancePath + "/leases/" + i1 + "/expires_at", schemaPath: "#/properties/leases/items/properties/expires_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate49.errors = [{ instancePath: instancePath + "/leases/" + i1 + "/expires_at", schemaPath: "#/properties/leases/items/properties/expires_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid4 = _errs32 === errors;
                                                        } else {
                                                          var valid4 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate49.errors = [{ instancePath: instancePath + "/leases/" + i1, schemaPath: "#/properties/leases/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs27 === errors;
                                              if (!valid3) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate49.errors = [{ instancePath: instancePath + "/leases", schemaPath: "#/properties/leases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs25 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate49.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate49.errors = vErrors;
      return errors === 0;
    }
    validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});
export default require_builtin_6_0_0_generated();
