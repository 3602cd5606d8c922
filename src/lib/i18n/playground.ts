/**
 * The words of the playground pages (a model's own lesson, training a network on the plane), in English
 * and Spanish. Only those pages load them, so a lesson step's first load does not carry them; every other
 * interface word is in messages.ts, and `tp` gives both together.
 */
import type { Lang } from './lang';
import { en as coreEn, es as coreEs, type Messages } from './messages';

export const en = {
	// playground
	playgroundTitle: 'Playground',
	playgroundIntro:
		'Describe a model, as a graph of named nodes or as layers, and Cadena writes its whole lesson here, in your browser: the forward pass, every gradient by the chain rule, the update, a check by finite differences, and exercises on each. Nothing is sent anywhere: the model lives in the link.',
	playgroundModeLabel: 'Describe the model as',
	playgroundModeGraph: 'A graph, node by node',
	playgroundModeLayers: 'Layers',
	playgroundEditorLabel: 'The model, one line each (or JSON { "model": … })',
	playgroundSyntax:
		'param, input, target, const: NAME = NUMBER, several separated by commas. A node: NAME = an expression over earlier names (+ − * / ^, exp, log, sigmoid, tanh, relu …). loss NAME (default: the last node). rate NUMBER, the learning rate η (default 0.1). # starts a comment.',
	playgroundLayers: 'Layer sizes, inputs first',
	playgroundActivation: (layer: number) => `Activation of layer ${layer}`,
	playgroundLoss: 'Loss',
	playgroundInputs: 'Inputs',
	playgroundTargets: 'Targets',
	playgroundWeightsFrom: 'Weights and biases',
	playgroundFromSeed: 'drawn from a seed',
	playgroundTyped: 'typed',
	playgroundSeed: 'Seed',
	playgroundWeights: 'Weights, weights[l][j][k]: into neuron j of layer l + 1 from unit k of layer l (JSON)',
	playgroundBiases: 'Biases: one number or one list per layer (JSON)',
	playgroundRate: 'Learning rate η',
	playgroundProblems: 'What is wrong with the model',
	playgroundStale: 'The lesson below is still that of the last model that worked.',
	playgroundShare: 'Copy the link',
	playgroundCopied: 'Link copied.',
	playgroundCopyRefused: 'The browser did not let the page copy: select the link and copy it.',
	playgroundLinkLabel: 'Link to this model',
	playgroundDownload: 'Download lesson',
	playgroundCapped: (shown: number, of: number, asked: number) =>
		`A big model: the lesson works out the backward pass of the first ${shown} of its ${of} parameters, and asks at most ${asked} questions of each kind.`,
	playgroundUnanswerable: (n: number) =>
		`${n} ${n === 1 ? 'question is' : 'questions are'} left out: ${n === 1 ? 'its answer rounds' : 'their answers round'} to too few figures at the lesson's precision (an update smaller than the last decimal shown).`,
	// playground training
	ptTitle: 'Train a network',
	ptIntro:
		'A dense network learns to tell points of the plane apart, trained by the same engine that writes the lessons. Every setting is kept in this page’s link: copy it to share the set-up, or to open it again.',
	ptProblemsHeading: 'Some settings in the link could not be read; these use their default instead:',
	ptBadValue: (key: string, value: string, fallback: string) => `${key} = “${value}” is not a value this setting takes: using ${fallback === '' ? '(none)' : fallback}.`,
	ptUnknownKey: (key: string) => `“${key}” is not a setting of this page: ignored.`,
	ptDataHeading: 'Data',
	ptNetworkHeading: 'Network',
	ptTrainingHeading: 'Training',
	ptDataset: 'Data set',
	ptDatasets: { circle: 'Circle', xor: 'XOR', gauss: 'Two blobs', spiral: 'Spiral', plane: 'Plane (regression)', bump: 'Bump (regression)' },
	ptNoise: 'Noise',
	ptRatio: 'Share used for training',
	ptBatch: 'Batch size',
	ptPercent: (n: number) => `${n} %`,
	ptFeatures: 'Input features',
	ptLayers: 'Hidden layers',
	ptUnitsIn: (l: number) => `Units in hidden layer ${l}`,
	ptAddLayer: 'Add a hidden layer',
	ptRemoveLayer: 'Remove the last hidden layer',
	ptNoHidden: 'No hidden layer: the features go straight to the output.',
	ptActivation: 'Activation of the hidden layers',
	ptActivations: { tanh: 'tanh', relu: 'ReLU', sigmoid: 'sigmoid', linear: 'linear' },
	ptRegularization: 'Regularisation',
	ptRegularizations: { none: 'None', l1: 'L1', l2: 'L2' },
	ptRegularizationRate: 'Regularisation rate λ',
	ptSeed: 'Seed',
	ptNewSeed: 'New seed',
	ptRestarts: 'Changing a setting starts training again from the seed’s weights.',
	ptShape: (layers: string) => `Network ${layers}`,
	ptControls: 'Training controls',
	ptStep: 'One update',
	ptReset: 'Reset',
	ptUpdate: (n: number, epoch: number) => `Update ${n} · epoch ${epoch}`,
	ptTrainLoss: 'Training loss',
	ptTestLoss: 'Held-out loss',
	ptLossHelp: (classification: boolean): string =>
		classification
			? 'Mean binary cross-entropy −(y ln ŷ + (1 − y) ln(1 − ŷ)) over the examples; the held-out ones are never trained on.'
			: 'Mean of ½(y − ŷ)² over the examples; the held-out ones are never trained on.',
	ptPenaltyNote: 'The losses shown are the data loss alone; the penalty is added only to what each update minimises.',
	ptLossChart: 'Loss over the updates',
	ptDiverged: 'The loss is no longer a number: lower the learning rate and reset.',
	ptMapLabel: (classification: boolean): string =>
		classification
			? 'The network’s output over the plane, from orange (class 0) through white to blue (class 1). Circles are class 1, triangles class 0; filled points are training examples, hollow ones are held out.'
			: 'The network’s prediction over the plane, from orange (low) through white to blue (high). Filled points are training examples, hollow ones are held out.',
	ptLegendClass1: 'class 1',
	ptLegendClass0: 'class 0',
	ptLegendTrain: 'training',
	ptLegendHeld: 'held out',
	ptLegendLow: 'low',
	ptLegendHigh: 'high',
	ptUnitsHeading: 'Inside the hidden layers',
	ptUnitsIntro: 'Each hidden unit’s activation over the same plane, on the same colours.',
	ptLayerHeading: (l: number) => `Hidden layer ${l}`,
	ptUnitLabel: (l: number, j: number) => `Unit ${j} of hidden layer ${l}`,
	ptLookHeading: 'Look inside this iteration',
	ptLookIntro: 'Open the whole lesson of one training example at the current weights: every forward value, every chain-rule factor, every gradient and the update, with exercises on them.',
	ptExample: 'Training example',
	ptExampleIs: (inputs: string, target: string) => `Features ${inputs}; target ${target}.`,
	ptLookButton: 'Look inside this iteration',
	ptPauseFirst: 'Pause training to look inside.',
	ptLookNote: 'The lesson takes one example’s data loss and a plain gradient-descent step with η; the penalty and the optimizer’s own update are not in it.'
};

