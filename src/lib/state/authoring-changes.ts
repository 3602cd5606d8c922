/**
 * While a teacher edits a lesson under `npm start`, each save reloads the page: this tells which of the
 * lesson's steps changed since the page last showed it in this tab, from every step's digest kept in
 * sessionStorage (per lesson and language; one tab's, never the student's progress).
 */
import { changedSteps, noChanges, type StepChanges } from '../lesson/step-changes';

const KEY_PREFIX = 'cadena.authoring.digests.';

function isStringArray(v: unknown): v is string[] {
	return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** The steps changed since the last time; null the first time, or when nothing changed. */
export function changesSinceLastShown(slug: string, lang: string, digests: readonly string[]): StepChanges | null {
	const key = `${KEY_PREFIX}${lang}.${slug}`;
	let before: string[] | null = null;
	try {
		const raw = sessionStorage.getItem(key);
		const v: unknown = raw === null ? null : JSON.parse(raw);
		before = isStringArray(v) ? v : null;
		sessionStorage.setItem(key, JSON.stringify(digests));
	} catch {
		// storage blocked or full: the page is shown without the news
	}
	if (before === null) return null;
	const changes = changedSteps(before, digests);
	return noChanges(changes) ? null : changes;
}
