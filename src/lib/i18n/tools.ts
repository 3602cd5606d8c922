/**
 * The words of the pages beyond a lesson's steps: the Open page and its preview, the index, the worksheet to print, the glossary, the
 * playground and its training page, in English and Spanish. Only those pages load them, so a lesson step's
 * first load does not carry them; the site's words are in messages.ts and the islands' in islands.ts (these
 * pages show progress, training and exercises too), and `tp` gives all three together.
 */
import type { Lang } from './lang';
import { en as islandEn, es as islandEs, type IslandMessages } from './islands';
import { en as coreEn, es as coreEs, type Messages } from './messages';

export const en = {
	// open a lesson file, and its preview
	openTitle: 'Open a lesson file',
	openIntro: 'See any lesson file as students will, with the same problems that npm run lessons -- check reports. Nothing is uploaded: the file is read, checked and rendered in this browser.',
	openDropLabel: 'Drop a lesson file here',
	openFile: 'Choose a lesson file (lesson.json)',
	openDrop: 'or drop it here.',
	openPaste: 'Or paste the lesson JSON',
	openShow: 'Show the lesson',
	openProblems: (file: string) => `Problems in ${file}`,
	openNoProblems: 'No problems: the lesson passes the same checks as npm run lessons -- check.',
	/** What the Open page's worker is doing, beside its progress bar. */
	openDoing: (stage: 'read' | 'parse' | 'check' | 'render', step: number) =>
		({
			read: 'Reading the file…',
			parse: 'Loading the lesson and its model…',
			check: 'Checking the lesson…',
			render: `Rendering step ${step}…`
		})[stage],
	openProgressLabel: 'Progress opening the file',
	openCancel: 'Cancel',
	openCancelled: 'Cancelled: nothing from this file is shown. Open it again to start over.',
	openFailed: (stage: 'read' | 'parse' | 'check' | 'render', step: number) =>
		`Failed while ${({ read: 'reading the file', parse: 'loading the lesson', check: 'checking the lesson', render: `rendering step ${step}` })[stage]}, so nothing from it is shown. The error:`,
	openRefused: (limit: 'bytes' | 'steps' | 'nodes' | 'formulas', found: number, max: number) =>
		`Not opened: ${
			{
				bytes: `the file is ${(found / 1048576).toFixed(1)} MB; the Open page takes files up to ${max / 1048576} MB`,
				steps: `the lesson has ${found.toLocaleString('en')} steps; the Open page takes up to ${max.toLocaleString('en')}`,
				nodes: `the model has ${found.toLocaleString('en')} nodes; the Open page takes up to ${max.toLocaleString('en')}`,
				formulas: `the lesson has ${found.toLocaleString('en')} formulas ($…$); the Open page takes up to ${max.toLocaleString('en')}`
			}[limit]
		}. npm run lessons -- check reads files of any size.`,
	openVariantProblems: (seed: number) => `The variant with seed ${seed} does not load:`,
	openSeed: 'Variant seed (empty: nominal numbers)',
	worksheetTitle: 'Worksheet',
	worksheetKey: 'Key',
	worksheetStudent: 'Student',
	worksheetAuthored: 'The lesson’s own numbers',
	worksheetNumbers: (seed: number) => `Numbers of variant ${seed}`,
	worksheetAnswer: 'Answer',
	worksheetOnSite: 'This part is interactive: open it on the site.',
	worksheetYourName: 'Your name',
	worksheetShowMine: 'Show my numbers',
	worksheetNameHelp: 'Each name gets its own numbers, the same every time: your teacher can draw them again to mark your sheet.',
	worksheetSameForAll: 'This lesson has the same numbers for everyone.',
	worksheetBadName: 'That name cannot be used: write it in letters, at most 80 characters.',
	worksheetPrint: 'Print',
	previewNotSaved: 'A preview: answers are checked as a student’s would be, and never saved.',
	previewKept: (file: string) => `${file}, kept from the other language’s page.`,
	// playground
	playgroundTitle: 'Playground',
	playgroundIntro:
		'Describe a model, as a graph of named nodes or as layers, and Cadena writes its whole lesson here, in your browser: the forward pass, every gradient by the chain rule, the update, a check by finite differences, and exercises on each. Nothing is sent anywhere: the model lives in the link.',
	playgroundModeLabel: 'Describe the model as',
	playgroundModeGraph: 'A graph, node by node',
	playgroundModeLayers: 'Layers',
	playgroundEditorLabel: 'The model, one line each (or JSON { "model": … })',
	playgroundSyntax:
		'param, input, target, const: NAME = NUMBER, several separated by commas. A node: NAME = an expression over earlier names (+ − * / ^, exp, log, sigmoid, tanh, relu …). loss NAME (default: the last node). rate NUMBER, the learning rate η (default 0.1). precision N, the decimals shown, 0 to 12 (default 5). # starts a comment.',
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
	playgroundPrecision: 'Decimals',
	playgroundProblems: 'What is wrong with the model',
	playgroundStale: 'The lesson below is still that of the last model that worked.',
	playgroundShare: 'Copy the link',
	playgroundCopied: 'Link copied.',
	playgroundCopyRefused: 'The browser did not let the page copy: select the link and copy it.',
	playgroundLinkLabel: 'Link to this model',
	playgroundDownload: 'Download lesson',
	playgroundTrainIt: 'Train this network on points of the plane →',
	playgroundTrainHow: 'The training page takes a network with 2 inputs, 1 output and hidden layers of at most 8 units, all with one activation (tanh, relu, sigmoid or linear).',
	playgroundCapped: (shown: number, of: number, asked: number) =>
		shown < of
			? `A big model: the lesson works out the backward pass of the ${shown} of its ${of} parameters nearest the loss, and asks at most ${asked} questions of each kind.`
			: `A big model: the lesson asks at most ${asked} questions of each kind; every one of its ${of} parameters still gets its own backward step.`,
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
	ptLookNote: 'The lesson takes one example’s data loss and a plain gradient-descent step with η; the penalty and the optimizer’s own update are not in it.',
	// the glossary
	glossaryTitle: 'Glossary',
	glossaryIntro: 'Every symbol the lessons use, what it means and where to see it at work; first, the conventions the course follows.',
	glossarySymbol: 'Symbol',
	glossaryMeaning: 'Meaning',
	glossaryLessons: 'Lessons',
	glossaryLesson: (n: number, title: string) => `${n}. ${title}`,
	conventionsTitle: 'Conventions',
	glossaryBack: 'Back to the lessons',
	// the index and the language picker
	tagline: 'Backpropagation step by step: every value, every chain-rule factor, every weight update.',
	chooseLanguage: 'Choose your language',
	lessonsHeading: 'Lessons',
	noLessons: 'There are no lessons yet.',
	lessonNumber: (n: number) => `Lesson ${n}`,
	continueAt: (n: number) => `Continue at step ${n}`,
	openLink: 'Open a lesson file',
	glossaryLink: 'Glossary: every symbol of the course, and its conventions',
	playgroundLink: 'Playground: your own model becomes a lesson',
	ptLink: 'Train a network on points of the plane',
};

