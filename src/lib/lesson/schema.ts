/**
 * The lesson format: one source of truth, from which the TypeScript types and the committed JSON
 * Schema (lessons/lesson.schema.json) both come. Data about data: this file imports nothing of Cadena.
 *
 * Compatibility: fields are only ever added, with defaults, so older lesson files keep loading;
 * lessons/ doubles as the regression fixtures.
 */
import * as v from 'valibot';

const d = v.description;

/** Every prose field exists in both languages. */
export const Prose = v.pipe(
	v.strictObject({
		es: v.pipe(v.string(), v.minLength(1, 'the Spanish text is empty'), d('Spanish. Markdown with $…$ math.')),
		en: v.pipe(v.string(), v.minLength(1, 'the English text is empty'), d('English. Markdown with $…$ math.'))
	}),
	d('Text in Spanish and English: {"es": "…", "en": "…"}.')
);
export type Prose = v.InferOutput<typeof Prose>;

/** Decimals a page shows, as the course notes: a lesson's, or a playground model's own. */
export const DEFAULT_PRECISION = 5;
export const MAX_PRECISION = 12;
export const Precision = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(0),
	v.maxValue(MAX_PRECISION),
	d(`Decimals shown (default ${DEFAULT_PRECISION}, as the course notes); arithmetic is always full precision.`)
);

const Name = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a name is a letter followed by letters, digits or _'));
const Finite = v.pipe(v.number(), v.finite('must be a finite number'));

/** A number, or a variant: a range or a choice drawn per student from a seed kept with their progress. */
export const ValueSpec = v.union([
	Finite,
	v.pipe(
		v.strictObject({
			uniform: v.pipe(v.tuple([Finite, Finite]), d('Draw from this interval [low, high].')),
			decimals: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6), d('Round the drawn number (default 2).'))),
			value: v.optional(v.pipe(Finite, d('The authored number, shown before a student asks for new numbers (default: the midpoint).')))
		}),
		d('A variant: a number drawn uniformly from [low, high], rounded.')
	),
	v.pipe(v.strictObject({ choose: v.pipe(v.array(Finite), v.minLength(1)) }), d('A variant: one of these numbers; the first is the authored one.'))
]);
export type ValueSpec = v.InferOutput<typeof ValueSpec>;

const Values = v.record(Name, ValueSpec);

export const NodeSpec = v.strictObject({
	name: v.pipe(Name, d('The node\'s name, used in later expressions (sum_n1, n1, yhat1, E_total).')),
	expr: v.pipe(
		v.string(),
		v.minLength(1, 'the expression is empty'),
		d('A mathjs expression over earlier names: + - * / ^, exp, log, sqrt, abs, sigmoid, tanh, relu, leaky_relu(x, a), elu(x, a), gelu, gelu_tanh, softplus, swish, step, sign, max(a, b), min(a, b), floor.')
	),
	tex: v.optional(v.pipe(v.string(), d('TeX label; by default it comes from the name (yhat1 → ŷ₁).')))
});

export const Model = v.pipe(
	v.strictObject({
		inputs: v.optional(v.pipe(Values, d('Input values, e.g. {"x1": 0.1}.')), {}),
		targets: v.optional(v.pipe(Values, d('Target values (y_true), e.g. {"t1": 0.05}.')), {}),
		params: v.pipe(Values, d('Trainable parameters: weights and biases, updated by w ← w − η·∂E/∂w.')),
		constants: v.optional(v.pipe(Values, d('Named constants that are not trained.')), {}),
		nodes: v.pipe(v.array(NodeSpec), v.minLength(1, 'a model needs at least one node'), d('The computation, one named node per line, in order.')),
		loss: v.pipe(Name, d('The node whose value is the loss (E_total).')),
		learningRate: v.pipe(v.number(), v.finite(), d('η, the learning rate.')),
		labels: v.optional(v.pipe(v.record(Name, v.string()), d('TeX labels for leaves, e.g. {"B1": "b_1"}.')))
	}),
	d('The network written out node by node.')
);

