/**
 * The playground's link for one model: `#model=` and the base64url of the JSON `{ "network": … }` (or
 * `{ "model": … }`), UTF-8 encoded, without padding. A fragment, so the model is never sent anywhere.
 */
import type { NetworkSpec } from '../engine/layered';
import type { WrittenModelSpec } from '../engine/types';

/** The model, and the decimals its lesson shows when not the default 5. */
export type ModelLinkContent = ({ network: NetworkSpec } | { model: WrittenModelSpec }) & { precision?: number };

export function encodeBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeBase64Url(text: string): string {
	const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The fragment `model=…` for this content. */
export function modelFragment(content: ModelLinkContent): string {
	return `model=${encodeBase64Url(JSON.stringify(content))}`;
}
