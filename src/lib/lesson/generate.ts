/**
 * A whole lesson written from a model alone, as the playground does: the model file's text
 * (`{ "model": … }` or `{ "network": … }`, with the decimals shown as `"precision"` if it says) → a
 * lesson object the lesson schema accepts, or the checker's own problems with the model. Every figure
 * the lesson shows or asks for is a quantity key or a {{template}}, so the engine computes it when the
 * lesson is loaded; no number is written here.
 *
 * The lesson: an introduction, the whole-network graph, the forward pass, every parameter's backward
 * step (factors, paths, their products and sum, the cached δ) nearest the loss first, the update with
 * the new loss, a check by finite differences, the training panel on the model's own example and a
 * summary; before each worked step, an exercise step asking for what it works out (forward values,
 * local factors, gradients, updated values), so a student tries first.
 */
import * as v from 'valibot';
import { backpropOrder, countPaths, labelOf, type Trace } from '../engine';
import { printTex } from '../engine/print';
import { answerNumber } from './lesson-tests';
import { reservedNameProblems, schemaProblems, traceModel } from './load';
import { quantityValue } from './quantity';
import { DEFAULT_PRECISION, ModelFile, type Exercise, type Lesson, type Prose, type Step } from './schema';
import { problemAt, readJson, type Problem } from './source';

/**
 * How much of a big model the lesson walks through: a step of 2 000 formulas holds a page for
 * 400 ms (state/preview-limits.ts), and a hundred questions of one kind teach nothing the first dozen
 * do not. `nodes` is the Open page's limit, so any generated lesson opens there too. `backward` covers
 * every parameter of the training page's 2-8-8-1 net (105), so looking inside one of its iterations
 * walks the whole backward pass.
 */
export interface PlaygroundCaps {
	nodes: number;
	/** Parameters given a backward step (and checked by finite differences). */
	backward: number;
	/** Questions asked of each kind (values, local factors, gradients, updates). */
	perKind: number;
	/** Nodes computed in one forward step. */
	forwardPerStep: number;
	/** Names listed in the introduction, per group. */
	listed: number;
}

export const PLAYGROUND_CAPS: PlaygroundCaps = { nodes: 500, backward: 128, perKind: 24, forwardPerStep: 20, listed: 12 };

/** What the lesson left out of a big model, so the page can say so. */
export interface Capped {
	/** Parameters that got a backward step, of how many. */
	backward: { shown: number; of: number };
	/** Questions asked of each kind, of how many there are. */
	values: { shown: number; of: number };
	factors: { shown: number; of: number };
	gradients: { shown: number; of: number };
	/** Questions left out because their answer cannot be written to the lesson's precision. */
	unanswerable: number;
}

export type GenerateResult = { ok: true; lesson: Lesson; capped: Capped; trace: Trace } | { ok: false; problems: Problem[] };

export interface GenerateOptions {
	/** Decimals shown (the lesson's precision); else the model file's own `precision`, else 5. */
	precision?: number;
	caps?: PlaygroundCaps;
}

/** FNV-1a of the model's text, so two models never share an id (saved answers are kept per lesson id). */
function hashOf(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}

const prose = (es: string, en: string): Prose => ({ es, en });
const partial = (of: string, wrt: string): string => `\\frac{\\partial ${of}}{\\partial ${wrt}}`;

/** Text for a list: "a, b and c" / "a, b y c". */
function list(items: readonly string[], and: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Up to the cap, in the order given: a model's nodes forward, its parameters as backpropagation reaches them. */
const take = <T>(items: readonly T[], cap: number): T[] => items.slice(0, cap);

/**
 * The model file's text → the lesson. Problems are those `lessons check` reports for the same model,
 * at the same places (`/model/nodes/2/expr`).
 */
export function generateLesson(text: string, options: GenerateOptions = {}): GenerateResult {
	const caps = options.caps ?? PLAYGROUND_CAPS;
	const read = readJson(text);
	if (!read.ok) return read;
	const { source, value } = read;
	const reserved = reservedNameProblems(source, value);
	if (reserved.length > 0) return { ok: false, problems: reserved };
	const parsed = v.safeParse(ModelFile, value);
	if (!parsed.success) return { ok: false, problems: schemaProblems(source, parsed.issues) };
	const { model, network, precision } = parsed.output;
	if ((model === undefined) === (network === undefined)) {
		return { ok: false, problems: [problemAt(source, [], 'a model file has exactly one of "model" or "network"')] };
	}
	const traced = traceModel(source, parsed.output, undefined, { nodes: caps.nodes, of: 'a playground model' });
	if (!traced.ok) return traced;
	const t = traced.trace;
	const built = writeSteps(t, caps);
	const draft: Lesson = {
		// the precision stays out of the id: the same model asks the same questions with the same answers, at any decimals
		id: `playground-${hashOf(JSON.stringify(model ?? network))}`,
		title: prose('Tu modelo, paso a paso', 'Your model, step by step'),
		summary: prose(
			'Una lección escrita a partir de un modelo del área de pruebas: la propagación hacia adelante, cada gradiente por la regla de la cadena y una actualización.',
			'A lesson written from a playground model: the forward pass, every gradient by the chain rule, and one update.'
		),
		precision: options.precision ?? precision ?? DEFAULT_PRECISION,
		...(model ? { model } : {}),
		...(network ? { network } : {}),
		graph: true,
		steps: built.steps,
		conditions: [],
		tests: []
	};
	const lesson = withoutUnanswerable(draft, t);
	built.capped.unanswerable = lesson.unanswerable;
	return { ok: true, lesson: lesson.lesson, capped: built.capped, trace: t };
}

/** Significant figures of a number as formatNumber writes it: "0.57" has 2, "1.5e-7" has 2, "-0.12345" has 5. */
function figuresOf(written: string): number {
	const mantissa = written.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '');
	return mantissa.length;
}