const Activation = v.picklist([
	'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'gelu', 'gelu_tanh', 'softplus', 'swish', 'step', 'linear', 'softmax'
]);

/** The layered shorthand, over plain numbers (a model file, the playground) or over `num` (a lesson's variants). */
function networkSchema<N extends v.GenericSchema<unknown, number | ValueSpec>>(num: N, variants: string) {
	return v.pipe(
		v.strictObject({
			layers: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.minLength(2), d('Layer sizes, input layer first: [2, 2, 2].')),
			activations: v.pipe(v.array(Activation), d('One activation per layer after the input.')),
			inputs: v.array(num),
			targets: v.array(num),
			weights: v.pipe(v.array(v.array(v.array(num))), d('weights[l][j][k]: into neuron j of layer l+1 from unit k of layer l.')),
			biases: v.pipe(v.array(v.union([num, v.array(num)])), d('Per layer: one shared bias or one per neuron.')),
			loss: v.pipe(v.picklist(['half-sse', 'mse', 'sse', 'bce', 'cce']), d('half-sse: ½Σ(t−ŷ)²; mse: mean of (ŷ−y)²; sse: Σ(a−y)²; bce: binary cross-entropy; cce: categorical cross-entropy with softmax.')),
			learningRate: v.pipe(v.number(), v.finite())
		}),
		d(`A dense network in shorthand, expanded to the explicit model with documented names${variants}.`)
	);
}

export const Network = networkSchema(Finite, '');
/** A lesson's network: any of its numbers may be a variant, drawn before the network is expanded. */
export const LessonNetwork = networkSchema(ValueSpec, '; any input, target, weight or bias may be a variant (a range or a choice)');

const StepBase = {
	title: v.optional(v.pipe(Prose, d('The step\'s title; a default is made from its kind.'))),
	body: v.optional(v.pipe(Prose, d('Text shown before the step\'s formulas.'))),
	careful: v.optional(v.pipe(Prose, d('A "careful:" aside, where the course notes carry a slip.'))),
	notation: v.optional(v.pipe(Prose, d('A "notation" box shown before the body: where this lesson\'s symbols differ from the course\'s conventions (see the glossary), usually on the first step.')))
};

const NodeList = v.union([v.literal('all'), v.pipe(v.array(Name), v.minLength(1))]);

export const TextStep = v.strictObject({ kind: v.literal('text'), ...StepBase, title: Prose, body: Prose });
export const ForwardStep = v.strictObject({
	kind: v.literal('forward'),
	...StepBase,
	nodes: v.pipe(NodeList, d('Nodes computed in this step, or "all" for every node in order.'))
});
export const BackwardStep = v.strictObject({
	kind: v.literal('backward'),
	...StepBase,
	param: v.pipe(Name, d('The parameter whose gradient ∂loss/∂param is taken apart.')),
	update: v.optional(v.pipe(v.boolean(), d('Also show param ← param − η·gradient (default true).')), true)
});
export const UpdateStep = v.strictObject({
	kind: v.literal('update'),
	...StepBase,
	params: v.optional(v.pipe(NodeList, d('Parameters to update, or "all".')), 'all'),
	newLoss: v.optional(v.pipe(v.boolean(), d('Show the loss after the update (default true).')), true)
});
export const SummaryStep = v.strictObject({ kind: v.literal('summary'), ...StepBase });

