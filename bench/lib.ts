/**
 * What every bench section shares: a row type, timing (warm-up, then the median of N runs, with
 * performance.now()), and the table printer. A section is a file `*.bench.ts` exporting `title` and
 * `run(): Promise<Row[]>`; run.ts lists them.
 */

/** One line of a section's table: column → cell. Numbers are right-aligned. */
export type Row = Record<string, string | number>;

export interface Section {
	/** Short name to select the section: `npm run bench -- pass`. */
	name: string;
	title: string;
	run(): Promise<Row[]>;
}

export function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

export interface Timing {
	/** Median of the timed runs, in milliseconds. */
	ms: number;
	/**
	 * CPU time of this process per timed run (user + system, mean over the runs), in milliseconds: other
	 * work on a shared machine stretches the clock time of a run far more than the CPU time it uses.
	 */
	cpuMs: number;
	runs: number;
}

/** Runs `f` `warmup` times untimed, then `runs` times timed; the median in ms. */
export function measure(f: () => unknown, runs: number, warmup = Math.min(runs, 3)): Timing {
	for (let i = 0; i < warmup; i++) f();
	const times: number[] = [];
	const cpu = process.cpuUsage();
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		f();
		times.push(performance.now() - start);
	}
	const used = process.cpuUsage(cpu);
	return { ms: median(times), cpuMs: (used.user + used.system) / 1000 / runs, runs };
}

/** Milliseconds with three significant figures: 0.0123, 1.23, 123, 12345. */
export function ms(v: number): string {
	if (v >= 100) return v.toFixed(0);
	return v.toPrecision(3);
}

/** Nanoseconds per item, rounded. */
export function nsPer(msTotal: number, count: number): string {
	return ((msTotal * 1e6) / count).toFixed(0);
}

/** A plain-text table, columns from the first row, numbers right-aligned. */
export function formatTable(rows: readonly Row[]): string {
	const first = rows[0];
	if (!first) return '(no rows)';
	const columns = Object.keys(first);
	const cell = (row: Row, c: string): string => {
		const v = row[c];
		return v === undefined ? '' : String(v);
	};
	const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
	const pad = (s: string, width: number, right: boolean) => (right ? s.padStart(width) : s.padEnd(width));
	const numeric = columns.map((c) => rows.every((r) => typeof r[c] === 'number' || /^[-\d.,]+$/.test(cell(r, c))));
	const line = (cells: string[]) => cells.map((s, i) => pad(s, widths[i] ?? 0, numeric[i] ?? false)).join('  ');
	return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r, c))))].join('\n');
}