export type ToolMessages = typeof en;

export const es: ToolMessages = {
	// open a lesson file, and its preview
	openTitle: 'Abrir un archivo de lección',
	openIntro: 'Mira cualquier archivo de lección como lo verán los estudiantes, con los mismos problemas que informa npm run lessons -- check. No se sube nada: el archivo se lee, se comprueba y se muestra en este navegador.',
	openDropLabel: 'Suelta aquí un archivo de lección',
	openFile: 'Elige un archivo de lección (lesson.json)',
	openDrop: 'o suéltalo aquí.',
	openPaste: 'O pega el JSON de la lección',
	openShow: 'Mostrar la lección',
	openProblems: (file) => `Problemas en ${file}`,
	openNoProblems: 'Sin problemas: la lección pasa las mismas comprobaciones que npm run lessons -- check.',
	openDoing: (stage, step) =>
		({
			read: 'Leyendo el archivo…',
			parse: 'Cargando la lección y su modelo…',
			check: 'Comprobando la lección…',
			render: `Mostrando el paso ${step}…`
		})[stage],
	openProgressLabel: 'Avance al abrir el archivo',
	openCancel: 'Cancelar',
	openCancelled: 'Cancelado: no se muestra nada de este archivo. Ábrelo de nuevo para empezar otra vez.',
	openFailed: (stage, step) =>
		`Falló ${({ read: 'al leer el archivo', parse: 'al cargar la lección', check: 'al comprobar la lección', render: `al mostrar el paso ${step}` })[stage]}, así que no se muestra nada de él. El error:`,
	openRefused: (limit, found, max) =>
		`No se abre: ${
			{
				bytes: `el archivo ocupa ${(found / 1048576).toFixed(1).replace('.', ',')} MB; la página Abrir admite archivos de hasta ${max / 1048576} MB`,
				steps: `la lección tiene ${found.toLocaleString('es')} pasos; la página Abrir admite hasta ${max.toLocaleString('es')}`,
				nodes: `el modelo tiene ${found.toLocaleString('es')} nodos; la página Abrir admite hasta ${max.toLocaleString('es')}`,
				formulas: `la lección tiene ${found.toLocaleString('es')} fórmulas ($…$); la página Abrir admite hasta ${max.toLocaleString('es')}`
			}[limit]
		}. npm run lessons -- check lee archivos de cualquier tamaño.`,
	openVariantProblems: (seed) => `La variante con semilla ${seed} no se carga:`,
	openSeed: 'Semilla de la variante (vacía: números nominales)',
	worksheetTitle: 'Hoja de ejercicios',
	worksheetKey: 'Solucionario',
	worksheetStudent: 'Estudiante',
	worksheetAuthored: 'Los números de la lección',
	worksheetNumbers: (seed) => `Números de la variante ${seed}`,
	worksheetAnswer: 'Respuesta',
	worksheetOnSite: 'Esta parte es interactiva: ábrela en el sitio.',
	worksheetYourName: 'Tu nombre',
	worksheetShowMine: 'Ver mis números',
	worksheetNameHelp: 'Cada nombre tiene sus propios números, siempre los mismos: tu profesor puede volver a sacarlos para corregir tu hoja.',
	worksheetSameForAll: 'Esta lección tiene los mismos números para todos.',
	worksheetBadName: 'Ese nombre no sirve: escríbelo con letras, como mucho 80 caracteres.',
	worksheetPrint: 'Imprimir',
	previewNotSaved: 'Una vista previa: las respuestas se corrigen como las de un estudiante, y no se guardan.',
	previewKept: (file) => `${file}, conservado desde la página del otro idioma.`,
	// playground
	playgroundTitle: 'Área de pruebas',
	playgroundIntro:
		'Describe un modelo, como un grafo de nodos con nombre o por capas, y Cadena escribe aquí, en tu navegador, su lección entera: la propagación hacia adelante, cada gradiente por la regla de la cadena, la actualización, una comprobación por diferencias finitas y ejercicios sobre cada paso. No se envía nada a ninguna parte: el modelo vive en el enlace.',
	playgroundModeLabel: 'Describir el modelo como',
	playgroundModeGraph: 'Un grafo, nodo a nodo',
	playgroundModeLayers: 'Capas',
	playgroundEditorLabel: 'El modelo, una línea cada cosa (o JSON { "model": … })',
	playgroundSyntax:
		'param, input, target, const: NOMBRE = NÚMERO, varios separados por comas. Un nodo: NOMBRE = una expresión sobre nombres anteriores (+ − * / ^, exp, log, sigmoid, tanh, relu …). loss NOMBRE (por defecto, el último nodo). rate NÚMERO, la tasa de aprendizaje η (por defecto 0.1). precision N, los decimales que se muestran, de 0 a 12 (por defecto 5). # empieza un comentario.',
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
	playgroundPrecision: 'Decimales',
	playgroundProblems: 'Qué falla en el modelo',
	playgroundStale: 'La lección de abajo sigue siendo la del último modelo que funcionó.',
	playgroundShare: 'Copiar el enlace',
	playgroundCopied: 'Enlace copiado.',
	playgroundCopyRefused: 'El navegador no dejó copiar a la página: selecciona el enlace y cópialo.',
	playgroundLinkLabel: 'Enlace a este modelo',
	playgroundDownload: 'Descargar lección',
	playgroundTrainIt: 'Entrena esta red con puntos del plano →',
	playgroundTrainHow: 'La página de entrenamiento acepta una red con 2 entradas, 1 salida y capas ocultas de 8 unidades como mucho, todas con una misma activación (tanh, relu, sigmoid o linear).',
	playgroundCapped: (shown, of, asked) =>
		shown < of
			? `Un modelo grande: la lección desarrolla la propagación hacia atrás de los ${shown} de sus ${of} parámetros más cercanos a la pérdida y hace como mucho ${asked} preguntas de cada tipo.`
			: `Un modelo grande: la lección hace como mucho ${asked} preguntas de cada tipo; cada uno de sus ${of} parámetros sigue teniendo su propio paso hacia atrás.`,
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
	ptLookNote: 'La lección toma la pérdida de los datos de un ejemplo y un paso de descenso del gradiente simple con η; la penalización y la actualización propia del optimizador no están en ella.',
	// the glossary
	glossaryTitle: 'Glosario',
	glossaryIntro: 'Cada símbolo que usan las lecciones, qué significa y dónde verlo en acción; antes, las convenciones que sigue el curso.',
	glossarySymbol: 'Símbolo',
	glossaryMeaning: 'Significado',
	glossaryLessons: 'Lecciones',
	glossaryLesson: (n, title) => `${n}. ${title}`,
	conventionsTitle: 'Convenciones',
	glossaryBack: 'Volver a las lecciones',
	// the index and the language picker
	tagline: 'Retropropagación paso a paso: cada valor, cada factor de la regla de la cadena, cada actualización de pesos.',
	chooseLanguage: 'Elige tu idioma',
	lessonsHeading: 'Lecciones',
	noLessons: 'Todavía no hay lecciones.',
	lessonNumber: (n) => `Lección ${n}`,
	continueAt: (n) => `Continuar en el paso ${n}`,
	openLink: 'Abrir un archivo de lección',
	glossaryLink: 'Glosario: todos los símbolos del curso y sus convenciones',
	playgroundLink: 'Área de pruebas: tu propio modelo se vuelve una lección',
	ptLink: 'Entrena una red con puntos del plano',
};

const dictionaries: Record<Lang, Messages & IslandMessages & ToolMessages> = {
	en: { ...coreEn, ...islandEn, ...en },
	es: { ...coreEs, ...islandEs, ...es }
};

/** The interface words of one of those pages: the site's, the islands' and their own. */
export function tp(lang: Lang): Messages & IslandMessages & ToolMessages {
	return dictionaries[lang];
}
