import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLessonText } from './check';
import { formatProblem } from './source';

// Lessons are test data: each one is checked as `npm run lessons -- check` does, tests and all.
const dir = new URL('../../../lessons/', import.meta.url);
const lessons = readdirSync(dir, { withFileTypes: true })
	.filter((d) => d.isDirectory() && /^\d+-/.test(d.name))
	.map((d) => d.name);

describe('every lesson in lessons/', () => {
	it.each(lessons)('%s passes lessons check', (name) => {
		const file = `lessons/${name}/lesson.json`;
		const problems = checkLessonText(readFileSync(new URL(`${name}/lesson.json`, dir), 'utf8'));
		expect(problems.map((p) => formatProblem(file, p))).toEqual([]);
	});
});
