/** The base to compare with cannot be found: a usage problem, not a registry problem (the CLI and the action tell it by its name). */
export class BaseError extends Error {
  override readonly name = "BaseError";
}
