/**
 * The playground's link: `#model=…`, the base64url (RFC 4648 §5, no padding) of the model file's UTF-8
 * JSON, `{ "model": … }` or `{ "network": … }`, with `"precision"` beside it when the model says its
 * decimals (a link without it opens at 5). A fragment is never sent to a server, so a link keeps the
 * model in the student's hands.
 */
import * as v from 'valibot';
import { writeModelText } from '../lesson/model-text';
import { Model, Network, Precision } from '../lesson/schema';
import { formOf, type NetworkForm } from './network-form';

export const FRAGMENT_KEY = 'model';

export function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

export function fromBase64Url(data: string): Decoded {
	if (!/^[A-Za-z0-9_-]*$/.test(data)) {
		const bad = /[^A-Za-z0-9_-]/.exec(data)?.[0] ?? '';
		return { ok: false, message: `the link's model is not base64url: "${bad}" at character ${data.indexOf(bad) + 1} is not one of A–Z a–z 0–9 - _` };
	}
	if (data.length % 4 === 1) return { ok: false, message: `the link's model is not base64url: ${data.length} characters cannot be whole bytes (it was cut short?)` };
	let binary: string;
	try {
		binary = atob(data.replaceAll('-', '+').replaceAll('_', '/'));
	} catch {
		return { ok: false, message: "the link's model is not base64url" };
	}
	try {
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, message: "the link's model is not UTF-8 text" };
	}
}

/** `#model=…` → the model's text; undefined when the fragment holds no model. */
export function modelFromHash(hash: string): Decoded | undefined {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const data = params.get(FRAGMENT_KEY);
	return data === null ? undefined : fromBase64Url(data);
}

/** The fragment for a model file's text: compact JSON, so links stay short. */
export function hashFor(fileText: string): string {
	let compact = fileText;
	try {
		compact = JSON.stringify(JSON.parse(fileText));
	} catch {
		// text that is not JSON is kept as written, so the link holds what the student has
	}
	return `#${FRAGMENT_KEY}=${toBase64Url(compact)}`;
}

/** What a link's model opens in: the layered form, or the text editor's text. */
export type Editors = { mode: 'layers'; form: NetworkForm } | { mode: 'graph'; text: string };

/**
 * A model file's text → the editors: the layered form for a network, else the text form where it can
 * say it all, else the JSON as it is (pretty-printed when it parses), so nothing the link held is lost.
 */
export function editorsFor(text: string): Editors {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { mode: 'graph', text };
	}
	const network = v.safeParse(v.strictObject({ network: Network, precision: v.optional(Precision) }), value);
	if (network.success) return { mode: 'layers', form: formOf(network.output.network, network.output.precision) };
	const model = v.safeParse(v.strictObject({ model: Model, precision: v.optional(Precision) }), value);
	const written = model.success ? writeModelText(model.output.model, model.output.precision) : undefined;
	return { mode: 'graph', text: written ?? JSON.stringify(value, null, 2) };
}
