/**
 * How many roles a comparison sets side by side. Apart from compare.ts so the Roles
 * screen's selection can read it without loading the grouping code.
 */
export const COMPARE_ROLES = { min: 2, max: 5 } as const;
