/**
 * The trace command's work on a wide tanh model of about 1k, 10k and 100k nodes (one input, 500 / 5 000 /
 * 50 000 tanh units, two nodes each, every parameter with one path, so every parameter's path is listed):
 * build, trace, then the JSON with every count and listed path, written to a counter, not kept. The
 * growth column compares each size with the one before (×10 nodes: linear is ×10). Two baselines in
 * the same run: the paths part done one parameter at a time, as before, at ~1k nodes; and the command
 * itself, a new process, including start-up and reading the file, at every size (a model file may have
 * up to 200 000 nodes; a lesson, 10 000).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, type Graph } from '../src/lib/engine/model';
import { countPathsAlone, mustTrace, pathsByWalk, wideTanhModel } from '../src/lib/engine/testing';
import type { Trace } from '../src/lib/engine/trace';
import { LISTED, writeTraceJson } from '../src/cli/trace-json';
import { ms, type Row } from './lib';

export const name = 'trace-scale';
export const title = 'trace on a wide tanh model: build, trace, every count and listed path as JSON';

const SIZES = [
	{ label: '~1k', hidden: 500 },
	{ label: '~10k', hidden: 5_000 },
	{ label: '~100k', hidden: 50_000 }
];

function timed<T>(f: () => T): { value: T; ms: number } {
	const start = performance.now();
	const value = f();
	return { value, ms: performance.now() - start };
}

/** Characters of the trace JSON; the text itself is dropped piece by piece. */
function jsonLength(t: Trace): number {
	let length = 0;
	writeTraceJson(t, (text) => (length += text.length));
	return length;
}

/** The paths part as it was: each parameter's count by its own sweep, its paths by a walk of the whole graph. */
function pathsOneByOne(t: Trace): number {
	let listed = 0;
	for (const p of t.graph.params) if (countPathsAlone(t.graph, p) <= BigInt(LISTED)) listed += pathsByWalk(t, p).length;
	return listed;
}

function mustBuildGraph(hidden: number): Graph {
	const built = buildGraph(wideTanhModel(hidden));
	if (!built.ok) throw new Error('the bench model does not build');
	return built.graph;
}

export async function run(): Promise<Row[]> {
	// warm-up: the first sizes would otherwise time the compiler as much as the code
	for (let i = 0; i < 3; i++) jsonLength(mustTrace(mustBuildGraph(200)));
	const rows: Row[] = [];
	let previous: number | undefined;
	let small: Trace | undefined;
	for (const size of SIZES) {
		// CPU time beside the wall clock: on a shared machine the wall clock also counts other work
		const cpu = process.cpuUsage();
		const build = timed(() => mustBuildGraph(size.hidden));
		const traced = timed(() => mustTrace(build.value));
		const json = timed(() => jsonLength(traced.value));
		const total = build.ms + traced.ms + json.ms;
		const used = process.cpuUsage(cpu);
		small ??= traced.value;
		rows.push({
			model: `${size.label} (${size.hidden} units)`,
			nodes: build.value.nodes.length,
			edges: build.value.edgeCount,
			'build (ms)': ms(build.ms),
			'trace (ms)': ms(traced.ms),
			'paths + JSON (ms)': ms(json.ms),
			'JSON (MB)': (json.value / 1e6).toFixed(1),
			'total (ms)': ms(total),
			'CPU (ms)': ms((used.user + used.system) / 1000),
			growth: previous === undefined ? '' : `×${(total / previous).toFixed(1)}`
		});
		previous = total;
	}
	if (small) {
		const t = small;
		const before = timed(() => pathsOneByOne(t));
		const now = timed(() => jsonLength(t));
		rows.push({
			model: `${SIZES[0]?.label} paths one parameter at a time (before)`,
			nodes: t.graph.nodes.length,
			edges: t.graph.edgeCount,
			'paths + JSON (ms)': `${ms(before.ms)} → ${ms(now.ms)} now (×${(before.ms / now.ms).toFixed(0)})`
		});
	}
	rows.push(...commandRows());
	return rows;
}

/** `npm run --silent trace -- FILE` as a teacher runs it: a new process, start-up included. */
function commandRows(): Row[] {
	const dir = mkdtempSync(join(tmpdir(), 'cadena-bench-'));
	try {
		let previous: number | undefined;
		return SIZES.map((size) => {
			const file = join(dir, `wide-${size.hidden}.json`);
			writeFileSync(file, JSON.stringify({ model: wideTanhModel(size.hidden) }));
			const r = timed(() => spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/trace.ts', file], { maxBuffer: 1 << 30 }));
			if (r.value.status !== 0) throw new Error(`trace failed on ${size.label}: ${String(r.value.stderr)}`);
			const growth = previous === undefined ? '' : `×${(r.ms / previous).toFixed(1)}`;
			previous = r.ms;
			return { model: `${size.label}: the trace command, start-up included`, 'JSON (MB)': (r.value.stdout.length / 1e6).toFixed(1), 'total (ms)': ms(r.ms), growth };
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
