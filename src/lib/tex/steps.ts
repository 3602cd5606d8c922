/**
 * Lesson steps → drafts of what a page shows: Markdown prose and TeX formulas, every figure taken
 * from the trace. Rendering to HTML (KaTeX, Markdown) happens in tex/render.ts (at build time, or in the browser for a preview).
 */
import { labelOf, parseExpr, printTex, reverseFactorCount, type Trace } from '../engine';
import { secondDerivative } from '../engine/hessian';
import { labelled } from '../engine/trace';
import { stepText } from '../i18n/step-text';
import { exerciseKey, exerciseView } from '../lesson/exercise';
import { parseQuantity, quantityValue } from '../lesson/quantity';
import type { Prose, Step } from '../lesson/schema';
import type { ExerciseView, Lang, ProveView, TrainView } from '../lesson/view';
import { ownExampleTrainer, type TrainStart } from '../engine/own-example';
import { surface } from '../engine/surfaces';
import { activationPlot } from '../plot/activation';
import { lossPlot } from '../plot/loss';
import { fitPlot } from '../plot/fit';
import { optimizerPlot } from '../plot/optimizers';
import { schedulesPlot } from '../plot/schedules';
import type { PlotView } from '../plot/types';
import { backwardTex, factorTex, SHOWN_PATHS } from './backward';
import { countPaths, factor, listPaths } from '../engine';
import { formatNumber, texOf } from './format';
import { forwardAligned, forwardTex } from './forward';
import { aligned, chainRows, chainTex, LINE_EM, texWidth } from './layout';
import { partial, updatedLabel } from './notation';
import { plainLabel } from './plain-label';

export type DraftBlock =
	| { type: 'prose'; markdown: string }
	| { type: 'math'; tex: string; label?: string }
	| { type: 'careful'; markdown: string }
	| { type: 'notation'; markdown: string }
	| { type: 'heading'; text: string }
	| { type: 'exercise'; exercise: DraftExercise }
	| { type: 'plot'; plot: PlotView; tex?: string }
	| { type: 'prove'; prove: ProveView }
	| { type: 'train'; train: TrainView };

export interface DraftExercise {
	/** The grading data; its HTML fields are filled when the draft is rendered. */
	view: ExerciseView;
	prompt: string;
	hints: string[];
	solution: DraftBlock[];
}

export interface DraftStep {
	kind: Step['kind'];
	title: string;
	blocks: DraftBlock[];
}

/** The nudge of the "check it" button beside every backward step's gradient. */
export const DEFAULT_H = 1e-5;

/**
 * `{{grad:w5}}` → 0.08020; `{{value:n1|trunc}}` → the figure cut, not rounded, as the slides print it;
 * `{{value:g|tex}}` → 9.3132 \times 10^{-10} inside $…$, where a tiny or huge figure would print as 9.3132e-10.
 */
export const TEMPLATE = /\{\{\s*([^}|]+?)\s*(?:\|\s*(trunc|tex|\d+)\s*)?\}\}/g;

export function fillTemplates(text: string, t: Trace, decimals: number): string {
	return text.replace(TEMPLATE, (whole, key: string, mode: string | undefined) => {
		const q = quantityValue(t, key);
		if (!q.ok) return whole;
		if (mode === 'trunc') {
			const f = Math.pow(10, decimals);
			return (Math.trunc(q.value * f) / f).toFixed(decimals);
		}
		if (mode === 'tex') return texOf(q.value, decimals);
		return formatNumber(q.value, mode === undefined ? decimals : Number(mode));
	});
}

/** The step's own title, or one made from its kind. Plain text: it also names the page. */
export function stepTitle(step: Step, t: Trace, lang: Lang, decimals: number): string {
	const w = stepText(lang);
	if (step.title) return fillTemplates(step.title[lang], t, decimals);
	switch (step.kind) {
		case 'forward':
			return w.forwardTitle;
		case 'backward':
			return w.backwardTitle(step.param);
		case 'update':
			return w.updateTitle;
		case 'summary':
			return w.summaryTitle;
		case 'graph':
			return w.graphTitle;
		case 'plot':
			return w.plotTitle[step.plot];
		case 'train':
			return w.trainTitle;
		case 'prove':
			return w.proveTitle;
		case 'text':
		case 'exercise':
			return '';
	}
}

