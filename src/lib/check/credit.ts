/**
 * What each verdict earns: the one place the score's rules are written (docs/authoring.md shows the
 * same table to teachers). An exercise keeps the best it ever earned, out of 1.
 */

export const CREDIT = {
	/** Right: to the figures written, or from the page's figures rounded to 3 or more. */
	correct: 1,
	/** Consistent with the student's own earlier answer, which was wrong (error carried forward). */
	carried: 0.5,
	/** Taken off for each graded attempt before this one (never below 0). */
	penaltyPerAttempt: 0.1,
	/** After "show the solution", nothing more is earned. */
	revealed: 0
} as const;

/** Verdicts that count as an attempt: an unreadable answer and "too few figures" do not. */
export type GradedVerdict = 'correct' | 'carried' | 'incorrect';

/** The credit of a graded answer, given the attempts so far including this one. */
export function earned(verdict: GradedVerdict, attempts: number, solutionShown: boolean): number {
	if (verdict === 'incorrect') return 0;
	if (solutionShown) return CREDIT.revealed;
	const base = verdict === 'correct' ? CREDIT.correct : CREDIT.carried;
	return Math.max(0, base - CREDIT.penaltyPerAttempt * Math.max(0, attempts - 1));
}
