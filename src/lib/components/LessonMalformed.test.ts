import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LessonMalformed from './LessonMalformed.svelte';
import LessonProblemNotice from './LessonProblemNotice.svelte';

const problem = { slug: 'broken', file: 'lessons/02-broken/lesson.json', messages: ['3:5 "steps" is missing', 'a <b> tag'] };

describe('a malformed lesson', () => {
	it('is explained on its page: the file, every message as text, a way home', () => {
		const { body } = render(LessonMalformed, { props: { lang: 'es', problem } });
		expect(body).toContain('Esta lección está mal formada');
		expect(body).toContain('lessons/02-broken/lesson.json');
		expect(body).toContain('3:5 "steps" is missing');
		expect(body).toContain('a &lt;b> tag');
		expect(body).toContain('href="/es/"');
	});

	it('is listed on the index', () => {
		const { body } = render(LessonProblemNotice, { props: { lang: 'en', problems: [problem] } });
		expect(body).toContain('The lesson file lessons/02-broken/lesson.json is malformed:');
		expect(body).toContain('3:5 "steps" is missing');
	});
});
