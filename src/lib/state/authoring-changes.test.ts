import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changesSinceLastShown } from './authoring-changes';

// a tab's sessionStorage, as the page under `npm start` has it
beforeEach(() => {
	const kept = new Map<string, string>();
	vi.stubGlobal('sessionStorage', {
		getItem: (k: string) => kept.get(k) ?? null,
		setItem: (k: string, v: string) => void kept.set(k, v)
	});
});
afterEach(() => vi.unstubAllGlobals());

describe('which steps a save changed', () => {
	it('says nothing the first time, then names the step a save changed', () => {
		expect(changesSinceLastShown('demo', 'en', ['a', 'b', 'c'])).toBeNull();
		expect(changesSinceLastShown('demo', 'en', ['a', 'B', 'c'])).toEqual({ changed: [2], added: [], removed: [] });
	});

	it('tells it again when the same version is shown again (a second reload, an effect run twice), until the next save', () => {
		changesSinceLastShown('demo', 'en', ['a', 'b']);
		const told = changesSinceLastShown('demo', 'en', ['a', 'x']);
		expect(changesSinceLastShown('demo', 'en', ['a', 'x'])).toEqual(told);
		expect(changesSinceLastShown('demo', 'en', ['a', 'x', 'y'])).toEqual({ changed: [], added: [3], removed: [] });
	});

	it('reads the plain list an older page kept, and starts afresh from a value it cannot read', () => {
		sessionStorage.setItem('cadena.authoring.digests.es.demo', JSON.stringify(['a', 'b']));
		expect(changesSinceLastShown('demo', 'es', ['z', 'b'])).toEqual({ changed: [1], added: [], removed: [] });
		sessionStorage.setItem('cadena.authoring.digests.es.demo', '{not json');
		expect(changesSinceLastShown('demo', 'es', ['z', 'b'])).toBeNull();
		expect(changesSinceLastShown('demo', 'es', ['z', 'c'])).toEqual({ changed: [2], added: [], removed: [] });
	});
});
