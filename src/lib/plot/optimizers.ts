/**
 * GD, momentum, RMSProp and Adam from one start over a two-parameter loss surface (engine/surfaces.ts).
 * The paths are computed at build time with optimizers.ts and shipped as points; the contour lines are
 * traced by d3-contour from the surface's formula wherever the chart is drawn, so the page data does
 * not carry them twice (once as numbers, once as SVG).
 */
import { contours } from 'd3-contour';
import { descend, descendNewton, surface as surfaceOf, type SurfaceName } from '../engine/surfaces';
import type { OptimizerPath, OptimizerPlotView, PlotOptimizer } from './types';

export const PLOTTED_OPTIMIZERS: readonly PlotOptimizer[] = ['gd', 'momentum', 'rmsprop', 'adam'];

/** Grid cells per side for the contour lines. */
const GRID = 40;
/** Contour levels: the highest loss on the grid halved again and again. */
const LEVELS = 10;
/** The grid reaches this fraction of the window past each side. */
const MARGIN = 0.06;

/** Rounds to four decimals, finer than a pixel of the chart; `|| 0`: no −0, which JSON cannot keep. */
const round = (v: number): number => Math.round(v * 1e4) / 1e4 || 0;

/** `newton` adds Newton's method, w ← w − H⁻¹∇L, after the optimizers. */
export function optimizerPlot(name: SurfaceName, decimals: number, steps?: number, optimizers: readonly PlotOptimizer[] = PLOTTED_OPTIMIZERS, newton = false): OptimizerPlotView {
	const s = surfaceOf(name);
	const newtonPaths: OptimizerPath[] = [];
	if (newton) {
		const points = descendNewton(s, steps ?? s.steps);
		const last = points[points.length - 1] ?? s.start;
		newtonPaths.push({ optimizer: 'newton', points: points.map(([x, y]): [number, number] => [round(x), round(y)]), finalLoss: s.loss(last[0], last[1]) });
	}
	return {
		kind: 'optimizers',
		surface: name,
		x: s.x,
		y: s.y,
		start: s.start,
		minimum: s.minimum,
		landmarks: s.landmarks ?? [],
		paths: [
			...optimizers.map((optimizer): OptimizerPath => {
				const points = descend(s, optimizer, steps ?? s.steps);
				const last = points[points.length - 1] ?? s.start;
				const rounded = points.map(([x, y]): [number, number] => [round(x), round(y)]);
				return { optimizer, learningRate: s.learningRates[optimizer], points: rounded, finalLoss: s.loss(last[0], last[1]) };
			}),
			...newtonPaths
		],
		decimals
	};
}

/** Whether the surface draws its own contour levels rather than halvings of the top. */
export function ownLevels(name: SurfaceName): boolean {
	return surfaceOf(name).contourLevels !== undefined;
}

/** One contour level: its loss and its closed rings in (θ₁, θ₂). */
export interface ContourLevel {
	value: number;
	rings: [number, number][][];
}

/**
 * The surface's contour lines over its window, lowest level first. Each ring bounds the region where
 * L ≤ level (d3-contour traces regions at or above a threshold, so it is given −L). The grid reaches a
 * little past the window, so a ring cut by the grid's edge runs along it outside the window (drawings clip).
 */
export function surfaceContours(name: SurfaceName): ContourLevel[] {
	const s = surfaceOf(name);
	// a margin past the window, so a ring's run along the grid's edge falls outside the drawing
	const [x0, x1] = [s.x[0] - MARGIN * (s.x[1] - s.x[0]), s.x[1] + MARGIN * (s.x[1] - s.x[0])];
	const [y0, y1] = [s.y[0] - MARGIN * (s.y[1] - s.y[0]), s.y[1] + MARGIN * (s.y[1] - s.y[0])];
	const dx = (x1 - x0) / GRID;
	const dy = (y1 - y0) / GRID;
	// d3-contour puts value i at i + 0.5, the centre of cell i
	const values = new Array<number>(GRID * GRID);
	for (let j = 0; j < GRID; j++) for (let i = 0; i < GRID; i++) values[i + j * GRID] = -s.loss(x0 + (i + 0.5) * dx, y0 + (j + 0.5) * dy);
	const top = -Math.min(...values);
	const bottom = -Math.max(...values);
	const levels = (s.contourLevels ?? Array.from({ length: LEVELS }, (_, k) => top / 2 ** (k + 1))).filter((v) => v > bottom && v < top);
	const lines = contours()
		.size([GRID, GRID])
		.thresholds(levels.map((v) => -v))(values);
	return lines
		.map((c) => ({
			value: -c.value,
			rings: c.coordinates.flatMap((polygon) => polygon.map((ring) => ring.map(([cx = 0, cy = 0]): [number, number] => [x0 + cx * dx, y0 + cy * dy])))
		}))
		.sort((a, b) => a.value - b.value);
}
