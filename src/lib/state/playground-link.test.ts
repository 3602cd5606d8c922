import { describe, expect, it } from 'vitest';
import { fromBase64Url, hashFor, modelFromHash, toBase64Url } from './playground-link';

describe('the playground link', () => {
	it('round-trips a model with non-ASCII text through the fragment', () => {
		const file = JSON.stringify({ model: { params: { w: 0.5 }, nodes: [{ name: 'L', expr: 'w^2', tex: 'η' }], loss: 'L', learningRate: 0.1 } });
		expect(modelFromHash(hashFor(file))).toEqual({ ok: true, text: file });
	});

	it('uses only URL-safe characters and no padding', () => {
		expect(toBase64Url('??>>')).toMatch(/^[A-Za-z0-9_-]+$/);
	});

	it('names the first character that is not base64url', () => {
		const r = fromBase64Url('eyJ!b');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toContain('"!" at character 4');
	});

	it('refuses a length no bytes have, and bytes that are not UTF-8', () => {
		expect(fromBase64Url('abcde').ok).toBe(false);
		expect(fromBase64Url(toBase64Url('x').slice(0, 1)).ok).toBe(false);
		expect(fromBase64Url('_w').ok).toBe(false);
	});

	it('says there is no model when the fragment has none', () => {
		expect(modelFromHash('')).toBeUndefined();
		expect(modelFromHash('#step=3')).toBeUndefined();
	});
});
