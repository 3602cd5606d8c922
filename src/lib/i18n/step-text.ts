/**
 * The words the step builder (src/lib/tex/steps.ts) writes around the engine's formulas: a step's title when the
 * lesson gives none, and the lines that lead into a chain, a product, a sum or an update, in English and Spanish.
 * The builder runs when the site is built, and in the browser only on the pages that build a lesson there (the
 * playground, the Open page's preview), so a step's first load does not carry them. `StepText` is the type of
 * the English dictionary, so a key missing in Spanish is a TypeScript error.
 */
import type { Lang } from './lang';

export const en = {
	forwardTitle: 'Forward pass',
	backwardTitle: (param: string) => `Gradient of ${param}`,
	updateTitle: 'Update the parameters',
	summaryTitle: 'Summary',
	graphTitle: 'The computation graph',
	plotTitle: { activation: 'An activation and its derivative', loss: 'The loss over iterations', optimizers: 'Optimizers on a loss surface', fit: 'A fitted curve and its data', schedules: 'Learning-rate schedules' },
	trainTitle: 'Keep training',
	proveTitle: 'Check it with finite differences',
	/** A path is named by the nodes only it passes through; by its number when none tells it apart. */
	pathHeading: (k: number, n: number, through: readonly string[]) => (through.length > 0 ? `Path through ${through.join(', ')}` : `Path ${k} of ${n}`),
	chainIntro: 'The chain rule, factor by factor:',
	productIntro: 'Multiplying the factors along the path:',
	sumIntro: 'The gradient is the sum over all paths:',
	manyPaths: (n: string) => `There are ${n} paths from the loss to this parameter: too many to list. Reverse mode adds them up without listing them, through the cached gradients:`,
	cachedIntro: 'The same gradient from the cached ∂loss/∂node values, each computed once and reused:',
	updateIntro: 'The update, with learning rate η:',
	newLoss: 'The loss before and after the update:',
	careful: 'Careful'
};

export type StepText = typeof en;

export const es: StepText = {
	forwardTitle: 'Propagación hacia adelante',
	backwardTitle: (param) => `Gradiente de ${param}`,
	updateTitle: 'Actualizar los parámetros',
	summaryTitle: 'Resumen',
	graphTitle: 'El grafo de cómputo',
	plotTitle: { activation: 'Una activación y su derivada', loss: 'La pérdida a lo largo de las iteraciones', optimizers: 'Optimizadores sobre una superficie de pérdida', fit: 'Una curva ajustada y sus datos', schedules: 'Programas de tasa de aprendizaje' },
	trainTitle: 'Seguir entrenando',
	proveTitle: 'Compruébalo con diferencias finitas',
	pathHeading: (k, n, through) => (through.length > 0 ? `Camino a través de ${through.join(', ')}` : `Camino ${k} de ${n}`),
	chainIntro: 'La regla de la cadena, factor por factor:',
	productIntro: 'Multiplicando los factores del camino:',
	sumIntro: 'El gradiente es la suma sobre todos los caminos:',
	manyPaths: (n) => `Hay ${n} caminos desde la pérdida hasta este parámetro: demasiados para listarlos. El modo inverso los suma sin listarlos, con los gradientes guardados:`,
	cachedIntro: 'El mismo gradiente a partir de los valores ∂pérdida/∂nodo guardados, cada uno calculado una sola vez y reutilizado:',
	updateIntro: 'La actualización, con tasa de aprendizaje η:',
	newLoss: 'La pérdida antes y después de la actualización:',
	careful: 'Cuidado'
};

const dictionaries: Record<Lang, StepText> = { en, es };

/** The step builder's words for one language. */
export function stepText(lang: Lang): StepText {
	return dictionaries[lang];
}
