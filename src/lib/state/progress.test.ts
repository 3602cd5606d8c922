import { describe, expect, it } from 'vitest';
import { Progress, readProgress, VERSION } from './progress.svelte';

describe('saved progress', () => {
	it('starts empty when nothing is saved', () => {
		expect(readProgress(null)).toEqual({ ok: true, progress: { version: VERSION, lessons: {} } });
	});

	it.each([['{not json'], ['[]'], ['{"version":1,"lessons":{"x":{"position":"two","exercises":{}}}}'], ['null'], ['"text"']])(
		'sets aside a corrupt state: %s',
		(text) => {
			expect(readProgress(text)).toEqual({ ok: false, reason: 'corrupt' });
		}
	);

	it('sets aside a state from another version', () => {
		expect(readProgress('{"version":0,"lessons":{}}')).toEqual({ ok: false, reason: 'old-version' });
	});

	it('round-trips through export and import, keeping answers, attempts and hints', () => {
		const a = new Progress();
		const e = a.exercise('worked-example', 'w6_grad');
		e.answer = '0,08211';
		e.verdict = 'correct';
		e.attempts = 2;
		e.hintsShown = 1;
		e.best = 0.9;
		a.setPosition('worked-example', 12);

		const b = new Progress();
		expect(b.importJson(a.exportJson())).toBe(true);
		expect(b.data.lessons['worked-example']?.position).toBe(12);
		expect(b.data.lessons['worked-example']?.exercises.w6_grad).toMatchObject({ answer: '0,08211', attempts: 2, hintsShown: 1, best: 0.9 });
		expect(b.score('worked-example', ['w6_grad', 'w2'])).toEqual({ earned: 0.9, total: 2 });
	});

	it('refuses a file that is not progress and changes nothing', () => {
		const p = new Progress();
		p.exercise('l', 'a').answer = 'kept';
		expect(p.importJson('{"hello":"world"}')).toBe(false);
		expect(p.notice).toBe('import-failed');
		expect(p.data.lessons.l?.exercises.a?.answer).toBe('kept');
	});
});
