import { describe, expect, it } from 'vitest';
import { normalizeStudent, studentSeed } from './student';

describe('a student’s seed from their name', () => {
	it('is the same for the same name however it is typed', () => {
		const seed = studentSeed('worked-example', 'Ana Pérez');
		expect(seed).not.toBeNull();
		expect(studentSeed('worked-example', '  ana   pérez ')).toBe(seed);
		// é as e + combining acute (another keyboard) is the same letter
		expect(studentSeed('worked-example', 'Ana Pe\u0301rez')).toBe(seed);
	});

	it('differs between students and between lessons', () => {
		const names = ['Ana', 'Anna', 'Luis', 'Luisa', 'María', 'Maria', 'José', 'Jose', 'Ana P', 'Ana Q'];
		const seeds = new Set(names.map((n) => studentSeed('worked-example', n)));
		expect(seeds.size).toBe(names.length);
		expect(studentSeed('one-neuron', 'Ana')).not.toBe(studentSeed('worked-example', 'Ana'));
	});

	it('is a whole number in 1…2³²−1, never 0 (the authored numbers)', () => {
		for (let i = 0; i < 2000; i++) {
			const seed = studentSeed('xor', `student ${i}`) ?? -1;
			expect(Number.isInteger(seed)).toBe(true);
			expect(seed).toBeGreaterThan(0);
			expect(seed).toBeLessThan(2 ** 32);
		}
	});

	it('refuses an empty name, one with control characters, or a paragraph', () => {
		expect(normalizeStudent('   ')).toBeNull();
		expect(normalizeStudent('Ana\u0007')).toBeNull();
		expect(normalizeStudent('x'.repeat(81))).toBeNull();
		expect(studentSeed('xor', '')).toBeNull();
		expect(normalizeStudent('x'.repeat(80))).toBe('x'.repeat(80));
	});

	it('is pinned: a teacher’s class list must give the same numbers next year', () => {
		expect(studentSeed('worked-example', 'Ana Pérez')).toBe(studentSeed('worked-example', 'ana pérez'));
		expect(studentSeed('worked-example', 'Ana Pérez')).toMatchInlineSnapshot(`40916527`);
	});
});
