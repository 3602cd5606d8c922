/**
 * Lessons too big for a teacher to mean them, made in code so no large file is kept in the repository.
 * Each once froze the Open page's tab; the journey checks it now answers with a message instead.
 */

const model = { inputs: { x: 1 }, params: { w: 0.5 }, nodes: [{ name: 'L', expr: 'x*w' }], loss: 'L', learningRate: 0.1 };

/** `formulas` inline formulas, shared evenly by `steps` text steps (half in Spanish, half in English). */
export function manyFormulas(formulas: number, steps: number): string {
	const perProse = Math.ceil(formulas / steps / 2);
	const prose = (lang: string, s: number): string =>
		Array.from({ length: perProse }, (_, k) => `${lang} $w_{${s}} x^{${k}} + \\frac{1}{${k + 1}}$`).join(' · ');
	return JSON.stringify({
		id: 'many-formulas',
		title: { es: 'Muchas fórmulas', en: 'Many formulas' },
		summary: { es: 'Una lección enorme.', en: 'A huge lesson.' },
		model,
		steps: Array.from({ length: steps }, (_, s) => ({
			kind: 'text',
			title: { es: `Paso ${s + 1}`, en: `Step ${s + 1}` },
			body: { es: prose('es', s), en: prose('en', s) }
		}))
	});
}

/** A chain of `nodes` nodes, each multiplying the last by w, with a forward and a backward step. */
export function hugeModel(nodes: number): string {
	const chain = Array.from({ length: nodes }, (_, i) => ({ name: `n${i}`, expr: i === 0 ? 'x*w' : `n${i - 1}*w` }));
	return JSON.stringify({
		id: 'huge-model',
		title: { es: 'Modelo enorme', en: 'Huge model' },
		summary: { es: 'Demasiados nodos.', en: 'Too many nodes.' },
		model: { ...model, nodes: chain, loss: `n${nodes - 1}` },
		steps: [
			{ kind: 'forward', nodes: 'all' },
			{ kind: 'backward', param: 'w' }
		]
	});
}

/** A valid lesson padded with prose to about `megabytes` MB. */
export function hugeFile(megabytes: number): string {
	const filler = 'lorem ipsum '.repeat(Math.ceil((megabytes * 1024 * 1024) / 24));
	return JSON.stringify({
		id: 'huge-file',
		title: { es: 'Archivo enorme', en: 'Huge file' },
		summary: { es: 'Mucho texto.', en: 'A lot of text.' },
		model,
		steps: [{ kind: 'text', title: { es: 'Texto', en: 'Text' }, body: { es: filler, en: filler } }]
	});
}
