/**
 * A student's own numbers from their name: the variant seed is a hash of the lesson's id and the name,
 * so a teacher holding the class list can draw every student's numbers again (their worksheet, their
 * key, the re-grading of their answers) without a server or an account.
 */

/** Longest name kept: a class list's names, not a paragraph. */
export const MAX_STUDENT_NAME = 80;

/**
 * The name as it is hashed: spaces trimmed and collapsed, Unicode composed (NFC) and lower-cased, so
 * "Ana  Pérez", "ana pérez" and a name typed on another keyboard give the same numbers. Null for a
 * name that is empty, too long, or holds control characters.
 */
export function normalizeStudent(name: string): string | null {
	const text = name.normalize('NFC').trim().replace(/\s+/gu, ' ');
	if (text === '' || [...text].length > MAX_STUDENT_NAME) return null;
	if (/\p{Cc}/u.test(text)) return null;
	return text.toLocaleLowerCase('und');
}

/** FNV-1a over the UTF-8 bytes, then murmur3's finaliser, so close names land far apart. */
function hash32(text: string): number {
	let h = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		h ^= byte;
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/**
 * The variant seed of `name` in the lesson `lessonId`, in 1…2³²−1 (0 is never a student's, as a seed
 * of 0 could be read as "the authored numbers"); null when the name cannot be used.
 */
export function studentSeed(lessonId: string, name: string): number | null {
	const normalized = normalizeStudent(name);
	if (normalized === null) return null;
	return hash32(`${lessonId}\u0000${normalized}`) || 1;
}
