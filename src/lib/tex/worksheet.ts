/**
 * A lesson on paper: every step of one variant on one page, for printing. The worksheet leaves a blank
 * under each exercise; the key, which stays with the teacher, gives the engine's answer and its worked
 * solution. Built from the same step pages the site shows (formulas already typeset by KaTeX, MathML
 * included), so the figures on paper are the site's for that student's numbers.
 */
import type { IslandMessages } from '../i18n/islands';
import type { Messages } from '../i18n/messages';
import { tp, type ToolMessages } from '../i18n/tools';
import type { Lang } from '../i18n/lang';
import type { Block, StepPage } from '../lesson/view';
import { formatNumber } from './format';
import { escapeHtml } from './render';

export interface WorksheetOptions {
	lang: Lang;
	/** The student's name as they gave it, printed at the top. */
	student?: string;
	/** The seed of the numbers (absent: the lesson's authored numbers). */
	seed?: number;
	/** The teacher's key: answers and worked solutions instead of blanks. */
	key: boolean;
}

/** A number as the lesson shows it: its decimals, a decimal comma in Spanish. */
function shown(value: number, decimals: number, lang: Lang): string {
	const text = formatNumber(value, decimals);
	return lang === 'es' ? text.replace('.', ',') : text;
}

function blockHtml(block: Block, m: Messages & IslandMessages & ToolMessages, options: WorksheetOptions): string {
	switch (block.type) {
		case 'prose':
			return `<div class="ws-prose">${block.html}</div>`;
		case 'math':
			return `<div class="ws-math">${block.html}</div>`;
		case 'careful':
			return `<aside class="ws-careful"><p class="ws-label">⚠ ${escapeHtml(m.careful)}</p>${block.html}</aside>`;
		case 'notation':
			return `<aside class="ws-notation"><p class="ws-label">ℹ ${escapeHtml(m.notation)}</p>${block.html}</aside>`;
		case 'heading':
			return `<h3>${escapeHtml(block.text)}</h3>`;
		case 'plot':
			return `${block.html ? `<div class="ws-math">${block.html}</div>` : ''}<p class="ws-elsewhere">${escapeHtml(m.worksheetOnSite)}</p>`;
		case 'prove':
		case 'train':
			return `<p class="ws-elsewhere">${escapeHtml(m.worksheetOnSite)}</p>`;
		case 'exercise': {
			const ex = block.exercise;
			const head = `<section class="ws-exercise" data-exercise="${escapeHtml(ex.id)}"><h3>${escapeHtml(m.exerciseHeading)}</h3>${ex.promptHtml}`;
			if (!options.key) return `${head}<div class="ws-blank"><span class="ws-blank-label">${escapeHtml(m.yourAnswer)}:</span></div></section>`;
			const value = ex.count ? String(Math.round(ex.expected)) : shown(ex.expected, ex.askedDecimals ?? ex.decimals, options.lang);
			const solution = ex.solution.map((b) => blockHtml(b, m, options)).join('');
			return `${head}<p class="ws-answer" data-expected="${ex.expected}">${escapeHtml(m.worksheetAnswer)}: <strong>${escapeHtml(value)}</strong></p><div class="ws-solution">${solution}</div></section>`;
		}
	}
}

/** The worksheet's body: a heading, then each step on its own sheet. */
export function worksheetBody(pages: readonly StepPage[], options: WorksheetOptions): string {
	const first = pages[0];
	if (!first) return '';
	const m = tp(options.lang);
	const who = [
		options.student === undefined ? '' : `${escapeHtml(m.worksheetStudent)}: <strong>${escapeHtml(options.student)}</strong>`,
		options.seed === undefined ? escapeHtml(m.worksheetAuthored) : escapeHtml(m.worksheetNumbers(options.seed))
	].filter((s) => s !== '');
	const steps = pages.map(
		(page) =>
			`<section class="ws-step" data-step="${page.index}"><h2>${page.index}. ${escapeHtml(page.step.title)}</h2>${page.step.blocks.map((b) => blockHtml(b, m, options)).join('')}</section>`
	);
	return `<header class="ws-header"><p class="ws-kind">${escapeHtml(options.key ? m.worksheetKey : m.worksheetTitle)}</p><h1>${escapeHtml(first.lesson.title)}</h1><p>${who.join(' · ')}</p></header>${steps.join('')}`;
}


/**
 * A whole HTML file for the command line: KaTeX's stylesheet beside it, in `katex/`; `css` is the print
 * layout (worksheet.css, which the site's print page imports too).
 */
export function worksheetDocument(pages: readonly StepPage[], options: WorksheetOptions, css: string): string {
	const title = pages[0]?.lesson.title ?? '';
	const m = tp(options.lang);
	const heading = `${options.key ? m.worksheetKey : m.worksheetTitle} · ${title}${options.student ? ` · ${options.student}` : ''}`;
	return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<link rel="stylesheet" href="katex/katex.min.css">
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; color: #000; }
${css}
</style>
</head>
<body>
${worksheetBody(pages, options)}
</body>
</html>
`;
}
