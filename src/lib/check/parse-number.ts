/**
 * A numeric answer in the interface language: a decimal (0,0802 in Spanish, 0.0802 in English),
 * scientific notation (8,02e-2 / 8.02e-2) or arithmetic (0.68492*0.19480*0.60108), evaluated by
 * safe-math with no symbols but pi and e. Separator rules live in `separators.ts`.
 */

import type { Lang, Result } from './messages';
import { evaluateTree, nonFinite, parseSafe, startBudget, type Budget, type Parsed } from './safe-math';

export interface NumberAnswer {
	value: number;
	parsed: Parsed;
	/** True when the student did arithmetic (or used pi, e, functions), so the value is worth echoing. */
	arithmetic: boolean;
}

export function parseNumber(raw: string, lang: Lang, budget: Budget = startBudget()): Result<NumberAnswer> {
	const parsed = parseSafe(raw, { lang });
	if (!parsed.ok) return parsed;
	const evaluated = evaluateTree(parsed.value.tree, new Map(), budget);
	if (!evaluated.ok) return evaluated;
	const value = evaluated.value;
	if (!Number.isFinite(value)) return { ok: false, problem: nonFinite(value) };
	const tree = parsed.value.tree;
	const literal = tree.kind === 'num' || (tree.kind === 'unary' && tree.arg.kind === 'num');
	return { ok: true, value: { value, parsed: parsed.value, arithmetic: !literal } };
}
