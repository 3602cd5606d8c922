/**
 * The interface words every page needs, a lesson step's frame among them, in English and Spanish. `Messages` is
 * the type of the English dictionary, so a key missing (or mistyped) in Spanish is a TypeScript error. The words
 * only a step's islands use are in islands.ts, and those of the pages beyond the steps in tools.ts, so a step's
 * first load carries neither. Lesson content is not here: it comes translated from the lesson files.
 */
import type { Lang } from './lang';

/** 2, 4 and 7: step numbers in words. */
function listOf(ns: readonly number[], and: string): string {
	return ns.length < 2 ? ns.join('') : `${ns.slice(0, -1).join(', ')} ${and} ${ns[ns.length - 1]}`;
}

export const en = {
	appName: 'Cadena',
	skipToContent: 'Skip to content',
	homeLink: 'Back to the lessons',
	/** This language's own name, shown on the control that switches to it. */
	languageName: 'English',
	languageSwitchLabel: 'Language',
	stepCount: (n: number) => (n === 1 ? '1 step' : `${n} steps`),
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
	scrollFormula: 'Wide formula: scroll sideways with the arrow keys',
	scrollCue: 'scroll →',
	checkProblemsHeading: 'While you edit: npm run lessons -- check finds these problems in this lesson.',
	variantOwn: (seed: number) => `New numbers (variant ${seed}), drawn for you: the whole lesson uses them.`,
	variantPreview: (seed: number) => `The numbers of variant ${seed}, from the link you opened: the whole lesson uses them.`,
	variantAuthored: 'The lesson’s own numbers, as in the course notes.',
	variantHeading: 'Numbers',
	newNumbers: 'New numbers',
	newNumbersHelp: 'Draws new numbers for the whole lesson, to practise again; your answers so far stay in your progress.',
	authoredNumbers: 'The lesson’s numbers',
	variantLink: 'Link to these numbers',
	copyVariantLink: 'Copy it',
	variantLinkCopied: 'Link copied.',
	variantLinkNotCopied: 'The browser did not let the link be copied: copy it from the address of “Link to these numbers”.',
	variantLoading: 'Drawing the numbers…',
	firstStep: 'This is the first step',
	lastStep: 'This is the last step',
	nextLesson: 'Next lesson',
	keyboardHint: 'Tip: the ← and → keys move between steps.',
	allSteps: 'All steps',
	currentStep: '(current step)',
	careful: 'Careful:',
	errorTitle: 'Something went wrong',
	notFoundTitle: 'Page not found',
	notFoundBody: 'There is no lesson or step at this address. It may have been renamed, or the step number may be past the end of the lesson.',
	errorBody: (status: number) => `The page could not be shown (error ${status}).`,
	graphSummary: 'The graph of this step',
	notation: 'Notation in this lesson:',
	// class: worksheets, keys and a student's own numbers
	worksheetLink: 'Worksheet to print',
	variantStudent: (name: string, seed: number) => `These are ${name}’s own numbers (variant ${seed}), the same as on their worksheet.`,
	// which steps a save changed (the step page under npm start, and the Open page)
	previewChangesHeading: 'Changed since this lesson was last opened here',
	previewChanged: (first: number, ...more: number[]) => (more.length === 0 ? `Step ${first} changed.` : `Steps ${listOf([first, ...more], 'and')} changed.`),
	previewAdded: (first: number, ...more: number[]) => (more.length === 0 ? `Step ${first} is new.` : `Steps ${listOf([first, ...more], 'and')} are new.`),
	previewRemoved: (first: number, ...more: number[]) =>
		more.length === 0 ? `Step ${first} of the last version was removed.` : `Steps ${listOf([first, ...more], 'and')} of the last version were removed.`,
	previewUnchanged: 'No step changed since this lesson was last opened here.',
	previewGoTo: (n: number) => `Go to step ${n}`,
};

export type Messages = typeof en;

export const es: Messages = {
	appName: 'Cadena',
	skipToContent: 'Saltar al contenido',
	homeLink: 'Volver a las lecciones',
	languageName: 'Español',
	languageSwitchLabel: 'Idioma',
	stepCount: (n) => (n === 1 ? '1 paso' : `${n} pasos`),
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
	scrollFormula: 'Fórmula ancha: desplázala a los lados con las flechas',
	scrollCue: 'desliza →',
	checkProblemsHeading: 'Mientras editas: npm run lessons -- check encuentra estos problemas en esta lección.',
	variantOwn: (seed) => `Números nuevos (variante ${seed}), elegidos al azar para ti: toda la lección los usa.`,
	variantPreview: (seed) => `Los números de la variante ${seed}, del enlace que abriste: toda la lección los usa.`,
	variantAuthored: 'Los números propios de la lección, los de los apuntes.',
	variantHeading: 'Números',
	newNumbers: 'Números nuevos',
	newNumbersHelp: 'Elige al azar números nuevos para toda la lección, para practicar otra vez; tus respuestas anteriores se quedan en tu progreso.',
	authoredNumbers: 'Números de la lección',
	variantLink: 'Enlace a estos números',
	copyVariantLink: 'Copiarlo',
	variantLinkCopied: 'Enlace copiado.',
	variantLinkNotCopied: 'El navegador no dejó copiar el enlace: cópialo de la dirección de «Enlace a estos números».',
	variantLoading: 'Calculando los números…',
	firstStep: 'Este es el primer paso',
	lastStep: 'Este es el último paso',
	nextLesson: 'Siguiente lección',
	keyboardHint: 'Consejo: las teclas ← y → pasan de un paso a otro.',
	allSteps: 'Todos los pasos',
	currentStep: '(paso actual)',
	careful: 'Cuidado:',
	errorTitle: 'Algo ha ido mal',
	notFoundTitle: 'Página no encontrada',
	notFoundBody: 'No hay ninguna lección ni paso en esta dirección. Puede que haya cambiado de nombre o que el número de paso pase del final de la lección.',
	errorBody: (status) => `No se ha podido mostrar la página (error ${status}).`,
	graphSummary: 'El grafo de este paso',
	notation: 'Notación de esta lección:',
	// class: worksheets, keys and a student's own numbers
	worksheetLink: 'Hoja para imprimir',
	variantStudent: (name, seed) => `Estos son los números de ${name} (variante ${seed}), los mismos que en su hoja de ejercicios.`,
	// which steps a save changed (the step page under npm start, and the Open page)
	previewChangesHeading: 'Cambios desde la última vez que se abrió esta lección aquí',
	previewChanged: (first, ...more) => (more.length === 0 ? `Cambió el paso ${first}.` : `Cambiaron los pasos ${listOf([first, ...more], 'y')}.`),
	previewAdded: (first, ...more) => (more.length === 0 ? `El paso ${first} es nuevo.` : `Los pasos ${listOf([first, ...more], 'y')} son nuevos.`),
	previewRemoved: (first, ...more) =>
		more.length === 0 ? `Se quitó el paso ${first} de la versión anterior.` : `Se quitaron los pasos ${listOf([first, ...more], 'y')} de la versión anterior.`,
	previewUnchanged: 'Ningún paso cambió desde la última vez que se abrió esta lección aquí.',
	previewGoTo: (n) => `Ir al paso ${n}`,
};

const dictionaries: Record<Lang, Messages> = { en, es };

/** The interface strings for one language. */
export function t(lang: Lang): Messages {
	return dictionaries[lang];
}
