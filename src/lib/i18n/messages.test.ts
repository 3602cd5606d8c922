import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/lesson/view';
import { en, es, t, type Messages } from './messages';

/** Every message as text: functions are called with sample arguments. */
function rendered(messages: Messages): [string, string][] {
	return Object.entries(messages).map(([key, value]): [string, string] => {
		if (typeof value === 'string') return [key, value];
		// Sample arguments fit every signature: numbers for counts, strings for titles and files.
		const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 3 : 27));
		return [key, String(Reflect.apply(value, undefined, args))];
	});
}

describe('interface messages', () => {
	it('have the same keys in English and Spanish', () => {
		expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
	});

	it('use the same kind of value (text or function of the same arity) for each key', () => {
		for (const key of Object.keys(en) as (keyof Messages)[]) {
			const a = en[key];
			const b = es[key];
			expect(typeof b, key).toBe(typeof a);
			if (typeof a === 'function' && typeof b === 'function') expect(b.length, key).toBe(a.length);
		}
	});

	it('have no empty strings', () => {
		for (const lang of LANGS) {
			for (const [key, text] of rendered(t(lang))) expect(text.trim(), `${lang}.${key}`).not.toBe('');
		}
	});

	it('interpolate step numbers', () => {
		expect(en.stepOf(3, 27)).toBe('Step 3 of 27');
		expect(es.stepOf(3, 27)).toBe('Paso 3 de 27');
	});
});