/** Default iterations of a loss plot. */
export const LOSS_PLOT_ITERATIONS = 200;
/** Default iterations of a schedules plot: enough for a decay to show where it freezes. */
export const SCHEDULES_PLOT_ITERATIONS = 30;

/** Backpropagated gradients of `params` with what the browser needs to check them by central differences. */
export function proveView(t: Trace, params: readonly string[], h: number, decimals: number, compact: boolean): ProveView {
	const graph = t.graph;
	return {
		model: graph.spec,
		h,
		lossLabel: plainLabel(labelOf(graph, graph.loss)),
		params: params.map((p) => ({ name: p, label: plainLabel(labelOf(graph, p)), gradient: t.gradients[p] ?? t.adjoints[p] ?? NaN })),
		decimals,
		compact
	};
}

function plotBlock(step: Extract<Step, { kind: 'plot' }>, t: Trace, decimals: number): DraftBlock {
	const graph = t.graph;
	switch (step.plot) {
		case 'activation': {
			const node = step.at;
			const at = node === undefined ? undefined : { node, label: plainLabel(labelOf(graph, node)), z: t.values[node] ?? NaN };
			// the loader refuses an activation plot without its activation
			const { view, chains } = activationPlot(step.activation ?? 'sigmoid', decimals, at);
			// the function and its derivative one under the other, each chain on one row when a phone's column holds it
			const rows = chains.flatMap((c) => (texWidth([c.lhs, ...c.sides].join(' = ')) <= LINE_EM ? [`${c.lhs} &= ${c.sides.join(' = ')}`] : chainRows(c.lhs, c.sides)));
			return { type: 'plot', plot: view, tex: aligned(rows) };
		}
		case 'loss':
			return {
				type: 'plot',
				plot: lossPlot(graph, {
					optimizer: step.optimizer ?? 'gd',
					learningRate: step.learningRate ?? graph.learningRate,
					iterations: step.iterations ?? LOSS_PLOT_ITERATIONS,
					start: trainStart(step),
					lossLabel: plainLabel(labelOf(graph, graph.loss)),
					decimals,
					...(step.nodes === undefined ? {} : { nodes: step.nodes.map((node) => ({ node, label: plainLabel(labelOf(graph, node)) })) })
				})
			};
		case 'schedules':
			// the loader refuses a schedules plot without its schedules
			return {
				type: 'plot',
				plot: schedulesPlot(graph, step.schedules ?? [], step.learningRate ?? graph.learningRate, step.iterations ?? SCHEDULES_PLOT_ITERATIONS, plainLabel(labelOf(graph, graph.loss)), decimals)
			};
		case 'optimizers': {
			const name = step.surface ?? 'ravine';
			return { type: 'plot', plot: optimizerPlot(name, decimals, step.iterations, undefined, step.newton ?? false), tex: surface(name).tex };
		}
		case 'fit': {
			// the loader refuses a fit plot without a curve that parses, or with points the model disagrees with
			const parsed = parseExpr(step.curve ?? '');
			if (!parsed.ok) throw new Error(parsed.message);
			const watch = step.nodes?.[1];
			return {
				type: 'plot',
				plot: fitPlot(graph, {
					curve: parsed.expr,
					train: step.points?.train ?? [],
					validation: step.points?.validation ?? [],
					...(watch === undefined ? {} : { watch }),
					optimizer: step.optimizer ?? 'gd',
					learningRate: step.learningRate ?? graph.learningRate,
					iterations: step.iterations ?? LOSS_PLOT_ITERATIONS,
					start: trainStart(step),
					decimals
				})
			};
		}
	}
}

/**
 * `earlier` maps quantity keys to the ids of exercises in earlier steps, for carry-forward.
 */
