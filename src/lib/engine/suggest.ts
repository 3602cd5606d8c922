/** "Did you mean …?" by edit distance, case-insensitive matches first. */

/** Optimal-string-alignment distance between a and b: a swapped pair of letters (tahn → tanh) costs 1. */
export function editDistance(a: string, b: string): number {
	let before: number[] = [];
	let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
			row.push(best);
		}
		before = prev;
		prev = row;
	}
	return prev[b.length] ?? 0;
}

export function suggest(word: string, known: Iterable<string>, max = 3): string[] {
	const lower = word.toLowerCase();
	const scored: { name: string; score: number }[] = [];
	for (const name of known) {
		const l = name.toLowerCase();
		let score = editDistance(lower, l);
		if (l === lower) score = 0;
		else if (l.startsWith(lower) || lower.startsWith(l)) score = Math.min(score, 1);
		if (score <= Math.max(1, Math.floor(word.length / 3))) scored.push({ name, score });
	}
	return scored
		.sort((x, y) => x.score - y.score || x.name.localeCompare(y.name))
		.slice(0, max)
		.map((s) => s.name);
}
