import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLesson } from './load';
import { buildStepPage } from '../tex/page';
import { changedSteps, noChanges, stepDigest } from './step-changes';

describe('changedSteps', () => {
	it('finds nothing when the versions are the same', () => {
		const c = changedSteps(['a', 'b', 'c'], ['a', 'b', 'c']);
		expect(noChanges(c)).toBe(true);
	});

	it('names the one step that changed, in place', () => {
		expect(changedSteps(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'D'])).toEqual({ changed: [4], added: [], removed: [] });
	});

	it('lists several changed steps', () => {
		expect(changedSteps(['a', 'b', 'c', 'd', 'e'], ['a', 'B', 'c', 'D', 'e'])).toEqual({ changed: [2, 4], added: [], removed: [] });
	});

	it('calls an inserted step new, not every later step changed', () => {
		expect(changedSteps(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual({ changed: [], added: [2], removed: [] });
	});

	it('names a removed step by its old number', () => {
		expect(changedSteps(['a', 'b', 'c'], ['a', 'c'])).toEqual({ changed: [], added: [], removed: [2] });
	});

	it('from nothing, every step is new', () => {
		expect(changedSteps([], ['a', 'b'])).toEqual({ changed: [], added: [1, 2], removed: [] });
	});
});

describe('stepDigest', () => {
	const text = readFileSync('lessons/02-one-neuron/lesson.json', 'utf8');
	const digests = (source: string): string[] => {
		const result = loadLesson(source);
		if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
		return result.loaded.lesson.steps.map((_, i) => {
			const page = buildStepPage(result.loaded, 'one-neuron', i + 1, 'en');
			if (!page) throw new Error(`no step ${i + 1}`);
			return stepDigest(page);
		});
	};

	it('is the same for the same lesson rendered twice', () => {
		expect(digests(text)).toEqual(digests(text));
	});

	it('sees an edited step title in that step only', () => {
		const edited = text.replace('"en": "One output neuron"', '"en": "One output neuron, edited"');
		expect(edited).not.toBe(text);
		expect(changedSteps(digests(text), digests(edited))).toEqual({ changed: [1], added: [], removed: [] });
	});
});
