import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE_PROGRESS } from './hostile-progress';
import { NOTICE_KEY, Progress, STORAGE_KEY, UNDO_KEY } from './progress.svelte';
import { readSaved, VERSION } from './saved-progress';

/** A Storage in memory that refuses a write past `quota` characters, as a browser's does. */
class MemoryStorage {
	items = new Map<string, string>();
	constructor(public quota = Infinity) {}
	get length(): number {
		return this.items.size;
	}
	key(i: number): string | null {
		return [...this.items.keys()][i] ?? null;
	}
	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		let used = key.length + value.length;
		for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
		if (used > this.quota) throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string): void {
		this.items.delete(key);
	}
	clear(): void {
		this.items.clear();
	}
	setAside(): string[] {
		return [...this.items.keys()].filter((k) => k.startsWith(`${STORAGE_KEY}.set-aside.`));
	}
}

let local: MemoryStorage;
let session: MemoryStorage;
beforeEach(() => {
	local = new MemoryStorage();
	session = new MemoryStorage();
	vi.stubGlobal('localStorage', local);
	vi.stubGlobal('sessionStorage', session);
});
afterEach(() => vi.unstubAllGlobals());

/** A progress as a page has it after a reload: a new store reading the same storages. */
function reloaded(): Progress {
	const p = new Progress();
	p.load();
	return p;
}

function answered(p: Progress, slug = 'worked-example', id = 'w6_grad'): void {
	const e = p.exercise(slug, id);
	e.answer = '0,08211';
	e.verdict = 'correct';
	e.attempts = 2;
	e.hintsShown = 1;
	e.best = 0.9;
	p.save();
}

function file(text: string): Blob {
	return new Blob([text], { type: 'application/json' });
}

describe('loading saved progress', () => {
	it('starts empty when nothing is saved', () => {
		const p = reloaded();
		expect(p.data).toEqual({ version: VERSION, lessons: {} });
		expect(p.notice).toBeNull();
	});

	it.each(HOSTILE_PROGRESS.filter((c) => c.load !== 'whole').map((c) => [c.name, c] as const))('sets aside "%s" whole, keeping the valid answers', (_name, c) => {
		local.setItem(STORAGE_KEY, c.text);
		const p = reloaded();
		expect(p.notice).toBe(typeof c.load === 'string' ? c.load : 'repaired');
		const [key] = local.setAside();
		expect(key && local.getItem(key)).toBe(c.text);
		// what was kept is saved again, clean; an unreadable state leaves a fresh start
		const saved = local.getItem(STORAGE_KEY);
		if (typeof c.load === 'string') expect(saved).toBeNull();
		else expect(readSaved(saved)).toMatchObject({ ok: true, problems: [] });
	});

	it('sets a large corrupt entry aside even when the storage is full, by freeing its place first', () => {
		const corrupt = '{' + 'y'.repeat(3000);
		local.quota = 3100;
		local.setItem(STORAGE_KEY, corrupt);
		const p = reloaded();
		expect(p.notice).toBe('corrupt');
		expect(p.unkept).toBeNull();
		expect(local.getItem(local.setAside()[0] ?? '')).toBe(corrupt);
	});

	it('offers the unreadable text for download when there is no room to keep it', () => {
		const corrupt = '{' + 'y'.repeat(3000);
		local.setItem(STORAGE_KEY, corrupt);
		local.setItem('filler', 'x'.repeat(500));
		// the copy's longer key no longer fits in the place the original frees
		local.quota = (local.getItem(STORAGE_KEY) ?? '').length + STORAGE_KEY.length + 500 + 'filler'.length;
		const p = reloaded();
		expect(p.notice).toBe('corrupt');
		expect(p.unkept).toBe(corrupt);
	});
});

describe('saving', () => {
	it('says so when the storage is full, and the next write that fits clears it', () => {
		const p = reloaded();
		local.quota = 10;
		answered(p);
		expect(p.writeFailure).toBe('full');
		// the answer is still in memory, so an export keeps it
		expect(JSON.parse(p.exportJson()).lessons['worked-example'].exercises.w6_grad.verdict).toBe('correct');
		local.quota = Infinity;
		p.save();
		expect(p.writeFailure).toBeNull();
		expect(reloaded().data.lessons['worked-example']?.exercises.w6_grad?.best).toBe(0.9);
	});

	it('says the storage is blocked when the browser refuses it', () => {
		vi.stubGlobal('localStorage', undefined);
		const p = new Progress();
		answered(p);
		expect(p.writeFailure).toBe('blocked');
	});
});

