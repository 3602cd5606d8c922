/**
 * Which steps of a lesson changed between two versions, as a teacher editing it wants to hear: "step 4
 * changed", "step 3 is new". Each version is a list of step digests (a hash of the rendered step, so a figure
 * that changes because the model changed counts too); the two lists are aligned by their longest common
 * subsequence, so an inserted step is new rather than every later step "changed".
 */
import type { StepPage } from './view';

export interface StepChanges {
	/** Steps (1-based, in the new version) whose content differs from the step in their place before. */
	changed: number[];
	/** Steps (new version) with no counterpart before. */
	added: number[];
	/** Steps (1-based, in the old version) with no counterpart now. */
	removed: number[];
}

/** FNV-1a, 32 bits, twice with different offsets: a collision would hide one change, and is most unlikely. */
function hash(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x9e3779b9;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x01000193);
	}
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** What a student sees of one step: its title, blocks and graph (not the lesson's other titles). */
export function stepDigest(page: StepPage): string {
	return hash(JSON.stringify([page.step, page.graph ?? null]));
}

export function noChanges(c: StepChanges): boolean {
	return c.changed.length === 0 && c.added.length === 0 && c.removed.length === 0;
}

export function changedSteps(before: readonly string[], after: readonly string[]): StepChanges {
	const n = before.length;
	const m = after.length;
	// lcs[i][j]: the longest common subsequence of before[i..] and after[j..]
	const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		const row = lcs[i];
		const next = lcs[i + 1];
		if (!row || !next) continue;
		for (let j = m - 1; j >= 0; j--) row[j] = before[i] === after[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
	}
	const changes: StepChanges = { changed: [], added: [], removed: [] };
	// between two matched steps, the old steps left out pair with the new ones in their place: changed;
	// what is left over on either side was added or removed
	let gapBefore: number[] = [];
	let gapAfter: number[] = [];
	const closeGap = (): void => {
		const paired = Math.min(gapBefore.length, gapAfter.length);
		changes.changed.push(...gapAfter.slice(0, paired));
		changes.added.push(...gapAfter.slice(paired));
		changes.removed.push(...gapBefore.slice(paired));
		gapBefore = [];
		gapAfter = [];
	};
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && before[i] === after[j]) {
			closeGap();
			i++;
			j++;
		} else if (j < m && (i >= n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
			gapAfter.push(++j);
		} else {
			gapBefore.push(++i);
		}
	}
	closeGap();
	return changes;
}
