import { segmentsOf } from "./pointer.ts";

/** A JSON Pointer as a person reads it: `/auth_methods/0/type` becomes `auth_methods[0].type`. */
export function readablePath(pointer: string): string {
  let out = "";
  for (const seg of segmentsOf(pointer)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