/**
 * The lesson without the questions `lessons check` would refuse: it grades the engine's own answer,
 * written to 6 significant figures with trailing zeros dropped, and the grader takes 3 figures at
 * least, so an update smaller than 10⁻⁶ of the value (0.5700001 written "0.57") is refused though a
 * student typing 0.570 would be right. Judged from that written answer alone, far cheaper than grading
 * every answer; the tests run the checker itself on generated lessons.
 */
function withoutUnanswerable(lesson: Lesson, t: Trace): { lesson: Lesson; unanswerable: number } {
	let unanswerable = 0;
	const answerable = (key: string): boolean => {
		const q = quantityValue(t, key);
		if (!q.ok || !Number.isFinite(q.value)) return false;
		const written = answerNumber(q.value, 'en');
		return Number(written) === q.value || figuresOf(written) >= 3;
	};
	const steps = lesson.steps.flatMap((step): Step[] => {
		if (step.kind !== 'exercise') return [step];
		const exercises = step.exercises.filter((ex) => answerable(ex.quantity));
		unanswerable += step.exercises.length - exercises.length;
		return exercises.length > 0 ? [{ ...step, exercises }] : [];
	});
	return { lesson: { ...lesson, steps }, unanswerable };
}

function writeSteps(t: Trace, caps: PlaygroundCaps): { steps: Step[]; capped: Capped } {
	const graph = t.graph;
	const label = (name: string): string => labelOf(graph, name);
	// braced, so a power of a label with its own superscript (a^{(1)}_{1} squared) still parses
	const braced = { symbol: (name: string): string => `{${label(name)}}` };
	const L = label(graph.loss);
	const kindOf = (name: string): string | undefined => graph.symbols.get(name)?.kind;
	const leaves = (kind: string): string[] => [...graph.symbols.values()].filter((s) => s.kind === kind).map((s) => s.name);
	const given = (names: readonly string[]): string => list(names.map((n) => `$${label(n)} = {{value:${n}}}$`), '%AND%');
	const givenIn = (names: readonly string[], lang: 'es' | 'en'): string => given(names).replaceAll('%AND%', lang === 'es' ? 'y' : 'and');
	// as backpropagation reaches them, so the output layer's δ is worked out before the steps that reuse it;
	// the introduction lists them in the model's own order
	const params = backpropOrder(graph);
	const nodes = graph.nodes;
	// the factors reverse mode needs: into parameters and nodes (inputs, targets and constants are never differentiated)
	const factors = nodes.flatMap((n) => (t.factorsOf[n.name] ?? []).filter((f) => kindOf(f.wrt) === 'param' || kindOf(f.wrt) === 'node'));
	const definition = (name: string): string => {
		const node = nodes.find((n) => n.name === name);
		return node ? `${label(name)} = ${printTex(node.expr, braced)}` : label(name);
	};
	const usedBy = (name: string): string[] => nodes.find((n) => n.name === name)?.vars ?? [];

	const steps: Step[] = [];
	const inputs = leaves('input');
	const targets = leaves('target');
	const constants = leaves('constant');
	const leafLine = (lang: 'es' | 'en'): string => {
		const groups: [readonly string[], string, string][] = [
			[graph.params, 'Parámetros', 'Parameters'],
			[inputs, 'Entradas', 'Inputs'],
			[targets, 'Objetivos', 'Targets'],
			[constants, 'Constantes', 'Constants']
		];
		return groups
			.filter(([names]) => names.length > 0)
			.map(([names, es, en]) => `- ${lang === 'es' ? es : en}: ${givenIn(take(names, caps.listed), lang)}${names.length > caps.listed ? ' …' : ''}`)
			.join('\n');
	};
	steps.push({
		kind: 'text',
		title: prose('Tu modelo', 'Your model'),
		body: prose(
			`Esta lección se escribió a partir de tu modelo: ${nodes.length} ${nodes.length === 1 ? 'nodo' : 'nodos'} y ${params.length} ${params.length === 1 ? 'parámetro' : 'parámetros'}; la pérdida es $${L}$. Cada número lo calcula el motor de Cadena.\n\n${leafLine('es')}\n\nPrimero intenta tú cada paso; el paso siguiente lo resuelve.`,
			`This lesson was written from your model: ${nodes.length} ${nodes.length === 1 ? 'node' : 'nodes'} and ${params.length} ${params.length === 1 ? 'parameter' : 'parameters'}; the loss is $${L}$. Every number is computed by Cadena's engine.\n\n${leafLine('en')}\n\nTry each step yourself first; the step after it works it out.`
		)
	});
	steps.push({
		kind: 'graph',
		title: prose('El grafo entero', 'The whole graph'),
		body: prose(
			`Cada nodo es una operación sobre los nombres que usa; las flechas van de lo que se usa a quien lo usa, hasta la pérdida $${L}$.`,
			`Each node is an operation on the names it uses; the arrows go from what is used to what uses it, up to the loss $${L}$.`
		),
		focus: []
	});

	// forward: values first asked, then worked out
	const valueNodes = take(nodes.map((n) => n.name), caps.perKind);
	steps.push({
		kind: 'exercise',
		title: prose('Tu turno: hacia adelante', 'Your turn: forward'),
		body: prose('Calcula cada nodo en orden, con los valores de los que usa.', 'Compute each node in order, from the values of the names it uses.'),
		exercises: valueNodes.map(
			(name): Exercise => ({
				id: `value-${name}`,
				quantity: `value:${name}`,
				answer: 'number',
				prompt: prose(
					`$${definition(name)}$ con ${givenIn(usedBy(name), 'es')}. ¿Cuánto vale $${label(name)}$?`,
					`$${definition(name)}$ with ${givenIn(usedBy(name), 'en')}. What is $${label(name)}$?`
				),
				hints: [],
				misconceptions: []
			})
		)
	});
	for (let start = 0; start < nodes.length; start += caps.forwardPerStep) {
		const chunk = nodes.slice(start, start + caps.forwardPerStep).map((n) => n.name);
		const all = start === 0 && chunk.length === nodes.length;
		steps.push({
			kind: 'forward',
			nodes: all ? 'all' : chunk,
			...(all ? {} : { title: prose(`Hacia adelante: ${chunk[0]} … ${chunk[chunk.length - 1]}`, `Forward: ${chunk[0]} … ${chunk[chunk.length - 1]}`) })
		});
	}

	// backward: local factors and gradients asked, then each parameter worked out
	const askedFactors = take(factors, caps.perKind);
	steps.push({
		kind: 'exercise',
		title: prose('Tu turno: las derivadas locales', 'Your turn: the local derivatives'),
		body: prose(
			'Cada nodo deriva solo su propia operación, respecto de cada nombre que usa, con los valores de la propagación hacia adelante.',
			'Each node differentiates only its own operation, with respect to each name it uses, at the values of the forward pass.'
		),
		exercises: askedFactors.map(
			(f): Exercise => ({
				id: `local-${f.of}-${f.wrt}`,
				quantity: `local:${f.of}/${f.wrt}`,
				answer: 'number',
				prompt: prose(
					`$${definition(f.of)}$ con ${givenIn(usedBy(f.of), 'es')}. ¿Cuánto vale $${partial(label(f.of), label(f.wrt))}$?`,
					`$${definition(f.of)}$ with ${givenIn(usedBy(f.of), 'en')}. What is $${partial(label(f.of), label(f.wrt))}$?`
				),
				hints: [
					prose(`$${partial(label(f.of), label(f.wrt))} = ${printTex(f.derivative, braced)}$.`, `$${partial(label(f.of), label(f.wrt))} = ${printTex(f.derivative, braced)}$.`)
				],
				misconceptions: []
			})
		)
	});
	const askedGradients = take(params, caps.perKind);
	steps.push({
		kind: 'exercise',
		title: prose('Tu turno: los gradientes', 'Your turn: the gradients'),
		body: prose(
			`Por la regla de la cadena: multiplica las derivadas locales a lo largo de cada camino de $${L}$ al parámetro y suma los caminos.`,
			`By the chain rule: multiply the local derivatives along each path from $${L}$ down to the parameter, and add the paths.`
		),
		exercises: askedGradients.map(
			(p): Exercise => ({
				id: `grad-${p}`,
				quantity: `grad:${p}`,
				answer: 'number',
				prompt: prose(`¿Cuánto vale $${partial(L, label(p))}$?`, `What is $${partial(L, label(p))}$?`),
				hints: [
					countPaths(graph, p) === 1n
						? prose(
								`De $${L}$ a $${label(p)}$ hay un solo camino: el gradiente es el producto de sus derivadas locales.`,
								`There is one path from $${L}$ down to $${label(p)}$: the gradient is the product of its local derivatives.`
							)
						: prose(
								`De $${L}$ a $${label(p)}$ hay {{paths:${p}|0}} caminos: el producto de las derivadas locales de cada uno, y la suma de todos.`,
								`There are {{paths:${p}|0}} paths from $${L}$ down to $${label(p)}$: the product of the local derivatives along each, and the sum of them all.`
							)
				],
				misconceptions: []
			})
		)
	});
	const backward = take(params, caps.backward);
	for (const p of backward) steps.push({ kind: 'backward', param: p, update: false });

	// the update: every parameter at once, with gradients taken at the old values
	const askedUpdates = take(params, caps.perKind);
	steps.push({
		kind: 'exercise',
		title: prose('Tu turno: la actualización', 'Your turn: the update'),
		body: prose(
			`Cada parámetro baja por su gradiente: $p \\leftarrow p - \\eta\\,${partial(L, 'p')}$, con $\\eta = {{eta}}$, todos a la vez.`,
			`Each parameter moves down its gradient: $p \\leftarrow p - \\eta\\,${partial(L, 'p')}$, with $\\eta = {{eta}}$, all at once.`
		),
		exercises: [
			...askedUpdates.map(
				(p): Exercise => ({
					id: `updated-${p}`,
					quantity: `updated:${p}`,
					answer: 'number',
					prompt: prose(`¿Cuánto vale $${label(p)}$ tras la actualización?`, `What is $${label(p)}$ after the update?`),
					hints: [
						prose(
							`$${label(p)} - \\eta\\,${partial(L, label(p))} = {{value:${p}}} - {{eta}} \\cdot \\left({{grad:${p}}}\\right)$.`,
							`$${label(p)} - \\eta\\,${partial(L, label(p))} = {{value:${p}}} - {{eta}} \\cdot \\left({{grad:${p}}}\\right)$.`
						)
					],
					misconceptions: []
				})
			),
			{
				id: 'new-loss',
				quantity: 'newLoss',
				answer: 'number',
				prompt: prose(`Con todos los parámetros actualizados, ¿cuánto vale la nueva pérdida $${L}$?`, `With every parameter updated, what is the new loss $${L}$?`),
				hints: [prose('Repite la propagación hacia adelante con los parámetros nuevos.', 'Run the forward pass again with the new parameters.')],
				misconceptions: []
			}
		]
	});
	steps.push({ kind: 'update', params: 'all', newLoss: true });
	steps.push({
		kind: 'prove',
		title: prose('Compruébalo', 'Check it'),
		body: prose(
			`Cada gradiente por retropropagación contra $\\frac{${L}(p+h) - ${L}(p-h)}{2h}$, calculado en tu navegador.`,
			`Each backpropagated gradient against $\\frac{${L}(p+h) - ${L}(p-h)}{2h}$, computed in your browser.`
		),
		params: take(params, caps.backward),
		h: 1e-5
	});
	steps.push({
		kind: 'train',
		title: prose('Sigue entrenando', 'Keep training'),
		optimizer: 'gd',
		iterations: 10000,
		body: prose(
			`La misma actualización, una y otra vez, sobre este mismo ejemplo: elige el optimizador y $\\eta$, y entrena de golpe o de una en una. En pausa, «Mirar dentro de esta iteración» escribe la lección de los pesos de ese momento.`,
			`The same update, again and again, on this one example: choose the optimizer and $\\eta$, and train on or one update at a time. Paused, "Look inside this iteration" writes the lesson of the weights at that moment.`
		)
	});
	steps.push({
		kind: 'summary',
		body: prose(
			`La pérdida pasó de {{loss}} a {{newLoss}} tras una actualización con $\\eta = {{eta}}$.`,
			`The loss went from {{loss}} to {{newLoss}} after one update with $\\eta = {{eta}}$.`
		)
	});
	const capped: Capped = {
		backward: { shown: backward.length, of: params.length },
		values: { shown: valueNodes.length, of: nodes.length },
		factors: { shown: askedFactors.length, of: factors.length },
		gradients: { shown: askedGradients.length, of: params.length },
		unanswerable: 0
	};
	// a model with no parameters (or no nodes but the loss) has nothing to ask of some kinds
	const kept = steps.filter((s) => !(s.kind === 'exercise' && s.exercises.length === 0) && !((s.kind === 'prove' || s.kind === 'train') && params.length === 0));
	return { steps: kept, capped };
}
