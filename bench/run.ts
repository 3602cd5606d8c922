/**
 * `npm run bench` runs every section and prints one table each; `npm run bench -- pass paths` runs
 * only the named ones. To add a section, write `bench/NAME.bench.ts` exporting `name`, `title` and
 * `run(): Promise<Row[]>` (see lib.ts), and list it below.
 */
import { cpus, loadavg } from 'node:os';
import { formatTable, type Section } from './lib';
import * as paths from './paths.bench';
import * as pass from './pass.bench';
import * as trace from './trace.bench';
import * as traceScale from './trace-scale.bench';
import * as train from './train.bench';
import * as grade from './grade.bench';
import * as hostile from './hostile.bench';
import * as lessons from './lessons.bench';
import * as build from './build.bench';
import * as iteration from './iteration.bench';
import * as firstLoad from './first-load.bench';
import * as open from './open.bench';
import * as playground from './playground.bench';
import * as playgroundTrain from './playground-train.bench';

const SECTIONS: Section[] = [trace, traceScale, build, pass, iteration, paths, grade, hostile, train, playgroundTrain, lessons, open, firstLoad, playground];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
if (unknown.length > 0) {
	console.error(`unknown section ${unknown.join(', ')} (sections: ${SECTIONS.map((s) => s.name).join(', ')})`);
	process.exit(1);
}

// other work on the machine moves the medians: the load average says how much to trust them
const [load = NaN] = loadavg();
console.log(`Cadena engine bench — node ${process.version}, ${cpus().length} CPUs, load average ${load.toFixed(1)}, ${new Date().toISOString()}`);
const started = performance.now();
for (const section of SECTIONS) {
	if (wanted.length > 0 && !wanted.includes(section.name)) continue;
	const t0 = performance.now();
	const rows = await section.run();
	console.log(`\n## ${section.title}  [${section.name}, ${((performance.now() - t0) / 1000).toFixed(1)} s]\n`);
	console.log(formatTable(rows));
}
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
