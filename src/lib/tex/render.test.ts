import { describe, expect, it } from 'vitest';
import { remoteImages, renderMarkdown, renderTex } from './render';

// Lesson text is untrusted: it renders as text, links are http(s) only, images the site's own, KaTeX runs without trust.
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

	it.each([
		['![a chain](/images/chain.png)', '<img src="/images/chain.png" alt="a chain">'],
		['![dot](data:image/png;base64,iVBORw0KGgo=)', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">']
	])('shows an image the site ships: %s', (text, img) => {
		expect(renderMarkdown(text)).toContain(img);
	});

	it.each([
		['![a chain](https://tracker.example/chain.png)', 'https://tracker.example/chain.png'],
		['![a chain](http://tracker.example/chain.png)', 'http://tracker.example/chain.png'],
		['![a chain](//tracker.example/chain.png)', '//tracker.example/chain.png']
	])('never fetches a remote image, %s: its alt text links to it instead', (text, address) => {
		const html = renderMarkdown(text);

		expect(html).not.toContain('<img');
		expect(html).toMatch(/<a href="[^"]*" rel="noopener noreferrer nofollow">a chain<\/a>/);
		expect(html).toContain(address);
		expect(remoteImages(text)).toHaveLength(1);
	});

	it('names a remote image with no alt text by its address', () => {
		expect(renderMarkdown('![](https://tracker.example/x.png)')).toContain('>https://tracker.example/x.png</a>');
	});

	it('lists remote images only', () => {
		const text = '![a](/a.png) then ![b](https://x.example/b.png), [a link](https://x.example/) and ![c](//y.example/c.gif)';

		expect(remoteImages(text)).toEqual(['https://x.example/b.png', '//y.example/c.gif']);
	});

	it('keeps a link to a site path or a data: image as its plain text', () => {
		expect(renderMarkdown('[lesson 3](/en/worked-example/1/)')).toBe('<p>lesson 3</p>\n');
		expect(renderMarkdown('[x](data:image/png;base64,iVBORw0KGgo=)')).toBe('<p>x</p>\n');
	});

	it.each([
		['an image whose alt names a marker, then math', '![MATHSLOT0END](/images/i.png) $x$'],
		['an image with math in its alt', '![the weight $w_5$](/images/i.png)'],
		['a link with math in its address and title', '[a](https://example.org/$x$ "$y$")'],
		['a link whose address names a marker', '$x$ [a](https://example.org/MATHSLOT0END)']
	])('keeps KaTeX markup out of attributes: %s', (_what, text) => {
		const html = renderMarkdown(text);
		// an attribute value holds no tag and no KaTeX class: math there stays as written
		for (const [, value] of html.matchAll(/\s(?:alt|href|title|src)="([^"]*)"/g)) {
			expect(value).not.toMatch(/katex|<|&lt;span/);
		}
	});

	it('renders math inside link text, and an image alt keeps the formula as written', () => {
		expect(renderMarkdown('[the weight $w_5$](https://example.org)')).toMatch(/<a [^>]*>the weight <span class="katex">/);
		expect(renderMarkdown('![the weight $w_5$](/images/i.png)')).toContain('alt="the weight $w_5$"');
		// a lesson that writes the marker itself gets its own words back
		expect(renderMarkdown('![MATHSLOT0END](/images/i.png) $x$')).toContain('alt="MATHSLOT0END"');
	});

	it('renders $…$ with MathML for screen readers', () => {
		expect(renderMarkdown('the factor $n_1(1 - n_1)$')).toContain('<math');
	});

	it('limits macro expansion: a bomb becomes an error note, not a hang', () => {
		const bomb = '\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{\\e\\e}\\def\\e{\\f\\f}\\def\\f{xx}' + '\\a'.repeat(50);
		expect(renderTex(bomb, false)).toContain('tex-error');
	});
});

describe('inline formulas in running text', () => {
	it('keeps a one-piece inline formula and the punctuation after it together, and leaves displays and bare formulas as they are', () => {
		const html = renderMarkdown('The target is $y$, and the loss $L$. Then $$a = b$$ and $z$ alone.');
		expect(html).toMatch(/<span class="math-nobr"><span class="katex">.*?<\/span>,<\/span> and the loss/);
		expect(html).toMatch(/<span class="math-nobr"><span class="katex">.*?<\/span>\.<\/span> Then/);
		expect(html.match(/math-nobr/g)).toHaveLength(2);
	});

	it('ties a formula that may break after = to its comma with a word joiner, so it still breaks inside', () => {
		const html = renderMarkdown('an input layer ($x_1 = 0.1$, $x_2 = 0.5$), then');
		expect(html.match(/\u2060/g)).toHaveLength(2);
		expect(html).not.toContain('math-nobr');
	});

	it('escapes the text around it as before', () => {
		expect(renderMarkdown('$x$, <b>')).toContain(',</span> &lt;b&gt;');
	});
});
