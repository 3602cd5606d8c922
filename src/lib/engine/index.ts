/** The engine's public surface: build a graph from a model, trace one iteration, decompose chains. */
export { buildGraph, type Graph, type GraphNode, type GraphResult, type ModelIssue } from './model';
export { trace, factor, contributions, labelOf, type Trace, type TraceResult } from './trace';
export { countPaths, paths, listPaths, pathLandmarks } from './paths';
export { backpropOrder, pathCounts } from './reach';
export { forward, backward, run, type Pass } from './pass';
export { printTex, printDefinition, texNumber } from './print';
export { parseExpr } from './parse';
export { derive } from './derive';
export { defaultLabel } from './labels';
export { evaluateExpr } from './evaluate';
export { reverseFactorCount } from './reverse-count';
export { FUNCTION_NAMES, OPS } from './ops';
export type * from './types';
