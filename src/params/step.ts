import type { ParamMatcher } from '@sveltejs/kit';

/** A 1-based step number as written in URLs: digits, no leading zero (so each step has one address). */
export const match = ((param: string) => /^[1-9][0-9]{0,5}$/.test(param)) satisfies ParamMatcher;
