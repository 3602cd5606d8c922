/**
 * The playground's text form of an explicit model, one line per fact, in the lesson's own names:
 *
 *   # a comment
 *   param x = -2, y = 5, z = -4     parameters (trained); also: input, target, const
 *   q = x + y                        a node: NAME = a mathjs expression over earlier names
 *   f = q*z
 *   loss f                           the loss node (default: the last node)
 *   rate 0.1                         η, the learning rate (default 0.1)
 *   precision 3                      decimals shown, 0 to 12 (default 5, the lesson's)
 *
 * It reads into `{ "model": … }`, the same object a lesson's "model" holds (and `"precision"` beside it
 * when written), with the line of every field, so the checker's problems (at JSON pointers) can be told
 * at the line the student wrote. The words are the same in every language: `precision`, not `precisión`.
 */
import { MAX_PRECISION, type ModelInput } from './schema';

export const DEFAULT_RATE = 0.1;

export interface ModelText {
	file: { model: ModelInput; precision?: number };
	/** Line (1-based) of each JSON pointer the model has: /model/nodes/0, /model/params/x, /model/loss … */
	lines: Map<string, number>;
}

export interface TextProblem {
	line: number;
	message: string;
}

const GROUPS = {
	param: 'params',
	params: 'params',
	input: 'inputs',
	inputs: 'inputs',
	target: 'targets',
	targets: 'targets',
	const: 'constants',
	constant: 'constants',
	constants: 'constants'
} as const;
type Group = (typeof GROUPS)[keyof typeof GROUPS];

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const WHOLE = /^[+-]?\d+$/;

const isGroupWord = (w: string): w is keyof typeof GROUPS => Object.hasOwn(GROUPS, w);

/** The text → the model and where each part was written, or what is wrong, line by line. */
export function readModelText(text: string): { ok: true; value: ModelText } | { ok: false; problems: TextProblem[] } {
	const groups: Record<Group, Record<string, number>> = { params: {}, inputs: {}, targets: {}, constants: {} };
	const nodes: { name: string; expr: string }[] = [];
	const lines = new Map<string, number>();
	const problems: TextProblem[] = [];
	let loss: { name: string; line: number } | undefined;
	let rate: { value: number; line: number } | undefined;
	let precision: { value: number; line: number } | undefined;
	text.split('\n').forEach((raw, i) => {
		const line = i + 1;
		const s = raw.replace(/#.*$/, '').trim();
		if (s === '') return;
		const fail = (message: string): void => void problems.push({ line, message });
		// a node first: NAME = …, so a node may be called param or loss
		const node = /^([^=\s]+)\s*=\s*(.*)$/.exec(s);
		if (node) {
			const [, name = '', expr = ''] = node;
			if (!NAME.test(name)) return fail(`"${name}": a name is a letter followed by letters, digits or _`);
			if (expr.trim() === '') return fail(`${name} = … : the expression is empty`);
			lines.set(`/model/nodes/${nodes.length}`, line);
			nodes.push({ name, expr: expr.trim() });
			return;
		}
		const [word = '', ...restWords] = s.split(/\s+/);
		const rest = restWords.join(' ');
		if (isGroupWord(word)) {
			const group = GROUPS[word];
			for (const part of rest.split(',')) {
				const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(part);
				if (!m) return fail(`write ${word} NAME = NUMBER, e.g. ${word} w1 = 0.15`);
				const [, name = '', num = ''] = m;
				if (!NAME.test(name)) return fail(`"${name}": a name is a letter followed by letters, digits or _`);
				if (!NUMBER.test(num)) return fail(`"${num}" is not a number (write 0.15, -2, 1e-3)`);
				groups[group][name] = Number(num);
				lines.set(`/model/${group}/${name}`, line);
			}
			return;
		}
		if (word === 'loss') {
			if (!NAME.test(rest)) return fail('write loss NAME, the node whose value is the loss');
			loss = { name: rest, line };
			return;
		}
		if (word === 'rate' || word === 'eta' || word === 'η') {
			if (!NUMBER.test(rest)) return fail(`write ${word} NUMBER, the learning rate, e.g. ${word} 0.5`);
			rate = { value: Number(rest), line };
			return;
		}
		if (word === 'precision') {
			const how = `write precision N, the decimals shown, from 0 to ${MAX_PRECISION}, e.g. precision 3`;
			if (!WHOLE.test(rest)) return fail(rest === '' ? how : `"${rest}" is not a whole number: ${how}`);
			const value = Number(rest);
			if (value < 0 || value > MAX_PRECISION) return fail(`precision ${rest}: the decimals shown go from 0 to ${MAX_PRECISION}`);
			precision = { value, line };
			return;
		}
		fail('a line is a node (NAME = expression), or starts with param, input, target, const, loss, rate or precision');
	});
	if (problems.length > 0) return { ok: false, problems };
	const lastNode = nodes[nodes.length - 1];
	if (!lastNode) return { ok: false, problems: [{ line: 1, message: 'a model needs at least one node: a line NAME = expression, e.g. f = x*y' }] };
	lines.set('/model/loss', loss?.line ?? lines.get(`/model/nodes/${nodes.length - 1}`) ?? 1);
	lines.set('/model/learningRate', rate?.line ?? 1);
	if (precision) lines.set('/precision', precision.line);
	const { params, inputs, targets, constants } = groups;
	const model: ModelInput = { inputs, targets, params, constants, nodes, loss: loss?.name ?? lastNode.name, learningRate: rate?.value ?? DEFAULT_RATE };
	return { ok: true, value: { file: precision ? { model, precision: precision.value } : { model }, lines } };
}

/** The line a checker's JSON pointer points at: its own, or its nearest written parent's. */
export function lineOf(lines: ReadonlyMap<string, number>, pointer: string): number {
	for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
		const line = lines.get(p);
		if (line !== undefined) return line;
	}
	return 1;
}

/**
 * A model in the text form, with its precision when it has one, when it can be written in it: plain
 * numbers only (no ranges or choices), no TeX of its own. Otherwise undefined, and the model stays JSON.
 */
export function writeModelText(model: ModelInput, precision?: number): string | undefined {
	const out: string[] = [];
	const groups: [string, Record<string, unknown>][] = [
		['input', model.inputs],
		['target', model.targets],
		['param', model.params],
		['const', model.constants]
	];
	for (const [word, values] of groups) {
		const entries = Object.entries(values);
		if (entries.some(([, x]) => typeof x !== 'number')) return undefined;
		if (entries.length > 0) out.push(`${word} ${entries.map(([n, x]) => `${n} = ${String(x)}`).join(', ')}`);
	}
	if (model.labels !== undefined || model.nodes.some((n) => n.tex !== undefined)) return undefined;
	for (const n of model.nodes) out.push(`${n.name} = ${n.expr}`);
	out.push(`loss ${model.loss}`, `rate ${model.learningRate}`);
	if (precision !== undefined) out.push(`precision ${precision}`);
	return out.join('\n') + '\n';
}
