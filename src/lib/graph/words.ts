/**
 * GraphView's own words, in both languages. `Record<Lang, GraphWords>` makes a key missing from
 * either language a type error.
 */
import type { Lang } from '$lib/lesson/view';
import type { LayoutKind } from './layout';

export interface GraphWords {
	/** Accessible name of the drawing. */
	figure: string;
	/** Accessible name of the group of zoom and pan buttons. */
	controls: string;
	/** Accessible name of the drawing's window, which takes the arrow keys and + − while focused. */
	viewport: string;
	zoomIn: string;
	zoomOut: string;
	reset: string;
	panLeft: string;
	panRight: string;
	panUp: string;
	panDown: string;
	/** The toggle that opens every group box (a pressed button while they are open). */
	showAll: string;
	/** A group box's first line: how many names it folds. */
	groupCount: (count: number, kind: 'unused' | 'layer') => string;
	/** A group box's second line: why they are folded. */
	groupWhy: (kind: 'unused' | 'layer', loss: string) => string;
	/** Accessible name of a group box, a button that opens it. */
	openGroup: (count: number, members: string) => string;
	/** The toggle that shows the table instead of the drawing (a pressed button while it does). */
	showTable: string;
	/** Caption of the text alternative, a table with one row per node. */
	tableCaption: string;
	node: string;
	kind: string;
	value: string;
	/** Heading of the ∂loss/∂node column. */
	gradient: string;
	/** Before ∂loss/∂node inside a node's box, where the whole ∂E/∂n does not fit (micrograd's "grad"). */
	gradShort: string;
	/** Heading of the column listing what each node is computed from. */
	uses: string;
	/** Heading of the column saying whether the current step is about this node. */
	active: string;
	yes: string;
	no: string;
	/** Said where a value or gradient has not been computed yet. */
	notYet: string;
	/** Said in the uses column of a leaf. */
	nothing: string;
	kinds: Record<LayoutKind, string>;
}

export const GRAPH_WORDS: Record<Lang, GraphWords> = {
	es: {
		figure: 'Grafo de cómputo',
		controls: 'Vista del grafo',
		viewport: 'Dibujo del grafo: las flechas mueven la vista, + y − la acercan y la alejan',
		zoomIn: 'Acercar',
		zoomOut: 'Alejar',
		reset: 'Restablecer la vista',
		panLeft: 'Mover la vista a la izquierda',
		panRight: 'Mover la vista a la derecha',
		panUp: 'Mover la vista hacia arriba',
		panDown: 'Mover la vista hacia abajo',
		showAll: 'Mostrar todos los nodos',
		groupCount: (n, kind) => (kind === 'layer' ? `${n} parámetros` : `${n} nodos más`),
		groupWhy: (kind, loss) => (kind === 'layer' ? 'de esta capa' : `${loss} no los usa`),
		openGroup: (n, members) => `Mostrar los ${n} nodos agrupados aquí: ${members}`,
		showTable: 'Vista de tabla',
		tableCaption: 'Nodos del grafo, columna a columna de izquierda a derecha',
		node: 'Nodo',
		kind: 'Tipo',
		value: 'Valor',
		gradient: 'Gradiente de la pérdida',
		gradShort: 'grad',
		uses: 'Se calcula con',
		active: 'En este paso',
		yes: 'sí',
		no: 'no',
		notYet: 'aún sin calcular',
		nothing: 'nada (es una hoja)',
		kinds: { input: 'entrada', target: 'objetivo', param: 'parámetro', constant: 'constante', node: 'nodo', group: 'grupo' }
	},
	en: {
		figure: 'Computation graph',
		controls: 'Graph view',
		viewport: 'Graph drawing: the arrow keys move the view, + and − zoom in and out',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		reset: 'Reset the view',
		panLeft: 'Move the view left',
		panRight: 'Move the view right',
		panUp: 'Move the view up',
		panDown: 'Move the view down',
		showAll: 'Show every node',
		groupCount: (n, kind) => (kind === 'layer' ? `${n} parameters` : `${n} more nodes`),
		groupWhy: (kind, loss) => (kind === 'layer' ? 'of this layer' : `not used by ${loss}`),
		openGroup: (n, members) => `Show the ${n} nodes grouped here: ${members}`,
		showTable: 'Table view',
		tableCaption: 'Nodes of the graph, column by column from left to right',
		node: 'Node',
		kind: 'Kind',
		value: 'Value',
		gradient: 'Gradient of the loss',
		gradShort: 'grad',
		uses: 'Computed from',
		active: 'In this step',
		yes: 'yes',
		no: 'no',
		notYet: 'not computed yet',
		nothing: 'nothing (a leaf)',
		kinds: { input: 'input', target: 'target', param: 'parameter', constant: 'constant', node: 'node', group: 'group' }
	}
};

export function graphWords(lang: Lang): GraphWords {
	return GRAPH_WORDS[lang];
}
