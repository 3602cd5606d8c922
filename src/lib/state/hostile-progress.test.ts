import { describe, expect, it } from 'vitest';
import { HOSTILE_PROGRESS } from './hostile-progress';
import { readImport, readSaved, type SavedProgress } from './saved-progress';

/** Every answer a progress holds, as "slug/id". */
function answers(progress: SavedProgress): string[] {
	return Object.entries(progress.lessons).flatMap(([slug, l]) => Object.keys(l.exercises).map((id) => `${slug}/${id}`));
}

describe('the corpus of corrupt progress, loaded as saved state', () => {
	it.each(HOSTILE_PROGRESS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const reading = readSaved(c.text);
		if (c.load === 'corrupt' || c.load === 'old-version') expect(reading).toMatchObject({ ok: false, reason: c.load });
		else if (c.load === 'whole') expect(reading).toMatchObject({ ok: true, problems: [] });
		else {
			if (!reading.ok) throw new Error(`${c.name}: set aside whole, but its good answers should be kept`);
			expect(reading.problems.length).toBeGreaterThan(0);
			expect(answers(reading.progress).sort()).toEqual([...c.load.keeps].sort());
		}
	});

	it('never lets a saved key reach a prototype', () => {
		for (const c of HOSTILE_PROGRESS) {
			const reading = readSaved(c.text);
			if (!reading.ok) continue;
			expect(Object.getPrototypeOf(reading.progress.lessons)).toBe(Object.prototype);
			for (const l of Object.values(reading.progress.lessons)) expect(Object.getPrototypeOf(l.exercises)).toBe(Object.prototype);
		}
	});
});

describe('the corpus of hostile imports', () => {
	it.each(HOSTILE_PROGRESS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const reading = readImport(c.text);
		if (c.import === 'accepted') {
			expect(reading.ok).toBe(true);
			return;
		}
		if (reading.ok) throw new Error(`${c.name}: imported, but should be refused (${c.import})`);
		expect(reading.problems[0]?.kind).toBe(c.import);
		if (c.at !== undefined) expect(reading.problems).toContainEqual(expect.objectContaining({ kind: 'field', at: c.at }));
	});
});
