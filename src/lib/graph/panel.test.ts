import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLesson, type LoadedLesson } from '../lesson/load';
import { graphPanel, pathsRegion, type GraphPanel } from './panel';

const WORKED = readFileSync(new URL('../../../lessons/03-worked-example/lesson.json', import.meta.url), 'utf8');

function load(text: string): LoadedLesson {
	const r = loadLesson(text);
	if (!r.ok) throw new Error(r.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n'));
	return r.loaded;
}

const worked = load(WORKED);

/** The 1-based index of the worked example's step matching `pred` (exactly one must). */
function stepWhere(pred: (s: LoadedLesson['lesson']['steps'][number]) => boolean, loaded = worked): number {
	const found = loaded.lesson.steps.flatMap((s, i) => (pred(s) ? [i + 1] : []));
	if (found.length !== 1) throw new Error(`expected one step, found ${found.length}`);
	return found[0] ?? 0;
}

function panelAt(index: number, loaded = worked): GraphPanel {
	const p = graphPanel(loaded, index);
	if (!p) throw new Error(`no panel on step ${index}`);
	return p;
}

const backwardFor = (param: string) => stepWhere((s) => s.kind === 'backward' && s.param === param);
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('graph panel of the worked example', () => {
	it('on the forward step of n1 marks sum_n1, n1 and their incoming edges, and shows their values', () => {
		// Arrange
		const step = stepWhere((s) => s.kind === 'forward' && Array.isArray(s.nodes) && s.nodes.includes('n1'));

		// Act
		const p = panelAt(step);

		// Assert
		expect(sorted(p.active.nodes)).toEqual(['n1', 'sum_n1']);
		expect(sorted(p.active.edges)).toEqual(sorted(['sum_n1/x1', 'sum_n1/w1', 'sum_n1/x2', 'sum_n1/w3', 'sum_n1/B1', 'n1/sum_n1']));
		expect(p.values['n1']).toBe('0.60109');
		expect(p.values['sum_n1']).toBe('0.41');
		expect(p.values['w1']).toBe('0.1');
		expect(p.values['n2']).toBeUndefined();
		expect(p.gradients).toEqual({});
		expect(p.chain).toBeUndefined();
	});

	it('hides an exercise step’s own answers until the next step', () => {
		const exercise = stepWhere((s) => s.kind === 'exercise' && s.exercises.some((e) => e.quantity === 'value:n2'));

		const during = panelAt(exercise);
		const after = panelAt(exercise + 1);

		expect(during.values['n2']).toBeUndefined();
		expect(during.values['sum_n2']).toBeUndefined();
		expect(during.active.nodes).toEqual(expect.arrayContaining(['sum_n2', 'n2']));
		expect(after.values['n2']).toBe('0.61538');
		expect(after.values['sum_n2']).toBe('0.47');
	});

	it('on the w5 step lights its one path, with every value and the gradients the path reached', () => {
		const p = panelAt(backwardFor('w5'));

		expect(sorted(p.active.edges)).toEqual(sorted(['E_total/yhat1', 'yhat1/sum_yhat1', 'sum_yhat1/w5']));
		expect(sorted(p.active.nodes)).toEqual(sorted(['E_total', 'yhat1', 'sum_yhat1', 'w5']));
		expect(Object.keys(p.values)).toHaveLength(worked.graph.names.length);
		expect(p.gradients['w5']).toBe('0.08020');
		expect(p.gradients['yhat1']).toBe('0.68493');
		expect(p.gradients['w1']).toBeUndefined();
		expect(p.chain?.paths).toHaveLength(1);
		expect(p.chain?.paths[0]?.running).toEqual(['0.68493', '0.13343', '0.08020']);
	});

	it('on the w1 step has two paths whose edge keys run from the loss down to w1', () => {
		const p = panelAt(backwardFor('w1'));
		const chain = p.chain;

		expect(chain?.param).toBe('w1');
		expect(chain?.paths.map((q) => q.factors.map((f) => f.key))).toEqual([
			['E_total/yhat1', 'yhat1/sum_yhat1', 'sum_yhat1/n1', 'n1/sum_n1', 'sum_n1/w1'],
			['E_total/yhat2', 'yhat2/sum_yhat2', 'sum_yhat2/n1', 'n1/sum_n1', 'sum_n1/w1']
		]);
		expect(chain?.paths.map((q) => q.nodes)).toEqual([
			['E_total', 'yhat1', 'sum_yhat1', 'n1', 'sum_n1', 'w1'],
			['E_total', 'yhat2', 'sum_yhat2', 'n1', 'sum_n1', 'w1']
		]);
		expect(chain?.paths.map((q) => q.running[q.running.length - 1])).toEqual(['0.00160', '-0.00049']);
		// ŷ is y with a combining circumflex, as plainLabel writes it
		expect(chain?.paths.map((q) => q.through)).toEqual([['y\u0302₁'], ['y\u0302₂']]);
		expect(chain?.gradient).toBe('0.00111');
		expect(chain?.gradientName).toBe('∂E_total/∂w₁');
		expect(chain?.paths[1]?.factors[2]).toEqual({ key: 'sum_yhat2/n1', name: '∂sum_y\u0302₂/∂n₁', value: '0.7' });
		// every path's edges are active at first
		expect(sorted(p.active.edges)).toEqual(sorted([...new Set(chain?.paths.flatMap((q) => q.factors.map((f) => f.key)))]));
		expect(p.active.edges).not.toContain('sum_yhat1/w5');
	});

	it('from the update step on shows the gradient of every parameter and node the loss uses, and the new weights', () => {
		const update = stepWhere((s) => s.kind === 'update');

		const p = panelAt(update);
		const later = panelAt(stepWhere((s) => s.kind === 'train'));

		const used = worked.graph.names.filter((n) => !['x1', 'x2', 't1', 't2', 'E1', 'E2'].includes(n));
		expect(sorted(Object.keys(p.gradients))).toEqual(sorted(used));
		expect(sorted(p.active.nodes)).toEqual(sorted(worked.graph.params));
		expect(p.values['w5']).toBe('0.5 → 0.45188');
		expect(p.values['w1']).toBe('0.1 → 0.09934');
		// a train step starts from the model's own weights and says so
		expect(later.values['w5']).toBe('0.5');
		worked.lesson.steps.forEach((s, i) => {
			if (s.kind === 'text' || s.kind === 'plot' || s.kind === 'summary') expect(graphPanel(worked, i + 1), `step ${i + 1}`).toBeUndefined();
		});
	});

	it('never gives an input, a target or a name the loss does not use a gradient badge', () => {
		worked.lesson.steps.forEach((_, i) => {
			const p = graphPanel(worked, i + 1);
			for (const n of ['x1', 'x2', 't1', 't2', 'E1', 'E2']) expect(p?.gradients[n], `step ${i + 1}, ${n}`).toBeUndefined();
		});
	});

	it('marks the parameters of a prove step and nothing on a train step', () => {
		const prove = panelAt(stepWhere((s) => s.kind === 'prove'));
		const train = panelAt(stepWhere((s) => s.kind === 'train'));

		expect(sorted(prove.active.nodes)).toEqual(['w1', 'w5']);
		expect(train.active).toEqual({ nodes: [], edges: [] });
		expect(sorted(Object.keys(train.gradients))).toEqual(sorted([...worked.graph.params, ...worked.graph.nodes.map((n) => n.name).filter((n) => n !== 'E1' && n !== 'E2')]));
	});

	it('draws E₁ and E₂ feeding E_total, as its terms, and no gradient on them', () => {
		const p = panelAt(stepWhere((s) => s.kind === 'forward' && s.nodes !== 'all' && s.nodes.includes('E_total')));

		const into = p.layout.edges.filter((e) => e.of === 'E_total');
		expect(into.filter((e) => e.term).map((e) => e.wrt).sort()).toEqual(['E1', 'E2']);
		// the engine's factors stay, so a backward step still lights ∂E_total/∂ŷ₁
		expect(into.filter((e) => !e.term).map((e) => e.wrt).sort()).toEqual(['t1', 't2', 'yhat1', 'yhat2']);
		const column = (n: string) => p.layout.nodes.find((x) => x.name === n)?.layer ?? -1;
		expect(column('E_total')).toBeGreaterThan(column('E1'));
		expect(p.gradients['E1']).toBeUndefined();
	});

	it('typesets every label with KaTeX and writes none as raw TeX', () => {
		const p = panelAt(backwardFor('w1'));

		expect(p.labelsHtml['yhat1']).toContain('class="katex"');
		expect(p.labelsHtml['E_total']).toMatch(/total/);
		for (const html of Object.values(p.labelsHtml)) expect(html).not.toContain('katex-error');
		for (const label of Object.values(p.labels)) expect(label).not.toMatch(/[\\{}^]/);
	});

	it('asks for the whole network on the opening graph step, which lights nothing, and only there', () => {
		const opening = panelAt(1);
		const twoPaths = panelAt(stepWhere((s) => s.kind === 'graph' && s.focus.includes('sum_n1/w1')));

		expect(worked.lesson.steps[0]?.kind).toBe('graph');
		expect(opening.active).toEqual({ nodes: [], edges: [] });
		expect(opening.whole).toBe(true);
		expect(twoPaths.whole).toBeUndefined();
		expect(panelAt(backwardFor('w5')).whole).toBeUndefined();
	});

	it('is plain JSON, the same every time', () => {
		const p = panelAt(backwardFor('w1'));
		expect(JSON.parse(JSON.stringify(p))).toEqual(p);
		expect(graphPanel(worked, backwardFor('w1'))).toEqual(p);
	});
});

describe('graph panel of other lessons', () => {
	const parsed: unknown = JSON.parse(WORKED);
	if (typeof parsed !== 'object' || parsed === null) throw new Error('the worked example is not a JSON object');
	// the worked example with other steps (and other top-level fields)
	const withSteps = (steps: unknown[], extra: Record<string, unknown> = {}) => load(JSON.stringify({ ...parsed, tests: [], ...extra, steps }));

	it('follows a graph step’s focus: names are nodes, OF/WRT are edges', () => {
		const loaded = withSteps([{ kind: 'graph', focus: ['n1', 'sum_n1/w1'] }]);

		const p = panelAt(1, loaded);

		expect(p.active).toEqual({ nodes: ['n1'], edges: ['sum_n1/w1'] });
	});

	it('hides an exercise’s answer even when an earlier step revealed it', () => {
		const ask = (id: string, quantity: string) => ({ id, quantity, prompt: { es: '¿?', en: '?' }, hints: [{ es: 'Pista', en: 'Hint' }] });
		const loaded = withSteps([
			{ kind: 'update' },
			{ kind: 'exercise', exercises: [ask('a', 'value:n1'), ask('b', 'grad:w5'), ask('c', 'delta:sum_n2')] }
		]);

		const before = panelAt(1, loaded);
		const during = panelAt(2, loaded);

		expect(Object.keys(before.values)).toContain('n1');
		expect(Object.keys(before.gradients)).toEqual(expect.arrayContaining(['w5', 'sum_n2']));
		expect(Object.keys(during.values)).not.toContain('n1');
		expect(Object.keys(during.gradients)).not.toContain('w5');
		expect(Object.keys(during.gradients)).not.toContain('sum_n2');
		expect(Object.keys(during.values)).toContain('n2');
	});

	it('is left out when the lesson says "graph": false', () => {
		const loaded = withSteps([{ kind: 'forward', nodes: 'all' }], { graph: false });

		expect(graphPanel(loaded, 1)).toBeUndefined();
	});

	it('is drawn on a graph step even when the lesson says "graph": false', () => {
		const loaded = withSteps([{ kind: 'forward', nodes: 'all' }, { kind: 'graph', focus: ['n1'] }], { graph: false });

		expect(graphPanel(loaded, 1)).toBeUndefined();
		expect(graphPanel(loaded, 2)?.active.nodes).toEqual(['n1']);
	});

	it('lists no paths when there are too many, but still says how many and lights them all', () => {
		const loaded = load(
			JSON.stringify({
				id: 'deep',
				title: { es: 'Profunda', en: 'Deep' },
				summary: { es: 'Una red.', en: 'A net.' },
				network: {
					layers: [1, 3, 3, 3, 1],
					activations: ['sigmoid', 'sigmoid', 'sigmoid', 'sigmoid'],
					inputs: [0.5],
					targets: [1],
					weights: [[[0.1], [0.2], [0.3]], [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]], [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]], [[0.1, 0.2, 0.3]]],
					biases: [0, 0, 0, 0],
					loss: 'half-sse',
					learningRate: 0.5
				},
				steps: [{ kind: 'backward', param: 'w1_1_1' }]
			})
		);

		const p = panelAt(1, loaded);

		expect(p.chain?.paths).toEqual([]);
		expect(p.chain?.pathCount).toBe('9');
		expect(p.active.edges.length).toBeGreaterThan(9);
		expect(p.active.edges).toEqual(pathsRegion(loaded.graph, 'w1_1_1').edges);
	});

	const lessonFile = (dir: string) => load(readFileSync(new URL(`../../../lessons/${dir}/lesson.json`, import.meta.url), 'utf8'));

	it('on XOR’s training step shows the seeded network about to be trained, not the solved one', () => {
		const xor = lessonFile('09-xor');
		const train = xor.lesson.steps.findIndex((s) => s.kind === 'train') + 1;

		const p = panelAt(train, xor);

		// the notes' solution has w1 = −6; the seeded start is within [−1, 1)
		expect(p.values['w1']).not.toBe('-6');
		expect(Math.abs(Number(p.values['w1']))).toBeLessThan(1);
		expect(p.values['C']).not.toBe(panelAt(train - 2, xor).values['C']);
		// the perceptron of the lesson's first part is folded away, the network's weights all on show
		const shown = new Set(p.layout.nodes.map((n) => n.name));
		for (const n of ['p_00', 'p_11', 'miss', 'u1', 'c']) expect(shown.has(n), n).toBe(false);
		for (const w of xor.graph.params) expect(shown.has(w), w).toBe(true);
		expect(p.groups).toEqual([expect.objectContaining({ kind: 'unused', members: expect.arrayContaining(['p_00', 'miss', 'u1']) })]);
		expect(p.full?.nodes).toHaveLength(xor.graph.names.length);
	});

	it('folds the parameters of a big graph’s layers into boxes, but never a name the step is about', () => {
		const deep = lessonFile('13-why-backprop-is-cheap');

		deep.lesson.steps.forEach((s, i) => {
			const p = graphPanel(deep, i + 1);
			if (!p) return;
			const folded = new Set(p.groups.flatMap((g) => g.members));
			for (const n of p.active.nodes) expect(folded.has(n), `step ${i + 1}, ${n}`).toBe(false);
			// a folded name is drawn once, in its box; the others once each
			expect(p.layout.nodes).toHaveLength(deep.graph.names.length - folded.size + p.groups.length);
			expect(p.layout.nodes.length, `step ${i + 1}`).toBeLessThan(45);
		});
	});

	it('writes lesson 11’s labels without TeX: w*₁, ã₁, R_ℓ₂, q_(k≠c)', () => {
		const reg = lessonFile('11-regularisation');

		const p = panelAt(reg.lesson.steps.findIndex((s) => s.kind === 'forward') + 1, reg);

		expect(p.labels['ws1']).toBe('w*₁');
		expect(p.labels['d1']).toBe('a\u0303₁');
		expect(p.labels['R2']).toBe('R_ℓ₂');
		expect(p.labels['q_other']).toBe('q_(k≠c)');
		expect(p.labelsHtml['q_other']).toContain('class="katex"');
		expect(p.labelsHtml['q_other']).not.toMatch(/neq|katex-error/);
	});
});

