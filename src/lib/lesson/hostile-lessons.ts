/**
 * Lesson files a careless or hostile teacher might write: expressions too long or too deep for any
 * walk, graphs too big, names every JavaScript object already has, TeX that breaks out of the formula
 * it lands in, markers that try to smuggle a formula into an attribute. Each is either refused, at
 * its place, with a message in the teacher's words, or works on every page. Shared by the tests
 * (hostile-lessons.test.ts) and, for a few, the real commands (src/cli/*.test.ts).
 */

export interface HostileLesson {
	name: string;
	text: string;
	/** What `lessons check` must say, and where; absent: the lesson must check clean and work. */
	refused?: { pointer: string; message: RegExp };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const prose = (es: string, en = es): Json => ({ es, en });
const text = (body: string): Json => ({ kind: 'text', title: prose('Texto', 'Text'), body: prose(body) });

/** A small valid lesson around `model`, with the steps given (a text step by default). */
export function hostileLesson(model: Json, steps: Json[] = [text('Una lección.')]): string {
	return JSON.stringify({ id: 'hostile', title: prose('Hostil', 'Hostile'), summary: prose('Un resumen.', 'A summary.'), model, steps }, null, 2);
}

/** One input x = 1, parameters w and b, the nodes given; the last node is the loss. */
function model(nodes: { name: string; expr: string }[], more: Record<string, Json> = {}): Json {
	return { inputs: { x: 1 }, params: { w: 0.5, b: 0.1 }, nodes, loss: nodes[nodes.length - 1]?.name ?? 'L', learningRate: 0.1, ...more };
}

const oneNode = (expr: string): string => hostileLesson(model([{ name: 'L', expr }]));

/** w*x + b + 0.001*x + 0.002*x + …, `terms` terms in all (1 200 terms is 12 KB). */
export function longSum(terms: number): string {
	let s = 'w*x + b';
	for (let i = 1; i <= terms - 2; i++) s += ` + ${(i / 1000).toFixed(3)}*x`;
	return s;
}

/** n0 = w*x + b, n1 = n0*1, …: one path `length` factors long. */
export function chainLesson(length: number): string {
	const nodes = [{ name: 'n0', expr: 'w*x + b' }];
	for (let i = 1; i < length; i++) nodes.push({ name: `n${i}`, expr: `n${i - 1}*1` });
	return hostileLesson(model(nodes), [{ kind: 'backward', title: prose('Atrás', 'Backward'), param: 'w' }]);
}

/** Every name Object.prototype has: constructor, toString, hasOwnProperty, __proto__ … */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const RESERVED = new Set(['constructor', 'prototype', '__proto__']);

/**
 * How a prototype name must end when a lesson declares it: refused by name, or working. A key of
 * params is screened for reserved names before the schema (which would drop it); a node's name
 * meets the schema's pattern first.
 */
function declared(name: string, pointer: string, asKey: boolean): HostileLesson['refused'] {
	const reserved = { pointer, message: /is reserved by JavaScript and cannot be a name/ };
	if (asKey && RESERVED.has(name)) return reserved;
	if (!NAME.test(name)) return { pointer, message: /a name is a letter followed by letters, digits or _/ };
	return RESERVED.has(name) ? reserved : undefined;
}

function prototypeLessons(): HostileLesson[] {
	const out: HostileLesson[] = [];
	for (const name of PROTOTYPE_NAMES) {
		const refusedAsKey = declared(name, `/model/params/${name}`, true);
		out.push({
			name: `"${name}" as a parameter, in a backward step, an update and templates`,
			text: hostileLesson(
				{ inputs: { x: 1 }, params: { [name]: 0.4, w: 0.3 }, nodes: [{ name: 'z', expr: `${name}*x + w` }, { name: 'L', expr: 'z^2' }], loss: 'L', learningRate: 0.1 },
				[
					{ kind: 'backward', title: prose('Atrás', 'Backward'), param: name },
					{ kind: 'update', title: prose('Paso', 'Step') },
					text(`{{value:${name}}}, {{grad:${name}}}, {{updated:${name}}}, {{local:z/${name}}}`)
				]
			),
			// a name the schema refuses is refused wherever it is written: at its key first
			...(refusedAsKey ? { refused: refusedAsKey } : {})
		});
		const refusedAsNode = declared(name, '/model/nodes/0/name', false);
		out.push({
			name: `"${name}" as a node, in a forward step and a template`,
			text: hostileLesson(
				{ inputs: { x: 1 }, params: { w: 0.3 }, nodes: [{ name, expr: 'w*x' }, { name: 'L', expr: `${name}^2` }], loss: 'L', learningRate: 0.1 },
				[{ kind: 'forward', title: prose('Adelante', 'Forward'), nodes: 'all' }, text(`{{value:${name}}} {{delta:${name}}}`)]
			),
			...(refusedAsNode ? { refused: refusedAsNode } : {})
		});
		// a name the lesson never declared: a clear "not a name", never a figure from Object.prototype
		out.push({
			name: `{{value:${name}}} and {{grad:${name}}} where the model has no such name`,
			text: hostileLesson(model([{ name: 'L', expr: 'w*x + b' }]), [text(`{{value:${name}}}`), text(`{{grad:${name}}}`)]),
			refused: { pointer: '/steps/0/body/es', message: new RegExp(`\\{\\{value:${name}\\}\\}: "${name}" is not a name of the model`) }
		});
	}
	return out;
}

export const HOSTILE_LESSONS: readonly HostileLesson[] = [
	{
		name: 'a 1 200-term sum (12 KB)',
		text: oneNode(longSum(1200)),
		refused: { pointer: '/model/nodes/0/expr', message: /^the expression "w\*x \+ b \+ 0\.001\*x.{0,30}" is 1\d \d{3} characters long, more than the 5 000 allowed/ }
	},
	{ name: 'a 400-term sum', text: oneNode(longSum(400)) },
	{
		name: '5 000 nested brackets',
		text: oneNode(`${'('.repeat(5000)}w*x${')'.repeat(5000)}`),
		refused: { pointer: '/model/nodes/0/expr', message: /characters long, more than the 5 000 allowed/ }
	},
	{
		name: '100 nested brackets',
		text: oneNode(`${'('.repeat(100)}w*x${')'.repeat(100)}`),
		refused: { pointer: '/model/nodes/0/expr', message: /opens more than 64 brackets at once \(at character 65\)/ }
	},
	{ name: '60 nested brackets', text: oneNode(`${'('.repeat(60)}w*x${')'.repeat(60)}`) },
	{
		name: '20 000 unary minuses',
		text: oneNode(`${'-'.repeat(20_000)}w*x`),
		refused: { pointer: '/model/nodes/0/expr', message: /20 003 characters long/ }
	},
	{
		name: '600 unary minuses',
		text: oneNode(`${'-'.repeat(600)}w*x`),
		refused: { pointer: '/model/nodes/0/expr', message: /is nested 60\d levels deep, more than the 500 allowed/ }
	},
	{
		name: 'a tower of 600 powers',
		text: oneNode(`x${'^x'.repeat(600)}*w`),
		refused: { pointer: '/model/nodes/0/expr', message: /levels deep, more than the 500 allowed/ }
	},
	{
		name: '3 000 nested sigmoids',
		text: oneNode(`${'sigmoid('.repeat(3000)}w*x${')'.repeat(3000)}`),
		refused: { pointer: '/model/nodes/0/expr', message: /characters long, more than the 5 000 allowed/ }
	},
	{
		name: '70 nested sigmoids',
		text: oneNode(`${'sigmoid('.repeat(70)}w*x${')'.repeat(70)}`),
		refused: { pointer: '/model/nodes/0/expr', message: /opens more than 64 brackets at once/ }
	},
	{ name: '40 nested sigmoids', text: hostileLesson(model([{ name: 'L', expr: `${'sigmoid('.repeat(40)}w*x${')'.repeat(40)}` }]), [{ kind: 'backward', title: prose('Atrás', 'Backward'), param: 'w' }]) },
	{
		name: 'a 10 001-node chain',
		text: chainLesson(10_001),
		refused: { pointer: '/model/nodes', message: /^the model has 10 001 nodes, more than the 10 000 a lesson may have$/ }
	},
	{
		name: 'a label that closes the formula it is printed in',
		text: hostileLesson(model([{ name: 'L', expr: 'w*x' }], { labels: { w: '}\\end{aligned}\\begin{x}' } })),
		refused: { pointer: '/model/labels/w', message: /^TeX does not parse: KaTeX parse error/ }
	},
	{
		name: 'a label with an alignment tab',
		text: hostileLesson(model([{ name: 'L', expr: 'w*x' }], { labels: { w: 'a & b' } })),
		refused: { pointer: '/model/labels/w', message: /^TeX does not parse: KaTeX parse error/ }
	},
	{
		name: 'a \\def bomb as a label',
		text: hostileLesson(model([{ name: 'L', expr: 'w*x' }], { labels: { b: '\\def\\a{\\a\\a}\\a' } })),
		refused: { pointer: '/model/labels/b', message: /Too many expansions/ }
	},
	{
		name: 'a node TeX that closes the formula it is printed in',
		text: hostileLesson({ inputs: { x: 1 }, params: { w: 0.5 }, nodes: [{ name: 'L', expr: 'w*x', tex: '\\end{aligned}' }], loss: 'L', learningRate: 0.1 }),
		refused: { pointer: '/model/nodes/0/tex', message: /^TeX does not parse/ }
	},
	{
		name: 'markup as a label, shown on a backward step',
		text: hostileLesson(model([{ name: 'L', expr: 'w*x' }], { labels: { x: '"><svg onload=alert(1)>' } }), [{ kind: 'backward', title: prose('Atrás', 'Backward'), param: 'w' }])
	},
	{
		name: 'a math marker in an image and a link',
		text: hostileLesson(model([{ name: 'L', expr: 'w*x' }]), [text('![MATHSLOT0END](/images/i.png) $x$ [MATHSLOT0END](https://example.org/MATHSLOT0END) ![$w$](/images/w.png)')])
	},
	...prototypeLessons()
];
