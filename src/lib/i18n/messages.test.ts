import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/lesson/view';
import { en, es, t } from './messages';
import { en as islandsEn, es as islandsEs, ti } from './islands';
import { en as stepTextEn, es as stepTextEs, stepText } from './step-text';
import { en as toolsEn, es as toolsEs, tp } from './tools';

/** Every message as text, sections walked (`graph.zoomIn`): functions are called with sample arguments. */
function rendered(messages: object, prefix = ''): [string, string][] {
	return Object.entries(messages).flatMap(([key, value]: [string, unknown]): [string, string][] => {
		const name = prefix + key;
		if (typeof value === 'string') return [[name, value]];
		// Sample arguments fit every signature: numbers for counts, strings for titles and files.
		if (typeof value === 'function') return [[name, String(Reflect.apply(value, undefined, Array.from({ length: value.length }, (_, i) => (i === 0 ? 3 : 27))))]];
		return typeof value === 'object' && value !== null ? rendered(value, `${name}.`) : [[name, '']];
	});
}

/** Every message's shape: `text` or `function/arity`, sections walked. */
function shapes(messages: object, prefix = ''): string[] {
	return Object.entries(messages).flatMap(([key, value]: [string, unknown]): string[] => {
		if (typeof value === 'function') return [`${prefix}${key}: function/${value.length}`];
		if (typeof value === 'object' && value !== null) return shapes(value, `${prefix}${key}.`);
		return [`${prefix}${key}: ${typeof value}`];
	});
}

describe('interface messages', () => {
	it('have the same keys, sections included, in English and Spanish', () => {
		expect(rendered(es).map(([key]) => key).sort()).toEqual(rendered(en).map(([key]) => key).sort());
		expect(rendered(islandsEs).map(([key]) => key).sort()).toEqual(rendered(islandsEn).map(([key]) => key).sort());
		expect(rendered(toolsEs).map(([key]) => key).sort()).toEqual(rendered(toolsEn).map(([key]) => key).sort());
		expect(rendered(stepTextEs).map(([key]) => key).sort()).toEqual(rendered(stepTextEn).map(([key]) => key).sort());
	});

	it('keep the islands’ and the other pages’ own words apart, none of them in two dictionaries', () => {
		expect(Object.keys(islandsEn).filter((key) => Object.hasOwn(en, key))).toEqual([]);
		expect(Object.keys(toolsEn).filter((key) => Object.hasOwn(en, key) || Object.hasOwn(islandsEn, key))).toEqual([]);
		for (const lang of LANGS) {
			for (const [key, text] of rendered(ti(lang))) expect(text.trim(), `${lang}.${key}`).not.toBe('');
			for (const [key, text] of rendered(tp(lang))) expect(text.trim(), `${lang}.${key}`).not.toBe('');
		}
	});

	it('use the same kind of value (text or function of the same arity) for each key', () => {
		expect(shapes(es).sort()).toEqual(shapes(en).sort());
		expect(shapes(islandsEs).sort()).toEqual(shapes(islandsEn).sort());
		expect(shapes(toolsEs).sort()).toEqual(shapes(toolsEn).sort());
		expect(shapes(stepTextEs).sort()).toEqual(shapes(stepTextEn).sort());
	});

	it('have no empty strings', () => {
		for (const lang of LANGS) {
			for (const [key, text] of rendered(t(lang))) expect(text.trim(), `${lang}.${key}`).not.toBe('');
			for (const [key, text] of rendered(stepText(lang))) expect(text.trim(), `stepText.${lang}.${key}`).not.toBe('');
		}
	});

	it('list the steps that changed in words', () => {
		expect(en.previewChanged(4)).toBe('Step 4 changed.');
		expect(en.previewChanged(2, 4, 7)).toBe('Steps 2, 4 and 7 changed.');
		expect(es.previewChanged(2, 4)).toBe('Cambiaron los pasos 2 y 4.');
	});

	it('interpolate step numbers', () => {
		expect(en.stepOf(3, 27)).toBe('Step 3 of 27');
		expect(es.stepOf(3, 27)).toBe('Paso 3 de 27');
	});
});
