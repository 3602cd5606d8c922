/**
 * Corrupt saved states and hostile imports, each with what must happen to it: the project's corpus of bad
 * progress files. Unit tests run every case through the loader and the importer (hostile-progress.test.ts);
 * the progress-safety journey runs a few through the real page. A bug found in the wild becomes one more row.
 */
import type { Problem } from './saved-progress';

export interface HostileCase {
	name: string;
	/** The text, as found in storage or as an imported file. */
	text: string;
	/**
	 * Loading it as this browser's saved state: set aside whole ('corrupt', 'old-version'), read whole
	 * ('whole'), or repaired, keeping exactly these answers ("slug/id") and setting the text aside.
	 */
	load: 'corrupt' | 'old-version' | 'whole' | { keeps: string[] };
	/** Importing it: accepted, or refused with this first problem. */
	import: 'accepted' | Problem['kind'];
	/** For a refused field, the JSON pointer the message names. */
	at?: string;
}

/** A valid answer record, with one field overridden (any JSON, as a hostile file would have it). */
function answer(override: Record<string, unknown> = {}): Record<string, unknown> {
	return { answer: '0,08211', verdict: 'correct', attempts: 1, hintsShown: 0, solutionShown: false, best: 1, ...override };
}

/** A saved state of the worked example: a good answer w6_grad beside the given bad one, bad_one. */
function beside(bad: unknown, lesson: Record<string, unknown> = {}): string {
	return JSON.stringify({ version: 1, lessons: { 'worked-example': { position: 12, exercises: { w6_grad: answer(), bad_one: bad }, ...lesson } } });
}

/** A saved state of the current version holding one lesson, the worked example. */
function current(lesson: Record<string, unknown>): string {
	return JSON.stringify({ version: 4, lessons: { 'worked-example': lesson }, app: 'cadena' });
}

const badField = (field: string) => `/lessons/worked-example/exercises/bad_one${field ? '/' + field : ''}`;
const kept = { keeps: ['worked-example/w6_grad'] };