const OptimizerKind = v.picklist(['gd', 'momentum', 'adagrad', 'rmsprop', 'adam']);
const PlotActivation = v.picklist(['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'gelu', 'gelu_tanh', 'softplus', 'swish', 'step']);
const Positive = v.pipe(v.number(), v.finite(), v.gtValue(0, 'must be a positive number'));
const TrainDataset = v.pipe(
	v.picklist(['xor']),
	d('Train on this table instead of the model\'s own example: "xor", the four rows (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0, bound to the model\'s two inputs and one target in order.')
);
/** A learning-rate schedule: η₀ for every update, or lowered by steps or exponentially (engine/lr-schedules.ts). */
const RateSchedule = v.variant('kind', [
	v.strictObject({ kind: v.literal('constant') }),
	v.strictObject({
		kind: v.literal('step'),
		drop: v.pipe(Positive, v.maxValue(1), d('γ in η₀·γ^⌊k/s⌋: the factor of each drop.')),
		every: v.pipe(v.number(), v.integer(), v.minValue(1), d('s in η₀·γ^⌊k/s⌋: updates between drops.'))
	}),
	v.strictObject({ kind: v.literal('exponential'), decay: v.pipe(Positive, d('λ in η₀·e^(−λk).')) })
]);
const TrainSeed = v.pipe(v.number(), v.integer(), v.minValue(0), d('Start from parameters drawn uniformly in [−1, 1) from this seed instead of the model\'s.'));

export const GraphStep = v.strictObject({
	kind: v.literal('graph'),
	...StepBase,
	focus: v.optional(
		v.pipe(
			v.array(v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]*(\/[A-Za-z][A-Za-z0-9_]*)?$/, 'a focus is a name (n1) or an edge OF/WRT (sum_n1/w1)'))),
			d('Nodes (n1) and edges (OF/WRT, e.g. sum_n1/w1) to highlight on the graph.')
		),
		[]
	)
});
export const PlotStep = v.strictObject({
	kind: v.literal('plot'),
	...StepBase,
	plot: v.pipe(
		v.picklist(['activation', 'loss', 'optimizers', 'fit', 'schedules']),
		d('activation: a function and its derivative; loss: the loss over iterations of training this lesson\'s model; optimizers: GD, momentum, RMSProp and Adam over the contours of a two-parameter loss; fit: a fitted curve and its data points, at the end of training and where the validation error was lowest; schedules: the loss of gradient descent on this lesson\'s model under each learning-rate schedule.')
	),
	curve: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(2000), d('plot "fit": the fitted function of x, in the model\'s parameters, e.g. "c0 + c1*x + c2*x^2".'))),
	points: v.optional(
		v.pipe(
			v.strictObject({
				train: v.pipe(v.array(v.tuple([v.number(), v.number()])), v.minLength(1), v.maxLength(200)),
				validation: v.optional(v.pipe(v.array(v.tuple([v.number(), v.number()])), v.maxLength(200)))
			}),
			d('plot "fit": the data, [x, y] pairs, for training and for validation; with "nodes" [training error, validation error], check that their mean squared errors are those nodes.')
		)
	),
	activation: v.optional(v.pipe(PlotActivation, d('plot "activation": the function drawn (required there).'))),
	at: v.optional(v.pipe(Name, d('plot "activation": a node whose value marks z on the curves, e.g. sum_n1.'))),
	surface: v.optional(v.pipe(v.picklist(['ravine', 'rosenbrock', 'saddle']), d('plot "optimizers": the loss surface (default ravine).'))),
	newton: v.optional(v.pipe(v.boolean(), d('plot "optimizers": also draw Newton\'s method, w ← w − H⁻¹∇L, with no learning rate (default false).'))),
	optimizer: v.optional(v.pipe(OptimizerKind, d('plot "loss" or "fit": the optimizer (default gd).'))),
	learningRate: v.optional(v.pipe(Positive, d('plot "loss" or "fit": η; plot "schedules": η₀ (default the model\'s).'))),
	schedules: v.optional(
		v.pipe(v.array(RateSchedule), v.minLength(1), v.maxLength(3, 'a schedules plot draws at most 3 schedules'), d('plot "schedules": the learning-rate schedules compared, one line each (required there).'))
	),
	dataset: v.optional(TrainDataset),
	seed: v.optional(TrainSeed),
	nodes: v.optional(
		v.pipe(
			v.array(Name),
			v.minLength(1),
			v.maxLength(4, 'a loss plot draws at most 4 nodes'),
			d('plot "loss": nodes drawn over the iterations instead of the loss (training still lowers the loss), e.g. the loss on the training examples and on held-out ones; each line\'s lowest point is marked.')
		)
	),
	iterations: v.optional(
		v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100000), d('plot "loss" or "fit": iterations (default 200); plot "optimizers": steps of each optimizer (default the surface\'s own).'))
	)
});
export const TrainStep = v.strictObject({
	kind: v.literal('train'),
	...StepBase,
	optimizer: v.optional(v.pipe(OptimizerKind, d('The optimizer selected at first (default gd); the student may change it.')), 'gd'),
	learningRate: v.optional(v.pipe(Positive, d('η selected at first (default the model\'s learning rate).'))),
	iterations: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000000), d('Training stops after this many iterations (default 10000).')), 10000),
	targetLoss: v.optional(v.pipe(v.number(), v.minValue(0), d('Training stops as soon as the loss is at or below this.'))),
	dataset: v.optional(TrainDataset),
	seed: v.optional(TrainSeed)
});
export const ProveStep = v.strictObject({
	kind: v.literal('prove'),
	...StepBase,
	params: v.pipe(v.array(Name), v.minLength(1), d('Parameters whose backpropagated gradient is checked against (L(p+h) − L(p−h)) / 2h.')),
	h: v.optional(v.pipe(Positive, v.maxValue(1), d('The nudge h (default 1e-5).')), 1e-5)
});