export function draftStep(step: Step, t: Trace, lang: Lang, decimals: number, earlier: ReadonlyMap<string, string> = new Map()): DraftStep {
	const w = stepText(lang);
	const graph = t.graph;
	const prose = (p: Prose | undefined): DraftBlock[] =>
		p ? [{ type: 'prose', markdown: fillTemplates(p[lang], t, decimals) }] : [];
	const careful = (p: Prose | undefined): DraftBlock[] =>
		p ? [{ type: 'careful', markdown: fillTemplates(p[lang], t, decimals) }] : [];
	const title = stepTitle(step, t, lang, decimals);
	const notation: DraftBlock[] = step.notation ? [{ type: 'notation', markdown: fillTemplates(step.notation[lang], t, decimals) }] : [];
	const blocks: DraftBlock[] = [...notation, ...prose(step.body)];

	switch (step.kind) {
		case 'text':
		case 'summary':
		case 'graph':
			break;
		case 'plot':
			blocks.push(plotBlock(step, t, decimals));
			break;
		case 'prove':
			blocks.push({ type: 'prove', prove: proveView(t, step.params, step.h, decimals, false) });
			break;
		case 'train':
			blocks.push({
				type: 'train',
				train: {
					model: graph.spec,
					optimizer: step.optimizer,
					learningRate: step.learningRate ?? graph.learningRate,
					iterations: step.iterations,
					...(step.targetLoss === undefined ? {} : { targetLoss: step.targetLoss }),
					start: trainStart(step),
					startLoss: startLoss(t, step),
					lossLabel: plainLabel(labelOf(graph, graph.loss)),
					decimals
				}
			});
			break;
		case 'exercise':
			for (const ex of step.exercises) {
				const key = exerciseKey(t, ex, lang, decimals, earlier);
				// the loader has already refused lessons whose quantities the engine cannot compute
				if (!key.ok) throw new Error(`exercise ${ex.id}: ${key.message}`);
				blocks.push({
					type: 'exercise',
					exercise: {
						view: exerciseView(ex, key.key, decimals),
						prompt: fillTemplates(ex.prompt[lang], t, decimals),
						hints: ex.hints.map((h) => fillTemplates(h[lang], t, decimals)),
						solution: solutionBlocks(t, ex.quantity, decimals)
					}
				});
			}
			break;
		case 'forward': {
			const names = step.nodes === 'all' ? graph.nodes.map((n) => n.name) : step.nodes;
			for (const name of names) {
				blocks.push({ type: 'math', tex: forwardAligned(forwardTex(t, name, decimals)), label: name });
			}
			break;
		}
		case 'backward': {
			const b = backwardTex(t, step.param, decimals);
			if (b.paths.length === 0) {
				blocks.push({ type: 'prose', markdown: w.manyPaths(b.pathCount.toLocaleString(lang)) });
			}
			b.paths.forEach((path, i) => {
				if (b.paths.length > 1) {
					blocks.push({ type: 'heading', text: w.pathHeading(i + 1, b.paths.length, path.through.map((name) => plainLabel(labelOf(graph, name)))) });
				}
				blocks.push({ type: 'math', tex: path.chain, label: `chain-${i + 1}` });
				blocks.push({ type: 'prose', markdown: w.chainIntro });
				for (const f of path.factors) blocks.push({ type: 'math', tex: f.tex, label: `${f.of}/${f.wrt}` });
				blocks.push({ type: 'prose', markdown: w.productIntro });
				blocks.push({ type: 'math', tex: path.product, label: `path-${i + 1}` });
			});
			if (b.sum) {
				blocks.push({ type: 'prose', markdown: w.sumIntro });
				blocks.push({ type: 'math', tex: b.sum, label: 'sum' });
			}
			if (b.paths.length !== 1) {
				if (b.paths.length > 1) blocks.push({ type: 'prose', markdown: w.cachedIntro });
				blocks.push({ type: 'math', tex: b.cached, label: 'cached' });
			}
			blocks.push({ type: 'prove', prove: proveView(t, [step.param], DEFAULT_H, decimals, true) });
			if (step.update) {
				blocks.push({ type: 'prose', markdown: w.updateIntro });
				blocks.push({ type: 'math', tex: b.update, label: 'update' });
			}
			blocks.push(...careful(step.careful));
			return { kind: step.kind, title, blocks };
		}
		case 'update': {
			const params = step.params === 'all' ? [...graph.params] : step.params;
			// one row per parameter while each fits the column; else each parameter's chain one relation per row
			const chains = params.map((p) => {
				const g = t.gradients[p] ?? NaN;
				const gTex = g < 0 ? `\\left(${texOf(g, decimals)}\\right)` : texOf(g, decimals);
				const sides = [
					`${labelOf(graph, p)} - \\eta \\cdot ${partial(graph, graph.loss, p)}`,
					`${texOf(t.values[p] ?? NaN, decimals)} - ${texOf(graph.learningRate, decimals)} \\cdot ${gTex}`,
					texOf(t.updated[p] ?? NaN, decimals)
				];
				return { lhs: updatedLabel(graph, p), sides };
			});
			const oneLine = chains.every((c) => texWidth([c.lhs, ...c.sides].join(' = ')) <= LINE_EM);
			const rows = chains.flatMap((c) => (oneLine ? [`${c.lhs} &= ${c.sides.join(' = ')}`] : chainRows(c.lhs, c.sides)));
			blocks.push({ type: 'prose', markdown: w.updateIntro });
			blocks.push({ type: 'math', tex: aligned(rows), label: 'update' });
			if (step.newLoss) {
				const loss = labelOf(graph, graph.loss);
				blocks.push({ type: 'prose', markdown: w.newLoss });
				blocks.push({
					type: 'math',
					tex: `${loss} = ${texOf(t.loss, decimals)} \\;\\longrightarrow\\; ${loss}^{+} = ${texOf(t.newLoss, decimals)}`,
					label: 'new-loss'
				});
			}
			blocks.push(...careful(step.careful));
			return { kind: step.kind, title, blocks };
		}
	}
	blocks.push(...careful(step.careful));
	return { kind: step.kind, title, blocks };
}

