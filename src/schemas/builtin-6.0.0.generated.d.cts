// Types of the builtin-<release>.generated.cjs files (scripts/builtin-validators.ts).
declare const validators: Record<string, (data: unknown) => boolean>;
export = validators;
