import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderTex } from './render';

// Lesson text is untrusted: it renders as text, links are http(s) only, KaTeX runs without trust.
describe('rendering untrusted lesson text', () => {
	it.each([
		['<script>alert(1)</script>', /<script/],
		['<img src=x onerror=alert(1)>', /<img/],
		['[x](javascript:alert(1))', /href="javascript:/],
		['[x](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/],
		['[x](vbscript:msgbox)', /href="vbscript:/],
		['<a href="javascript:alert(1)">a</a>', /<a /],
		['$\\href{javascript:alert(1)}{x}$', /href="javascript:/],
		['$\\htmlData{foo=bar}{x}$', /data-foo/],
		['$\\url{javascript:alert(1)}$', /href="javascript:/],
		['<iframe src="https://evil.example"></iframe>', /<iframe/],
		['<svg onload=alert(1)>', /<svg onload/]
	])('%s renders inert', (text, forbidden) => {
		expect(renderMarkdown(text)).not.toMatch(forbidden);
	});

	it('keeps http(s) links, opened without handing over the page', () => {
		const html = renderMarkdown('[notes](https://example.org/a)');
		expect(html).toContain('href="https://example.org/a"');
		expect(html).toContain('rel="noopener noreferrer nofollow"');
	});

	it('renders $…$ with MathML for screen readers', () => {
		expect(renderMarkdown('the factor $n_1(1 - n_1)$')).toContain('<math');
	});

	it('limits macro expansion: a bomb becomes an error note, not a hang', () => {
		const bomb = '\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{\\e\\e}\\def\\e{\\f\\f}\\def\\f{xx}' + '\\a'.repeat(50);
		expect(renderTex(bomb, false)).toContain('tex-error');
	});
});
