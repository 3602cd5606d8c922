import { describe, expect, it } from 'vitest';
import fixture from '../lib/engine/fixtures/worked-example.json';
import { denseNetwork, mustBuild, mustBuildNetwork, mustTrace, wideTanhModel } from '../lib/engine/testing';
import type { Trace } from '../lib/engine';
import { traceJson, writeTraceJson } from './trace-json';

// The trace command prints its JSON in pieces; a teacher's tools read the same text as printing it whole.
function written(t: Trace): { text: string; pieces: number } {
	const pieces: string[] = [];
	writeTraceJson(t, (text) => pieces.push(text));
	return { text: pieces.join(''), pieces: pieces.length };
}

describe('writeTraceJson', () => {
	it.each([
		['the worked example', () => mustTrace(mustBuild(fixture.model))],
		['a net with more paths than a JSON number holds', () => mustTrace(mustBuildNetwork(denseNetwork(60, 2, 'tanh')))],
		['a wide model, every parameter listed', () => mustTrace(mustBuild(wideTanhModel(120)))],
		[
			'a model with no parameters',
			() => mustTrace(mustBuild({ inputs: { x: 2 }, targets: {}, params: {}, constants: {}, nodes: [{ name: 'L', expr: 'x^2' }], loss: 'L', learningRate: 0.1 }))
		]
	])('prints %s exactly as JSON.stringify(traceJson, null, 2) does', (_what, make) => {
		// Arrange
		const t = make();

		// Act
		const { text, pieces } = written(t);

		// Assert
		expect(text).toBe(JSON.stringify(traceJson(t), null, 2));
		expect(pieces).toBeGreaterThan(1);
	});

	it('gives a count beyond 2^53 as an exact string and lists no path for it', () => {
		// 60 layers of 2 tanh neurons: a path from a first-layer weight picks one of 2 neurons in each of the
		// 59 layers above it (the last one the outputs), so 2⁵⁹ > 2⁵³ paths
		const t = mustTrace(mustBuildNetwork(denseNetwork(60, 2, 'tanh')));
		const out = JSON.parse(written(t).text);
		expect(out.paths.w1_1_1).toEqual({ count: String(2n ** 59n) });
		expect(out.paths.w60_1_1.count).toBe(1);
		expect(out.paths.w60_1_1.items).toHaveLength(1);
	});
});
