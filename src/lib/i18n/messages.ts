/**
 * Every interface string, in English and Spanish. `Messages` is the type of the English dictionary, so a key
 * missing (or mistyped) in Spanish is a TypeScript error. Lesson content is not here: it comes translated
 * from the lesson files.
 */
import type { Lang } from '$lib/lesson/view';

export const en = {
	appName: 'Cadena',
	tagline: 'Backpropagation step by step: every value, every chain-rule factor, every weight update.',
	skipToContent: 'Skip to content',
	siteNav: 'Site',
	home: 'Home',
	homeLink: 'Back to the lessons',
	chooseLanguage: 'Choose your language',
	/** This language's own name, shown on the control that switches to it. */
	languageName: 'English',
	languageSwitchLabel: 'Language',
	lessonsHeading: 'Lessons',
	noLessons: 'There are no lessons yet.',
	lessonNumber: (n: number) => `Lesson ${n}`,
	stepCount: (n: number) => (n === 1 ? '1 step' : `${n} steps`),
	startLesson: (title: string) => `Start “${title}”`,
	problemsHeading: 'Some lessons could not be loaded',
	problemInFile: (file: string) => `The lesson file ${file} is malformed:`,
	lessonMalformedTitle: 'This lesson is malformed',
	lessonMalformedIntro: (file: string) =>
		`The lesson file ${file} has problems, so its steps cannot be shown. Whoever wrote it can run “npm run lessons -- check” to see them too.`,
	stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
	progressLabel: 'Progress through the lesson',
	stepNavLabel: 'Steps',
	previous: 'Previous',
	next: 'Next',
	previousStep: (title: string) => `Previous step: ${title}`,
	nextStep: (title: string) => `Next step: ${title}`,
	firstStep: 'This is the first step',
	lastStep: 'This is the last step',
	keyboardHint: 'Tip: the ← and → keys move between steps.',
	allSteps: 'All steps',
	currentStep: '(current step)',
	careful: 'Careful:',
	errorTitle: 'Something went wrong',
	notFoundTitle: 'Page not found',
	notFoundBody: 'There is no lesson or step at this address. It may have been renamed, or the step number may be past the end of the lesson.',
	errorBody: (status: number) => `The page could not be shown (error ${status}).`
};

export type Messages = typeof en;

export const es: Messages = {
	appName: 'Cadena',
	tagline: 'Retropropagación paso a paso: cada valor, cada factor de la regla de la cadena, cada actualización de pesos.',
	skipToContent: 'Saltar al contenido',
	siteNav: 'Sitio',
	home: 'Inicio',
	homeLink: 'Volver a las lecciones',
	chooseLanguage: 'Elige tu idioma',
	languageName: 'Español',
	languageSwitchLabel: 'Idioma',
	lessonsHeading: 'Lecciones',
	noLessons: 'Todavía no hay lecciones.',
	lessonNumber: (n) => `Lección ${n}`,
	stepCount: (n) => (n === 1 ? '1 paso' : `${n} pasos`),
	startLesson: (title) => `Empezar «${title}»`,
	problemsHeading: 'Algunas lecciones no se han podido cargar',
	problemInFile: (file) => `El archivo de lección ${file} está mal formado:`,
	lessonMalformedTitle: 'Esta lección está mal formada',
	lessonMalformedIntro: (file) =>
		`El archivo de lección ${file} tiene problemas, así que sus pasos no se pueden mostrar. Quien la escribió puede ejecutar «npm run lessons -- check» para verlos también.`,
	stepOf: (n, total) => `Paso ${n} de ${total}`,
	progressLabel: 'Avance en la lección',
	stepNavLabel: 'Pasos',
	previous: 'Anterior',
	next: 'Siguiente',
	previousStep: (title) => `Paso anterior: ${title}`,
	nextStep: (title) => `Paso siguiente: ${title}`,
	firstStep: 'Este es el primer paso',
	lastStep: 'Este es el último paso',
	keyboardHint: 'Consejo: las teclas ← y → pasan de un paso a otro.',
	allSteps: 'Todos los pasos',
	currentStep: '(paso actual)',
	careful: 'Cuidado:',
	errorTitle: 'Algo ha ido mal',
	notFoundTitle: 'Página no encontrada',
	notFoundBody: 'No hay ninguna lección ni paso en esta dirección. Puede que haya cambiado de nombre o que el número de paso pase del final de la lección.',
	errorBody: (status) => `No se ha podido mostrar la página (error ${status}).`
};

const dictionaries: Record<Lang, Messages> = { en, es };

/** The interface strings for one language. */
export function t(lang: Lang): Messages {
	return dictionaries[lang];
}
