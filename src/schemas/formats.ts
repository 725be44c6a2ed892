import type { Ajv as AjvCore } from "ajv";
import addFormatsModule from "ajv-formats";

/** ajv-formats' plugin: the package is CommonJS, and its default export arrives wrapped under ESM. */
export const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Pick<AjvCore, "addFormat" | "addKeyword">) => void;