/** The fields a train or loss-plot step starts from. */
type StartFields = { dataset?: 'xor' | undefined; seed?: number | undefined };

function trainStart(step: StartFields): TrainStart {
	return { ...(step.dataset === undefined ? {} : { dataset: step.dataset }), ...(step.seed === undefined ? {} : { seed: step.seed }) };
}

/** The loss training starts from: the lesson's own, unless the step trains on a table or a seeded start. */
function startLoss(t: Trace, step: StartFields): number {
	if (step.dataset === undefined && step.seed === undefined) return t.loss;
	const made = ownExampleTrainer(t.graph, { kind: 'gd', learningRate: t.graph.learningRate }, trainStart(step));
	return made.ok ? made.trainer.loss : NaN;
}

/** The engine's own working for a quantity, shown when a student asks for the solution. */
export function solutionBlocks(t: Trace, key: string, decimals: number): DraftBlock[] {
	const q = parseQuantity(key);
	const graph = t.graph;
	if (!q) return [];
	switch (q.kind) {
		case 'value':
			return graph.nodes.some((n) => n.name === q.name)
				? [{ type: 'math', tex: forwardAligned(forwardTex(t, q.name, decimals)) }]
				: [{ type: 'math', tex: `${labelOf(graph, q.name)} = ${texOf(t.values[q.name] ?? NaN, decimals)}` }];
		case 'loss':
			return [{ type: 'math', tex: forwardAligned(forwardTex(t, graph.loss, decimals)) }];
		case 'local': {
			const f = factor(t, q.of, q.wrt);
			return f ? [{ type: 'math', tex: factorTex(t, f, decimals).tex }] : [];
		}
		case 'path': {
			const b = backwardTex(t, q.param, decimals);
			const p = b.paths[q.index - 1];
			return p ? [{ type: 'math', tex: p.chain }, ...p.factors.map((f): DraftBlock => ({ type: 'math', tex: f.tex })), { type: 'math', tex: p.product }] : [];
		}
		case 'grad': {
			const b = backwardTex(t, q.param, decimals);
			const out: DraftBlock[] = [];
			for (const p of b.paths) {
				out.push({ type: 'math', tex: p.chain }, ...p.factors.map((f): DraftBlock => ({ type: 'math', tex: f.tex })), { type: 'math', tex: p.product });
			}
			if (b.sum) out.push({ type: 'math', tex: b.sum });
			if (b.paths.length === 0 || listPaths(t, q.param, SHOWN_PATHS + 1).length > SHOWN_PATHS) out.push({ type: 'math', tex: b.cached });
			return out;
		}
		case 'updated':
			return [{ type: 'math', tex: backwardTex(t, q.param, decimals).update }];
		case 'newLoss':
		case 'eta':
			return [{ type: 'math', tex: `${labelOf(graph, graph.loss)}^{+} = ${texOf(t.newLoss, decimals)}` }];
		case 'delta':
			// δ of a node from the δs of the nodes that use it: the cached view of the backward pass
			return q.name === graph.loss ? [{ type: 'math', tex: `\\delta_{${labelOf(graph, q.name)}} = 1` }] : [{ type: 'math', tex: backwardTex(t, q.name, decimals).cached }];
		// counts: the lesson's prose says what is counted, in the student's language
		case 'paths':
			return [{ type: 'math', tex: String(countPaths(graph, q.param)) }];
		case 'edges':
			return [{ type: 'math', tex: String(graph.edgeCount) }];
		case 'factors':
			return [{ type: 'math', tex: String(reverseFactorCount(graph)) }];
		case 'nodes':
			return [{ type: 'math', tex: String(graph.nodes.length) }];
		case 'hess': {
			// the second derivative written out over the leaves when it is short enough to read, then its value
			const value = quantityValue(t, key);
			const [p, r] = [labelOf(graph, q.p), labelOf(graph, q.q)];
			const lhs = q.p === q.q ? `\\frac{\\partial^2 ${labelOf(graph, graph.loss)}}{\\partial {${p}}^2}` : `\\frac{\\partial^2 ${labelOf(graph, graph.loss)}}{\\partial ${p}\\, \\partial ${r}}`;
			const formula = printTex(secondDerivative(graph, q.p, q.q), labelled(graph));
			const after = texOf(value.ok ? value.value : NaN, decimals);
			return [{ type: 'math', tex: chainTex(lhs, texWidth(formula) <= 2 * LINE_EM && formula !== after ? [formula, after] : [after]) }];
		}
		case 'newton': {
			// w − f′/f″ when no other parameter shares a Hessian entry with this one; else the step solves H·d = ∇L
			const value = quantityValue(t, key);
			const p = labelOf(graph, q.param);
			const after = texOf(value.ok ? value.value : NaN, decimals);
			const alone = graph.params.every((other) => {
				if (other === q.param) return true;
				const h = quantityValue(t, `hess:${q.param}/${other}`);
				return h.ok && h.value === 0;
			});
			if (!alone) return [{ type: 'math', tex: chainTex(`${p}^{\\mathrm{N}}`, [`${p} - \\left(H^{-1} \\nabla ${labelOf(graph, graph.loss)}\\right)_{${p}}`, after]) }];
			const h = quantityValue(t, `hess:${q.param}/${q.param}`);
			const g = t.gradients[q.param] ?? NaN;
			const f2 = `\\frac{\\partial^2 ${labelOf(graph, graph.loss)}}{\\partial {${p}}^2}`;
			const rhs = [`${p} - \\dfrac{${partial(graph, graph.loss, q.param)}}{${f2}}`, `${texOf(t.values[q.param] ?? NaN, decimals)} - \\dfrac{${texOf(g, decimals)}}{${texOf(h.ok ? h.value : NaN, decimals)}}`, after];
			return [{ type: 'math', tex: chainTex(`${p}^{\\mathrm{N}}`, rhs) }];
		}
	}
}

export { plainLabel };
export { factorTex };
