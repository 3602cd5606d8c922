/** The mistakes the engine can name, each with a stable code and a short explanation in both languages. */
import type { Lang } from '../lesson/view';

export const MISCONCEPTIONS = {
	'sign-flip': {
		en: 'The sign is flipped: the derivative of ½(t − ŷ)² with respect to ŷ is ŷ − t, not t − ŷ.',
		es: 'El signo está invertido: la derivada de ½(t − ŷ)² respecto de ŷ es ŷ − t, no t − ŷ.'
	},
	'missing-activation-derivative': {
		en: "An activation's derivative is missing: going back through a neuron multiplies by σ′, written n(1 − n).",
		es: 'Falta la derivada de una activación: al retroceder a través de una neurona se multiplica por σ′, escrita n(1 − n).'
	},
	'wrong-activation-derivative': {
		en: "That is not σ′: the sigmoid's derivative is its output times one minus its output, n(1 − n), with n the neuron's output, not σ(z) and not z(1 − z).",
		es: 'Eso no es σ′: la derivada de la sigmoide es su salida por uno menos su salida, n(1 − n), con n la salida de la neurona, no σ(z) ni z(1 − z).'
	},
	'missing-path': {
		en: 'A path is missing: this weight reaches the loss through more than one output, and the chain rule adds every path.',
		es: 'Falta un camino: este peso llega a la pérdida por más de una salida, y la regla de la cadena suma todos los caminos.'
	},
	'used-updated-weight': {
		en: 'You used an updated weight: every gradient of this iteration is taken with the original weights.',
		es: 'Usaste un peso ya actualizado: todos los gradientes de esta iteración se calculan con los pesos originales.'
	},
	'preactivation-for-activation': {
		en: "You used the weighted sum where the neuron's output belongs: after the sum comes the activation.",
		es: 'Usaste la suma pesada donde va la salida de la neurona: después de la suma viene la activación.'
	},
	'factor-of-two': {
		en: 'Off by a factor of two: check the ½ of the error, which cancels the 2 of the square.',
		es: 'Hay un factor dos de más o de menos: revisa el ½ del error, que se cancela con el 2 del cuadrado.'
	},
	'update-direction': {
		en: 'The update goes the wrong way: w⁺ = w − η·∂E/∂w moves against the gradient.',
		es: 'La actualización va en sentido contrario: w⁺ = w − η·∂E/∂w se mueve contra el gradiente.'
	},
	'wrong-precision': {
		en: 'Right value, but not with the number of decimals asked for: round it to exactly that many.',
		es: 'El valor es correcto, pero no con los decimales que se piden: redondéalo a exactamente esos.'
	},
	'missing-learning-rate': {
		en: 'The learning rate is missing: w⁺ = w − η·∂E/∂w, with η multiplying the gradient.',
		es: 'Falta la tasa de aprendizaje: w⁺ = w − η·∂E/∂w, con η multiplicando al gradiente.'
	}
} as const satisfies Record<string, Record<Lang, string>>;

export type MisconceptionCode = keyof typeof MISCONCEPTIONS;
