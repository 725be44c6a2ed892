/**
 * How large each thread's young generation may grow, in MB. A check
 * allocates a parse tree per document and drops it at once; V8 would
 * otherwise let the young generation grow to tens of megabytes of garbage per
 * thread. Measured on 100,000 documents: peak memory 391 MB → 262 MB, and
 * less CPU time. The CLI's bin starts Node with --max-semi-space-size=8 (its
 * shebang); worker threads get it in their resource limits.
 */
export const YOUNG_GENERATION_MB = 16;
