/**
 * The error function to near double precision: Maclaurin series for |x| < 3, Lentz's continued
 * fraction for erfc beyond (Numerical Recipes §6.2), enough for GELU's exact form.
 */
export function erf(x: number): number {
	if (x < 0) return -erf(-x);
	if (x < 3) {
		// erf x = 2/√π Σ (−1)ⁿ x^(2n+1) / (n!(2n+1))
		let term = x;
		let sum = x;
		for (let n = 1; n < 100; n++) {
			term *= (-x * x) / n;
			const add = term / (2 * n + 1);
			sum += add;
			if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
		}
		return (2 / Math.sqrt(Math.PI)) * sum;
	}
	return 1 - erfc(x);
}

function erfc(x: number): number {
	// erfc x = e^(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …))))
	const tiny = 1e-300;
	let f = x;
	let c = x;
	let d = 0;
	for (let n = 1; n < 200; n++) {
		const a = n / 2;
		d = x + a * d;
		d = Math.abs(d) < tiny ? tiny : d;
		c = x + a / c;
		c = Math.abs(c) < tiny ? tiny : c;
		d = 1 / d;
		const delta = c * d;
		f *= delta;
		if (Math.abs(delta - 1) < 1e-16) break;
	}
	return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
