/** "Did you mean …?" by edit distance, case-insensitive matches first. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0] ?? 0;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cur = row[j] ?? 0;
			row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = cur;
		}
	}
	return row[b.length] ?? 0;
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
