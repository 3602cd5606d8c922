/** The mistakes the engine can name, each with a stable code and a short explanation in both languages. */
import type { Lang } from '../lesson/view';

export const MISCONCEPTIONS = {
	'sign-flip': {
		en: 'The sign is flipped: the loss grows as the output moves past the target, so its derivative goes with output − target: ŷ − t for ½(t − ŷ)², 2(a − y) for (a − y)², not t − ŷ.',
		es: 'El signo está invertido: la pérdida crece cuando la salida se aleja del objetivo, así que su derivada va con salida − objetivo: ŷ − t para ½(t − ŷ)², 2(a − y) para (a − y)², no t − ŷ.'
	},
	'missing-activation-derivative': {
		en: "An activation's derivative is missing: going back through a neuron multiplies by the slope of its activation, σ′ = n(1 − n) for a sigmoid.",
		es: 'Falta la derivada de una activación: al retroceder a través de una neurona se multiplica por la pendiente de su activación, σ′ = n(1 − n) para una sigmoide.'
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
		en: 'Off by a factor of two: the square brings down a 2, which a ½ in front cancels: ½(t − ŷ)² gives ŷ − t, but (a − y)² gives 2(a − y).',
		es: 'Hay un factor dos de más o de menos: el cuadrado baja un 2, que solo un ½ delante cancela: ½(t − ŷ)² da ŷ − t, pero (a − y)² da 2(a − y).'
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
