import { describe, expect, it } from 'vitest';
import { linkIslandStyles } from './island-styles';

const SHEETS = new Map([
	['exercise', ['_app/immutable/assets/Exercise.abc.css']],
	['graph', ['_app/immutable/assets/GraphPanel.def.css', '_app/immutable/assets/shared.css']],
	['progress', ['_app/immutable/assets/shared.css']]
]);

describe("the islands' stylesheets in a prerendered page", () => {
	it('links each stylesheet of the islands present once, relative to the page, in the head', () => {
		// Arrange
		const html = '<head><link href="../../../_app/immutable/assets/0.css" rel="stylesheet"></head><body><div class="island" data-island="graph"></div><div data-island="progress"></div></body>';

		// Act
		const page = linkIslandStyles(html, '/en/worked-example/3/', SHEETS);

		// Assert
		const head = page.slice(0, page.indexOf('</head>'));
		expect(head).toContain('<link href="../../../_app/immutable/assets/GraphPanel.def.css" rel="stylesheet">');
		expect(head.match(/shared\.css/g)).toHaveLength(1);
		expect(head).not.toContain('Exercise');
	});

	it('adds nothing to a page without islands, or one that links the stylesheet already', () => {
		// Arrange
		const plain = '<head></head><body><p>index</p></body>';
		const linked = '<head><link href="../../../_app/immutable/assets/Exercise.abc.css" rel="stylesheet"></head><body><div data-island="exercise"></div></body>';

		// Act, Assert
		expect(linkIslandStyles(plain, '/en/', SHEETS)).toBe(plain);
		expect(linkIslandStyles(linked, '/en/x/1/', SHEETS)).toBe(linked);
	});
});
