/**
 * "Did you mean …?" for unknown names. Ranked: same name in another case (W5 → w5), then names the
 * typed one begins (yhat → yhat1, yhat2), then by edit distance (optimal string alignment, so a
 * swapped pair of letters costs 1), then names sharing the first four letters (sigma → sigmoid).
 */
import { editDistance } from '../engine/suggest';

export { editDistance };

/** Up to `max` names from `known` the student may have meant by `typed`, best first. */
export function suggest(typed: string, known: Iterable<string>, max = 3): string[] {
	const lower = typed.toLowerCase();
	// a longer name tolerates more typos; the length test skips hopeless pairs before the O(n·m) distance
	const limit = lower.length <= 3 ? 1 : lower.length <= 5 ? 2 : 3;
	const ranked: { name: string; tier: number; distance: number }[] = [];
	for (const name of new Set(known)) {
		if (name === typed) continue;
		const l = name.toLowerCase();
		if (l === lower) {
			ranked.push({ name, tier: 0, distance: 0 });
		} else if (lower.length > 0 && l.startsWith(lower)) {
			ranked.push({ name, tier: 1, distance: l.length - lower.length });
		} else {
			const distance = Math.abs(l.length - lower.length) <= limit ? editDistance(lower, l) : Infinity;
			if (distance <= limit) ranked.push({ name, tier: 2, distance });
			// sigma → sigmoid: a shared stem of four letters, when spelling alone is too far
			else if (lower.length >= 4 && l.slice(0, 4) === lower.slice(0, 4)) {
				ranked.push({ name, tier: 3, distance: Math.abs(l.length - lower.length) });
			}
		}
	}
	ranked.sort((x, y) => x.tier - y.tier || x.distance - y.distance || x.name.localeCompare(y.name));
	// a case slip (W5 → w5) is the answer: listing w6 too would only blur it
	const best = ranked[0]?.tier === 0 ? ranked.filter((r) => r.tier === 0) : ranked;
	return best.slice(0, max).map((r) => r.name);
}