/** A mistake the author wants named, on top of those the engine finds by itself. */
export const AuthorMisconception = v.strictObject({
	code: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a code is lowercase words joined by -'), d('Stable code, e.g. "forgot-bias".')),
	answer: v.pipe(v.union([v.number(), v.string()]), d('The wrong number, or a formula over the lesson\'s names that computes it for each student\'s numbers, e.g. "2*(a - y)*a*(1 - a)"; for expression exercises the wrong formula, e.g. "yhat1*(1-yhat1)*n1".')),
	message: Prose
});

export const Exercise = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/, 'an id is letters, digits, _ or -'), d('Unique in the lesson; saved progress refers to it.')),
	quantity: v.pipe(
		v.string(),
		d('What is asked, computed by the engine: value:NODE, local:OF/WRT, grad:PARAM, path:PARAM:K, updated:PARAM, loss, newLoss, hess:P/Q, newton:PARAM.')
	),
	answer: v.optional(v.pipe(v.picklist(['number', 'expression']), d('A number (default) or a formula in the lesson\'s symbols.')), 'number'),
	prompt: Prose,
	hints: v.optional(v.pipe(v.array(Prose), d('Unlocked one by one.')), []),
	rtol: v.optional(v.pipe(v.number(), v.minValue(0), d('Your own relative tolerance, replacing the significant-figures rule: right when |answer − expected| ≤ atol + rtol·|expected| (1e-3 if only atol is set).'))),
	atol: v.optional(v.pipe(v.number(), v.minValue(0), d('Your own absolute tolerance, replacing the significant-figures rule (1e-6 if only rtol is set).'))),
	decimals: v.optional(
		v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(12), d('Ask for the number with exactly this many decimals: the right value written otherwise is named wrong-precision.'))
	),
	misconceptions: v.optional(v.array(AuthorMisconception), [])
});
export type Exercise = v.InferOutput<typeof Exercise>;

export const ExerciseStep = v.strictObject({
	kind: v.literal('exercise'),
	...StepBase,
	exercises: v.pipe(v.array(Exercise), v.minLength(1), d('Questions the student answers; the engine supplies every answer.'))
});

export const Step = v.variant('kind', [TextStep, ForwardStep, BackwardStep, UpdateStep, SummaryStep, ExerciseStep, GraphStep, PlotStep, TrainStep, ProveStep]);
export type Step = v.InferOutput<typeof Step>;

