/** GitHub's limit: a step summary holds 1 MiB. */
export const SUMMARY_FINDINGS = 300;
