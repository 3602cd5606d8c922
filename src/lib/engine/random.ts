/**
 * Seeded randomness, the only kind Cadena uses: variants, sample points, generated graphs and data
 * sets take a seed, so anything drawn can be drawn again.
 */

/** mulberry32 (Tommy Ettinger): a 32-bit state, uniform in [0, 1), replayable from its seed. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [lo, hi). */
	range(lo: number, hi: number): number;
	/** Integer in [lo, hi], both ends included. */
	int(lo: number, hi: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** Uniform in ±[lo, hi): a magnitude in [lo, hi) with a random sign, never near 0. */
	awayFromZero(lo: number, hi: number): number;
}

/** mulberry32 (Tommy Ettinger): a 32-bit state, good enough for test data, and replayable. */
export function seededRng(seed: number): Rng {
	const next = mulberry32(seed);
	const range = (lo: number, hi: number): number => lo + (hi - lo) * next();
	return {
		next,
		range,
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		pick<T>(items: readonly T[]): T {
			const item = items[Math.floor(next() * items.length)];
			if (item === undefined) throw new Error('pick from an empty list');
			return item;
		},
		awayFromZero: (lo, hi) => (next() < 0.5 ? -1 : 1) * range(lo, hi)
	};
}