/** Figure test: the engine reproduces the teacher's number. Answer test: the grader says what the teacher expects. */
export const LessonTest = v.pipe(
	v.strictObject({
		quantity: v.optional(v.pipe(v.string(), d('Figure test: the quantity the engine computes, e.g. "grad:w5".'))),
		value: v.optional(v.pipe(v.number(), d('Figure test: the teacher\'s own figure for it, e.g. 0.0802.'))),
		tol: v.optional(v.pipe(v.number(), v.minValue(0), d('Figure test: absolute tolerance, |engine − value| ≤ tol (default 1e-4).'))),
		exercise: v.optional(v.pipe(v.string(), d('Answer test: the id of an exercise of this lesson.'))),
		answer: v.optional(v.pipe(v.string(), d('Answer test: what a student types, e.g. "0,0802" or "a*(1-a)".'))),
		expect: v.optional(
			v.pipe(
				v.string(),
				v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expect is "correct", "incorrect", "invalid" or a misconception code'),
				d('Answer test: "correct", "incorrect", "invalid", or the misconception code the answer must be diagnosed with, e.g. "sign-flip".')
			)
		),
		lang: v.optional(v.pipe(v.picklist(['es', 'en']), d('Answer test: grade in this language only (default: in both).')))
	}),
	v.check(
		(t) =>
			(t.quantity !== undefined && t.value !== undefined && t.exercise === undefined && t.answer === undefined && t.expect === undefined && t.lang === undefined) ||
			(t.exercise !== undefined && t.answer !== undefined && t.expect !== undefined && t.quantity === undefined && t.value === undefined && t.tol === undefined),
		'a test is either {"quantity", "value", "tol"?} or {"exercise", "answer", "expect", "lang"?}'
	),
	// the check above, for editors (lessons/lesson.schema.json)
	v.metadata({
		oneOf: [
			{ required: ['quantity', 'value'], propertyNames: { enum: ['quantity', 'value', 'tol'] } },
			{ required: ['exercise', 'answer', 'expect'], propertyNames: { enum: ['exercise', 'answer', 'expect', 'lang'] } }
		]
	})
);
export type LessonTest = v.InferOutput<typeof LessonTest>;

export const Lesson = v.pipe(
	v.strictObject({
		$schema: v.optional(v.pipe(v.string(), d('The JSON Schema editors check this file against: "../lesson.schema.json".'))),
		id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase words joined by -'), d('Stable id, used in saved progress.')),
		title: Prose,
		summary: Prose,
		precision: v.optional(Precision, DEFAULT_PRECISION),
		model: v.optional(Model),
		network: v.optional(LessonNetwork),
		graph: v.optional(v.pipe(v.boolean(), d('Draw the model\'s graph beside its forward, backward, update, exercise, prove and train steps (default true); a graph step draws it either way.')), true),
		steps: v.pipe(v.array(Step), v.minLength(1, 'a lesson needs at least one step'), d('The pages of the lesson, in order; each has a "kind": text, forward, backward, update, exercise, summary, graph, plot, train or prove.')),
		conditions: v.optional(
			v.pipe(
				v.array(v.string()),
				d('For lessons with variants: conditions every drawn variant must meet, over quantity keys, e.g. "abs(grad:w1) > 1e-4".')
			),
			[]
		),
		tests: v.optional(v.pipe(v.array(LessonTest), d('Checks run by `npm run lessons -- check`: figures the engine must reproduce, answers the grader must judge as expected.')), [])
	}),
	v.check((l) => (l.model === undefined) !== (l.network === undefined), 'a lesson has exactly one of "model" or "network"'),
	v.metadata({ oneOf: [{ required: ['model'] }, { required: ['network'] }] })
);
export type Lesson = v.InferOutput<typeof Lesson>;
export type ModelInput = v.InferOutput<typeof Model>;
export type NetworkInput = v.InferOutput<typeof Network>;
export type LessonNetworkInput = v.InferOutput<typeof LessonNetwork>;

/** A file holding only a model, as the trace command and the playground accept; `precision` is the lesson's when the playground writes one. */
export const ModelFile = v.strictObject({
	$schema: v.optional(v.string()),
	model: v.optional(Model),
	network: v.optional(Network),
	precision: v.optional(Precision)
});