describe('importing', () => {
	it('round-trips through export and import, keeping answers, attempts and hints', async () => {
		const a = reloaded();
		answered(a);
		a.setPosition('worked-example', 12);
		const exported = a.exportJson();
		local.clear();

		const b = reloaded();
		await b.offerImport(file(exported));
		expect(b.pendingImport?.summary).toEqual({ lessons: 1, answers: 1, earned: 0.9 });
		// nothing changes before the student says so
		expect(b.data.lessons).toEqual({});
		expect(b.applyImport('replace')).toBe(true);
		const c = reloaded();
		expect(c.notice).toBe('imported');
		expect(c.data.lessons['worked-example']?.position).toBe(12);
		expect(c.data.lessons['worked-example']?.exercises.w6_grad).toMatchObject({ answer: '0,08211', attempts: 2, hintsShown: 1, best: 0.9 });
		expect(c.score('worked-example', ['w6_grad', 'w2'])).toEqual({ earned: 0.9, total: 2 });
	});

	it.each(HOSTILE_PROGRESS.filter((c) => c.import !== 'accepted').map((c) => [c.name, c] as const))('refuses "%s" and changes nothing', async (_name, c) => {
		const p = reloaded();
		answered(p, 'layers', 'kept');
		const before = local.getItem(STORAGE_KEY);
		await p.offerImport(file(c.text));
		expect(p.pendingImport).toBeNull();
		expect(p.importProblems[0]?.kind).toBe(c.import);
		expect(p.applyImport('replace')).toBe(false);
		expect(local.getItem(STORAGE_KEY)).toBe(before);
		expect(p.data.lessons.layers?.exercises.kept?.answer).toBe('0,08211');
	});

	it('merges, keeping the better record of each answer', async () => {
		const p = reloaded();
		answered(p, 'worked-example', 'w6_grad');
		answered(p, 'layers', 'mine');
		const incoming = { version: 1, lessons: { 'worked-example': { position: 14, exercises: { w6_grad: { answer: '1', verdict: 'incorrect', attempts: 1, hintsShown: 0, solutionShown: false, best: 0 }, w2: { answer: '0,5', verdict: 'correct', attempts: 1, hintsShown: 0, solutionShown: false, best: 1 } } } } };
		await p.offerImport(file(JSON.stringify(incoming)));
		expect(p.applyImport('merge')).toBe(true);
		const q = reloaded();
		expect(q.data.lessons['worked-example']?.position).toBe(14);
		expect(q.data.lessons['worked-example']?.exercises.w6_grad?.best).toBe(0.9);
		expect(q.data.lessons['worked-example']?.exercises.w2?.best).toBe(1);
		expect(q.data.lessons.layers?.exercises.mine).toBeDefined();
	});

	it('can be undone once after the reload, bringing back the progress before it', async () => {
		const p = reloaded();
		answered(p, 'layers', 'mine');
		await p.offerImport(file(JSON.stringify({ version: 1, lessons: { xor: { position: 2, exercises: {} } } })));
		p.applyImport('replace');
		const q = reloaded();
		expect(q.canUndo).toBe(true);
		expect(Object.keys(q.data.lessons)).toEqual(['xor']);
		expect(q.undo()).toBe(true);
		const r = reloaded();
		expect(r.notice).toBe('undone');
		expect(Object.keys(r.data.lessons)).toEqual(['layers']);
		expect(r.canUndo).toBe(false);
		expect(r.undo()).toBe(false);
	});

	it('changes nothing when the storage refuses the imported progress', async () => {
		const p = reloaded();
		answered(p, 'layers', 'mine');
		local.quota = (local.getItem(STORAGE_KEY) ?? '').length + STORAGE_KEY.length;
		await p.offerImport(file(JSON.stringify({ version: 1, lessons: { xor: { position: 2, exercises: { a: { answer: 'x'.repeat(200), verdict: null, attempts: 0, hintsShown: 0, solutionShown: false, best: 0 } } } } })));
		expect(p.applyImport('replace')).toBe(false);
		expect(p.writeFailure).toBe('full');
		expect(Object.keys(p.data.lessons)).toEqual(['layers']);
		expect(session.getItem(NOTICE_KEY)).toBeNull();
	});
});

describe('resetting a lesson', () => {
	it('empties only that lesson, and an undo brings it back once', () => {
		const p = reloaded();
		answered(p, 'worked-example', 'w6_grad');
		answered(p, 'layers', 'mine');
		expect(p.resetLesson('worked-example')).toBe(true);
		const q = reloaded();
		expect(q.notice).toBe('reset');
		expect(q.data.lessons['worked-example']).toBeUndefined();
		expect(q.canUndo).toBe(true);
		// a change elsewhere after the reset is not undone with it
		answered(q, 'xor', 'later');
		expect(q.undo()).toBe(true);
		const r = reloaded();
		expect(r.data.lessons['worked-example']?.exercises.w6_grad?.best).toBe(0.9);
		expect(r.data.lessons.xor?.exercises.later).toBeDefined();
		expect(session.getItem(UNDO_KEY)).toBeNull();
	});
});