export const HOSTILE_PROGRESS: readonly HostileCase[] = [
	{ name: 'not JSON', text: '{not json', load: 'corrupt', import: 'not-json' },
	{ name: 'empty text', text: '', load: 'corrupt', import: 'not-json' },
	{ name: 'JSON null', text: 'null', load: 'corrupt', import: 'not-progress' },
	{ name: 'an array', text: '[]', load: 'corrupt', import: 'not-progress' },
	{ name: 'a string', text: '"text"', load: 'corrupt', import: 'not-progress' },
	{ name: 'a number', text: '42', load: 'corrupt', import: 'not-progress' },
	{ name: 'nesting deeper than any parser stack', text: '['.repeat(100_000) + ']'.repeat(100_000), load: 'corrupt', import: 'not-progress' },
	{ name: 'a foreign file (package.json)', text: '{"name":"x","version":"1.0.0","dependencies":{}}', load: 'corrupt', import: 'not-progress' },
	{ name: "another application's export", text: '{"app":"other","version":1,"lessons":{}}', load: 'corrupt', import: 'not-progress' },
	{ name: 'a version from the future', text: '{"version":7,"lessons":{}}', load: 'old-version', import: 'unknown-version' },
	{ name: 'version 0', text: '{"version":0,"lessons":{}}', load: 'old-version', import: 'unknown-version' },
	{ name: 'the version as text', text: '{"version":"1","lessons":{}}', load: 'corrupt', import: 'unknown-version' },
	{ name: 'lessons as an array', text: '{"version":1,"lessons":[]}', load: 'corrupt', import: 'field', at: '/lessons' },
	{ name: 'a carried value of 1e999 (Infinity once parsed)', text: beside(answer({ value: 1e999 })).replace('null', '1e999'), load: kept, import: 'field', at: badField('value') },
	{ name: 'a carried value as text', text: beside(answer({ value: '0.5' })), load: kept, import: 'field', at: badField('value') },
	{ name: 'a best score of -1e999', text: beside(answer({ best: 1 })).replace(/"best":1}}/, '"best":-1e999}}'), load: kept, import: 'field', at: badField('best') },
	{ name: 'a best score above 1', text: beside(answer({ best: 1.5 })), load: kept, import: 'field', at: badField('best') },
	{ name: 'the diagnosis "constructor"', text: beside(answer({ verdict: 'incorrect', diagnosis: 'constructor' })), load: kept, import: 'field', at: badField('diagnosis') },
	{ name: 'the diagnosis "__proto__"', text: beside(answer({ verdict: 'incorrect', diagnosis: '__proto__' })), load: kept, import: 'field', at: badField('diagnosis') },
	{ name: 'the diagnosis "toString"', text: beside(answer({ verdict: 'incorrect', diagnosis: 'toString' })), load: kept, import: 'field', at: badField('diagnosis') },
	{ name: 'markup as a diagnosis', text: beside(answer({ verdict: 'incorrect', diagnosis: '<img src=x onerror=alert(1)>' })), load: kept, import: 'field', at: badField('diagnosis') },
	{ name: 'a diagnosis 200 letters long', text: beside(answer({ verdict: 'incorrect', diagnosis: 'a'.repeat(200) })), load: kept, import: 'field', at: badField('diagnosis') },
	{ name: 'an unknown verdict', text: beside(answer({ verdict: 'maybe' })), load: kept, import: 'field', at: badField('verdict') },
	{ name: 'negative attempts', text: beside(answer({ attempts: -1 })), load: kept, import: 'field', at: badField('attempts') },
	{ name: 'fractional attempts', text: beside(answer({ attempts: 1.5 })), load: kept, import: 'field', at: badField('attempts') },
	{ name: 'attempts as text', text: beside(answer({ attempts: '2' })), load: kept, import: 'field', at: badField('attempts') },
	{ name: 'hints shown null', text: beside(answer({ hintsShown: null })), load: kept, import: 'field', at: badField('hintsShown') },
	{ name: 'solution shown as text', text: beside(answer({ solutionShown: 'false' })), load: kept, import: 'field', at: badField('solutionShown') },
	{ name: 'the answer as a number', text: beside(answer({ answer: 0.08211 })), load: kept, import: 'field', at: badField('answer') },
	{ name: 'an answer record that is an array', text: beside([]), load: kept, import: 'field', at: badField('') },
	{ name: 'an answer record that is null', text: beside(null), load: kept, import: 'field', at: badField('') },
	{
		name: 'an exercise id "__proto__"',
		text: '{"version":1,"lessons":{"worked-example":{"position":12,"exercises":{"w6_grad":' + JSON.stringify(answer()) + ',"__proto__":' + JSON.stringify(answer()) + '}}}}',
		load: kept,
		import: 'field',
		at: '/lessons/worked-example/exercises/__proto__'
	},
	{
		name: 'a lesson named "constructor"',
		text: JSON.stringify({ version: 1, lessons: { constructor: { position: 1, exercises: { a: answer() } }, 'worked-example': { position: 12, exercises: { w6_grad: answer() } } } }),
		load: kept,
		import: 'field',
		at: '/lessons/constructor'
	},
	{
		name: 'a lesson slug with a slash',
		text: JSON.stringify({ version: 1, lessons: { 'a/b': { position: 1, exercises: {} }, 'worked-example': { position: 12, exercises: { w6_grad: answer() } } } }),
		load: kept,
		import: 'field',
		at: '/lessons/a~1b'
	},
	{ name: 'position 0 (the answers are kept)', text: beside(answer(), { position: 0 }), load: { keeps: ['worked-example/w6_grad', 'worked-example/bad_one'] }, import: 'field', at: '/lessons/worked-example/position' },
	{ name: 'a negative seed (the answers are kept)', text: beside(answer(), { seed: -5 }), load: { keeps: ['worked-example/w6_grad', 'worked-example/bad_one'] }, import: 'field', at: '/lessons/worked-example/seed' },
	{ name: 'exercises as an array', text: '{"version":1,"lessons":{"worked-example":{"position":3,"exercises":[]}}}', load: { keeps: [] }, import: 'field', at: '/lessons/worked-example/exercises' },
	{ name: 'fields this version does not know (left out)', text: beside(answer({ colour: 'red' }), { note: 1 }), load: 'whole', import: 'accepted' },
	{ name: 'an export as Cadena writes it', text: JSON.stringify({ version: 1, lessons: { 'worked-example': { position: 12, seed: 42, exercises: { w6_grad: answer() } } }, exported: '2026-01-01T00:00:00.000Z', app: 'cadena' }), load: 'whole', import: 'accepted' },
	{
		name: 'an answer listed under another variant than the one it was graded on',
		text: current({ position: 4, seed: 5, exercises: { w6_grad: answer({ seed: 5 }), bad_one: answer({ seed: 6 }) } }),
		load: kept,
		import: 'field',
		at: badField('seed')
	},
	{
		name: 'earlier variants (history) as an object',
		text: current({ position: 4, exercises: { w6_grad: answer() }, history: { 7: { w6_grad: answer({ seed: 7 }) } } }),
		load: kept,
		import: 'field',
		at: '/lessons/worked-example/history'
	},
	{
		name: 'an earlier variant that is the one shown now',
		text: current({ position: 4, seed: 7, exercises: { w6_grad: answer({ seed: 7 }) }, history: [{ seed: 7, exercises: { w6_grad: answer({ seed: 7, best: 0 }) } }] }),
		load: kept,
		import: 'field',
		at: '/lessons/worked-example/history/0/seed'
	},
	{
		name: 'an export with earlier variants, as Cadena writes it',
		text: current({ position: 4, seed: 7, exercises: { w6_grad: answer({ seed: 7 }) }, history: [{ exercises: { w6_grad: answer() } }, { seed: 9, exercises: { w6_grad: answer({ seed: 9 }) } }] }),
		load: 'whole',
		import: 'accepted'
	},
	// 8.6 MB: a file this size once filled the storage on import; the loader still reads it, an import refuses it unread
	{ name: 'a file of 8.6 MB', text: JSON.stringify({ version: 1, lessons: {}, padding: 'z'.repeat(8_600_000) }), load: 'whole', import: 'too-large' }
];
