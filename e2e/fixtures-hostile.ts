/** A lesson whose every prose field tries to run code or smuggle markup; it must render inert. */
const evil = {
	es: 'Hola <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> [clic](javascript:window.__pwned=3) $\\href{javascript:window.__pwned=4}{x}$ $\\htmlData{foo=bar}{y}$ <a href="javascript:alert(1)">a</a> [ok](https://example.org)',
	en: 'Hello <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> [click](javascript:window.__pwned=3) $\\href{javascript:window.__pwned=4}{x}$ $\\htmlData{foo=bar}{y}$ <a href="javascript:alert(1)">a</a> [ok](https://example.org)'
};

export const hostileLesson = JSON.stringify(
	{
		id: 'hostile',
		title: evil,
		summary: evil,
		model: {
			inputs: { x: 1 },
			params: { w: 0.5 },
			nodes: [{ name: 'L', expr: 'x*w' }],
			loss: 'L',
			learningRate: 0.1
		},
		steps: [
			{ kind: 'text', title: { es: 'Texto', en: 'Text' }, body: evil, careful: evil },
			{ kind: 'forward', nodes: 'all', body: evil }
		]
	},
	null,
	2
);
