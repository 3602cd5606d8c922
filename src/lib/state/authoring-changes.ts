/**
 * While a teacher edits a lesson under `npm start`, each save reloads the page: this tells which of the
 * lesson's steps changed since the page last showed it in this tab, from every step's digest kept in
 * sessionStorage (per lesson and language; one tab's, never the student's progress). The news is kept with
 * the digests, so showing the same version again (a second reload of one save, an effect run twice) still
 * tells it, until the next save changes the lesson.
 */
import { changedSteps, noChanges, type StepChanges } from '../lesson/step-changes';

const KEY_PREFIX = 'cadena.authoring.digests.';

interface Shown {
	digests: string[];
	/** What changed when this version was first shown; null: nothing, or the first time. */
	changes: StepChanges | null;
}

function isStringArray(v: unknown): v is string[] {
	return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isSteps(v: unknown): v is number[] {
	return Array.isArray(v) && v.every((x) => Number.isInteger(x) && x > 0);
}

function isChanges(v: unknown): v is StepChanges {
	return typeof v === 'object' && v !== null && 'changed' in v && isSteps(v.changed) && 'added' in v && isSteps(v.added) && 'removed' in v && isSteps(v.removed);
}

/** What this tab kept; an older tab's plain list of digests is read too. */
function readShown(raw: string | null): Shown | null {
	if (raw === null) return null;
	let v: unknown;
	try {
		v = JSON.parse(raw);
	} catch {
		return null;
	}
	if (isStringArray(v)) return { digests: v, changes: null };
	if (typeof v !== 'object' || v === null || !('digests' in v) || !isStringArray(v.digests)) return null;
	return { digests: v.digests, changes: 'changes' in v && isChanges(v.changes) ? v.changes : null };
}

/** The steps changed since the version last shown before this one; null the first time, or when nothing changed. */
export function changesSinceLastShown(slug: string, lang: string, digests: readonly string[]): StepChanges | null {
	const key = `${KEY_PREFIX}${lang}.${slug}`;
	try {
		const before = readShown(sessionStorage.getItem(key));
		if (before && before.digests.length === digests.length && before.digests.every((d, i) => d === digests[i])) return before.changes;
		const found = before === null ? null : changedSteps(before.digests, digests);
		const changes = found === null || noChanges(found) ? null : found;
		const shown: Shown = { digests: [...digests], changes };
		sessionStorage.setItem(key, JSON.stringify(shown));
		return changes;
	} catch {
		// storage blocked or full, or a value this tab cannot read: the page is shown without the news
		return null;
	}
}
