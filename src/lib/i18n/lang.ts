/**
 * Which interface language a page is in. The URL decides (`/es/…`, `/en/…`), so a prerendered page is already
 * in its language; the remembered choice and the browser's languages only matter on `/`, which picks one.
 */
/** The interface languages; every page exists in each. */
export type Lang = 'es' | 'en';
export const LANGS: readonly Lang[] = ['es', 'en'];

/** localStorage key holding the language the student last chose. */
export const LANG_STORAGE_KEY = 'cadena.lang';

/** Language used when nothing else decides (unknown URL, no preference). */
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language named by a path's first segment, or null when it names none (`/`, `/fr/…`). */
export function langFromPath(pathname: string): Lang | null {
	const first = pathname.split('/')[1] ?? '';
	return isLang(first) ? first : null;
}

/** The same path in another language; paths without a language go to that language's index. */
export function pathInLang(pathname: string, lang: Lang): string {
	if (langFromPath(pathname) === null) return `/${lang}/`;
	return `/${lang}/${pathname.split('/').slice(2).join('/')}`;
}

/** Remembered choice first, then the browser's ordered languages (`es*` → es), else English. */
export function preferredLang(remembered: string | null, browserLanguages: readonly string[]): Lang {
	if (isLang(remembered)) return remembered;
	for (const tag of browserLanguages) {
		const primary = tag.toLowerCase().split('-')[0];
		if (isLang(primary)) return primary;
	}
	return DEFAULT_LANG;
}

// localStorage can throw (storage disabled, privacy modes): a lost preference is not worth an error.
export function readRememberedLang(): string | null {
	try {
		return localStorage.getItem(LANG_STORAGE_KEY);
	} catch {
		return null;
	}
}

export function rememberLang(lang: Lang): void {
	try {
		localStorage.setItem(LANG_STORAGE_KEY, lang);
	} catch {
		// Preference not saved; the URL still carries the language.
	}
}
