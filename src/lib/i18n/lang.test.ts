import { describe, expect, it } from 'vitest';
import { langFromPath, pathInLang, preferredLang } from './lang';

describe('langFromPath', () => {
	it('reads the first segment', () => {
		expect(langFromPath('/es/')).toBe('es');
		expect(langFromPath('/en/worked-example/2/')).toBe('en');
	});

	it('returns null when the first segment is not a language', () => {
		expect(langFromPath('/')).toBeNull();
		expect(langFromPath('/fr/')).toBeNull();
		expect(langFromPath('/español/')).toBeNull();
	});
});

describe('pathInLang', () => {
	it('keeps the rest of the path', () => {
		expect(pathInLang('/es/worked-example/2/', 'en')).toBe('/en/worked-example/2/');
		expect(pathInLang('/en/', 'es')).toBe('/es/');
	});

	it('sends paths without a language to the index', () => {
		expect(pathInLang('/', 'es')).toBe('/es/');
		expect(pathInLang('/nowhere/', 'en')).toBe('/en/');
	});
});

describe('preferredLang', () => {
	it('prefers the remembered choice', () => {
		expect(preferredLang('en', ['es-ES', 'es'])).toBe('en');
	});

	it('ignores a remembered value that is not a language', () => {
		expect(preferredLang('fr', ['es-MX'])).toBe('es');
	});

	it('takes the first supported browser language', () => {
		expect(preferredLang(null, ['es-AR', 'en'])).toBe('es');
		expect(preferredLang(null, ['en-US', 'es'])).toBe('en');
		expect(preferredLang(null, ['fr-FR', 'es'])).toBe('es');
	});

	it('falls back to English', () => {
		expect(preferredLang(null, ['de-DE'])).toBe('en');
		expect(preferredLang(null, [])).toBe('en');
	});
});