export type PlaygroundMessages = typeof en;

export const es: PlaygroundMessages = {
	// playground
	playgroundTitle: 'Área de pruebas',
	playgroundIntro:
		'Describe un modelo, como un grafo de nodos con nombre o por capas, y Cadena escribe aquí, en tu navegador, su lección entera: la propagación hacia adelante, cada gradiente por la regla de la cadena, la actualización, una comprobación por diferencias finitas y ejercicios sobre cada paso. No se envía nada a ninguna parte: el modelo vive en el enlace.',
	playgroundModeLabel: 'Describir el modelo como',
	playgroundModeGraph: 'Un grafo, nodo a nodo',
	playgroundModeLayers: 'Capas',
	playgroundEditorLabel: 'El modelo, una línea cada cosa (o JSON { "model": … })',
	playgroundSyntax:
		'param, input, target, const: NOMBRE = NÚMERO, varios separados por comas. Un nodo: NOMBRE = una expresión sobre nombres anteriores (+ − * / ^, exp, log, sigmoid, tanh, relu …). loss NOMBRE (por defecto, el último nodo). rate NÚMERO, la tasa de aprendizaje η (por defecto 0.1). # empieza un comentario.',
	playgroundLayers: 'Tamaños de las capas, las entradas primero',
	playgroundActivation: (layer) => `Activación de la capa ${layer}`,
	playgroundLoss: 'Pérdida',
	playgroundInputs: 'Entradas',
	playgroundTargets: 'Objetivos',
	playgroundWeightsFrom: 'Pesos y sesgos',
	playgroundFromSeed: 'sorteados con una semilla',
	playgroundTyped: 'escritos a mano',
	playgroundSeed: 'Semilla',
	playgroundWeights: 'Pesos, weights[l][j][k]: hacia la neurona j de la capa l + 1 desde la unidad k de la capa l (JSON)',
	playgroundBiases: 'Sesgos: un número o una lista por capa (JSON)',
	playgroundRate: 'Tasa de aprendizaje η',
	playgroundProblems: 'Qué falla en el modelo',
	playgroundStale: 'La lección de abajo sigue siendo la del último modelo que funcionó.',
	playgroundShare: 'Copiar el enlace',
	playgroundCopied: 'Enlace copiado.',
	playgroundCopyRefused: 'El navegador no dejó copiar a la página: selecciona el enlace y cópialo.',
	playgroundLinkLabel: 'Enlace a este modelo',
	playgroundDownload: 'Descargar lección',
	playgroundCapped: (shown, of, asked) =>
		`Un modelo grande: la lección desarrolla la propagación hacia atrás de los primeros ${shown} de sus ${of} parámetros y hace como mucho ${asked} preguntas de cada tipo.`,
	playgroundUnanswerable: (n) =>
		`${n === 1 ? 'Se omite 1 pregunta: su respuesta redondea' : `Se omiten ${n} preguntas: sus respuestas redondean`} a muy pocas cifras con la precisión de la lección (una actualización menor que el último decimal mostrado).`,
	// playground training
	ptTitle: 'Entrena una red',
	ptIntro:
		'Una red densa aprende a distinguir puntos del plano, entrenada por el mismo motor que escribe las lecciones. Cada ajuste se guarda en el enlace de esta página: cópialo para compartir la configuración o para volver a abrirla.',
	ptProblemsHeading: 'Algunos ajustes del enlace no se pudieron leer; estos usan su valor por defecto:',
	ptBadValue: (key, value, fallback) => `${key} = «${value}» no es un valor que admita este ajuste: se usa ${fallback === '' ? '(ninguno)' : fallback}.`,
	ptUnknownKey: (key) => `«${key}» no es un ajuste de esta página: se ignora.`,
	ptDataHeading: 'Datos',
	ptNetworkHeading: 'Red',
	ptTrainingHeading: 'Entrenamiento',
	ptDataset: 'Conjunto de datos',
	ptDatasets: { circle: 'Círculo', xor: 'XOR', gauss: 'Dos nubes', spiral: 'Espiral', plane: 'Plano (regresión)', bump: 'Campana (regresión)' },
	ptNoise: 'Ruido',
	ptRatio: 'Parte usada para entrenar',
	ptBatch: 'Tamaño del lote',
	ptPercent: (n) => `${n} %`,
	ptFeatures: 'Características de entrada',
	ptLayers: 'Capas ocultas',
	ptUnitsIn: (l) => `Unidades de la capa oculta ${l}`,
	ptAddLayer: 'Añadir una capa oculta',
	ptRemoveLayer: 'Quitar la última capa oculta',
	ptNoHidden: 'Sin capa oculta: las características van directamente a la salida.',
	ptActivation: 'Activación de las capas ocultas',
	ptActivations: { tanh: 'tanh', relu: 'ReLU', sigmoid: 'sigmoide', linear: 'lineal' },
	ptRegularization: 'Regularización',
	ptRegularizations: { none: 'Ninguna', l1: 'L1', l2: 'L2' },
	ptRegularizationRate: 'Tasa de regularización λ',
	ptSeed: 'Semilla',
	ptNewSeed: 'Nueva semilla',
	ptRestarts: 'Cambiar un ajuste reinicia el entrenamiento desde los pesos de la semilla.',
	ptShape: (layers) => `Red ${layers}`,
	ptControls: 'Controles del entrenamiento',
	ptStep: 'Una actualización',
	ptReset: 'Reiniciar',
	ptUpdate: (n, epoch) => `Actualización ${n} · época ${epoch}`,
	ptTrainLoss: 'Pérdida de entrenamiento',
	ptTestLoss: 'Pérdida de validación',
	ptLossHelp: (classification) =>
		classification
			? 'Media de la entropía cruzada binaria −(y ln ŷ + (1 − y) ln(1 − ŷ)) sobre los ejemplos; con los de validación nunca se entrena.'
			: 'Media de ½(y − ŷ)² sobre los ejemplos; con los de validación nunca se entrena.',
	ptPenaltyNote: 'Las pérdidas mostradas son solo las de los datos; la penalización se suma solo a lo que minimiza cada actualización.',
	ptLossChart: 'Pérdida a lo largo de las actualizaciones',
	ptDiverged: 'La pérdida ya no es un número: baja la tasa de aprendizaje y reinicia.',
	ptMapLabel: (classification) =>
		classification
			? 'La salida de la red sobre el plano, de naranja (clase 0) a azul (clase 1) pasando por blanco. Los círculos son de la clase 1 y los triángulos de la clase 0; los puntos rellenos son de entrenamiento y los huecos, de validación.'
			: 'La predicción de la red sobre el plano, de naranja (baja) a azul (alta) pasando por blanco. Los puntos rellenos son de entrenamiento y los huecos, de validación.',
	ptLegendClass1: 'clase 1',
	ptLegendClass0: 'clase 0',
	ptLegendTrain: 'entrenamiento',
	ptLegendHeld: 'validación',
	ptLegendLow: 'baja',
	ptLegendHigh: 'alta',
	ptUnitsHeading: 'Dentro de las capas ocultas',
	ptUnitsIntro: 'La activación de cada unidad oculta sobre el mismo plano, con los mismos colores.',
	ptLayerHeading: (l) => `Capa oculta ${l}`,
	ptUnitLabel: (l, j) => `Unidad ${j} de la capa oculta ${l}`,
	ptLookHeading: 'Mira dentro de esta iteración',
	ptLookIntro: 'Abre la lección completa de un ejemplo de entrenamiento con los pesos actuales: cada valor hacia delante, cada factor de la regla de la cadena, cada gradiente y la actualización, con ejercicios sobre ellos.',
	ptExample: 'Ejemplo de entrenamiento',
	ptExampleIs: (inputs, target) => `Características ${inputs}; objetivo ${target}.`,
	ptLookButton: 'Mirar dentro de esta iteración',
	ptPauseFirst: 'Pausa el entrenamiento para mirar dentro.',
	ptLookNote: 'La lección toma la pérdida de los datos de un ejemplo y un paso de descenso del gradiente simple con η; la penalización y la actualización propia del optimizador no están en ella.'
};

const dictionaries: Record<Lang, Messages & PlaygroundMessages> = { en: { ...coreEn, ...en }, es: { ...coreEs, ...es } };

/** The interface words of a playground page: the site's and the playground's own. */
export function tp(lang: Lang): Messages & PlaygroundMessages {
	return dictionaries[lang];
}
