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
		en: 'A path is missing: there is more than one path from the loss down to this name, and the chain rule adds them all.',
		es: 'Falta un camino: de la pérdida a este nombre baja más de un camino, y la regla de la cadena los suma todos.'
	},
	'used-updated-weight': {
		en: 'You used an updated weight: every gradient of this iteration is taken with the original weights.',
		es: 'Usaste un peso ya actualizado: todos los gradientes de esta iteración se calculan con los pesos originales.'
	},
	'preactivation-for-activation': {
		en: "You used the weighted sum where the neuron's output belongs: after the sum comes the activation.",
		es: 'Usaste la suma ponderada donde va la salida de la neurona: después de la suma viene la activación.'
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
	},
	'forgot-half': {
		en: 'The ½ in front of the square is missing: this error is ½(t − ŷ)², half the square, and your answer is the whole square.',
		es: 'Falta el ½ delante del cuadrado: este error es ½(t − ŷ)², la mitad del cuadrado, y tu respuesta es el cuadrado entero.'
	},
	'extra-half': {
		en: 'There is no ½ here: this loss is the whole square, as in (a − y)², and your answer is half of it.',
		es: 'Aquí no hay ningún ½: esta pérdida es el cuadrado entero, como (a − y)², y tu respuesta es la mitad.'
	},
	'other-edge': {
		en: 'That is the factor of another edge into the same node. Each edge has its own: in a weighted sum, the derivative with respect to one input is the weight on that input\'s edge, and with respect to a weight, the input that weight multiplies.',
		es: 'Ese es el factor de otra arista que llega al mismo nodo. Cada arista tiene el suyo: en una suma ponderada, la derivada respecto de una entrada es el peso de la arista de esa entrada, y respecto de un peso, la entrada que ese peso multiplica.'
	}
} as const satisfies Record<string, Record<Lang, string>>;

export type MisconceptionCode = keyof typeof MISCONCEPTIONS;
