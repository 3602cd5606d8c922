import { describe, expect, it } from 'vitest';
import { generateLesson } from '../lesson/generate';
import { readModelText } from '../lesson/model-text';
import { DEFAULT_FORM, networkOf } from './network-form';
import { editorsFor, fromBase64Url, hashFor, modelFromHash, toBase64Url } from './playground-link';

/** The model file's text a link holds, as the playground reads it back. */
function throughLink(file: unknown): string {
	const decoded = modelFromHash(hashFor(JSON.stringify(file)));
	if (!decoded?.ok) throw new Error('the link does not decode');
	return decoded.text;
}

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

describe('the decimals a link carries', () => {
	const model = { params: { x: -2, y: 5, z: -4 }, nodes: [{ name: 'q', expr: 'x + y' }, { name: 'f', expr: 'q*z' }], loss: 'f', learningRate: 0.1 };

	it('open a layered network\'s form with them, and the form writes them back', () => {
		const built = networkOf({ ...DEFAULT_FORM, precision: 3 });
		if (!built.ok) throw new Error('does not build');

		const editors = editorsFor(throughLink(built.file));

		expect(editors.mode === 'layers' && editors.form.precision).toBe(3);
		const again = editors.mode === 'layers' ? networkOf(editors.form) : undefined;
		expect(again?.ok && again.file).toEqual(built.file);
	});

	it('open a model\'s text form with a precision line, which reads back the same file', () => {
		const file = { model: { inputs: {}, targets: {}, constants: {}, ...model }, precision: 3 };

		const editors = editorsFor(throughLink(file));

		expect(editors.mode).toBe('graph');
		const text = editors.mode === 'graph' ? editors.text : '';
		expect(text).toMatch(/^precision 3$/m);
		const read = readModelText(text);
		expect(read.ok && read.value.file).toEqual(file);
	});

	it('are 5 when an older link says none', () => {
		const network = networkOf(DEFAULT_FORM);
		if (!network.ok) throw new Error('does not build');

		const layers = editorsFor(throughLink({ network: network.file.network }));
		const graph = editorsFor(throughLink({ model }));

		expect(layers.mode === 'layers' && layers.form.precision).toBe(5);
		expect(graph.mode === 'graph' && graph.text).not.toMatch(/precision/);
		const lesson = generateLesson(throughLink({ model }));
		expect(lesson.ok && lesson.lesson.precision).toBe(5);
	});

	it('keep a model the text form cannot say as JSON, precision and all', () => {
		const file = { model: { ...model, params: { x: { uniform: [-2, 2] }, y: 5, z: -4 } }, precision: 3 };

		const editors = editorsFor(throughLink(file));

		expect(editors.mode === 'graph' && JSON.parse(editors.text)).toEqual(file);
	});
});
