// Types of meta-2020-12.generated.cjs (scripts/meta-validator.ts): ajv's validator of the JSON Schema 2020-12 meta-schema.
declare function validate(schema: unknown): boolean;
export = validate;
