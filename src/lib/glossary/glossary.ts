/**
 * The course's symbols and conventions, in both languages: the glossary page's content. Data only; the
 * page renders the TeX with KaTeX at build time. `lessons` names the lessons (by slug) where a symbol is
 * introduced or used the most, so a student can go back to it; a test checks that each slug exists.
 */
import type { Lang } from '../lesson/view';

export type Text = Record<Lang, string>;

export interface GlossaryEntry {
	/** The symbol as TeX, e.g. `\hat{y}`. */
	tex: string;
	/** What it is, one line; Markdown with $…$. */
	meaning: Text;
	lessons: readonly string[];
}

export interface GlossarySection {
	title: Text;
	entries: readonly GlossaryEntry[];
}

/** The conventions the course follows, and where a lesson differs (each such lesson says so at its start). */
export const CONVENTIONS: readonly Text[] = [
	{
		es: 'El **objetivo** (la respuesta correcta) es $y$, y la **predicción** de la red es $\\hat{y}$ (o $a$, la activación de la última neurona).',
		en: 'The **target** (the right answer) is $y$, and the network\'s **prediction** is $\\hat{y}$ (or $a$, the last neuron\'s activation).'
	},
	{
		es: 'La **pérdida** de un ejemplo es $L$; la pérdida cuadrática se escribe sin $\\frac{1}{2}$, $L = (\\hat{y} - y)^2$, como el error cuadrático medio de los apuntes, y su derivada es $2(\\hat{y} - y)$. El **costo** $C$ es la pérdida promediada sobre varios ejemplos.',
		en: 'The **loss** of one example is $L$; the squared loss is written without a $\\frac{1}{2}$, $L = (\\hat{y} - y)^2$, like the notes\' mean squared error, and its derivative is $2(\\hat{y} - y)$. The **cost** $C$ is the loss averaged over several examples.'
	},
	{
		es: 'Una **preactivación** (la suma ponderada) es $z$ y una **activación** es $a = \\sigma(z)$; $\\delta = \\frac{\\partial L}{\\partial z}$ es el error en una preactivación.',
		en: 'A **pre-activation** (the weighted sum) is $z$ and an **activation** is $a = \\sigma(z)$; $\\delta = \\frac{\\partial L}{\\partial z}$ is the error at a pre-activation.'
	},
	{
		es: 'Un subconjunto de ejemplos para un paso es un **minilote** (*mini-batch*).',
		en: 'A subset of examples for one step is a **mini-batch**.'
	},
	{
		es: 'Se apartan de esto, y lo dicen en un recuadro al empezar: el ejemplo resuelto (lección 3: $E_{\\mathrm{total}}$, $t$ y el $\\frac{1}{2}$ de los apuntes), XOR (lección 9: el costo $C$), la regularización (lección 11: $E$, $E_{\\mathrm{tr}}$, $E_{\\mathrm{val}}$), los optimizadores (lección 10: con $\\frac{1}{2}$), las activaciones (lección 6: tres objetivos, $y_s$, $y$ y $t$), la forma matricial (lección 8: $h$ y $z^h$ en la capa oculta) las redes profundas (lección 12: dos cadenas, $L_A$ y $L_B$, con $\\frac{1}{2}$ y objetivos $t$, $t_B$), los métodos de segundo orden y los programas de tasa (lecciones 16 y 17: con $\\frac{1}{2}$), lo que una red puede representar (lección 18: los errores $E_1$, $E_2$, $E_4$ de tres redes), la normalización por lotes hacia atrás (lección 19: objetivos $t^{(i)}$, porque $y^{(i)}$ es su salida) y Swish con la regresión (lección 20: objetivo $t$ y $\\frac{1}{2}$ en la neurona Swish).',
		en: 'These depart from it, and say so in a box at their start: the worked example (lesson 3: $E_{\\mathrm{total}}$, $t$ and the notes\' $\\frac{1}{2}$), XOR (lesson 9: the cost $C$), regularisation (lesson 11: $E$, $E_{\\mathrm{tr}}$, $E_{\\mathrm{val}}$), the optimizers (lesson 10: with $\\frac{1}{2}$), the activations (lesson 6: three targets, $y_s$, $y$ and $t$), the matrix form (lesson 8: $h$ and $z^h$ in the hidden layer) deep networks (lesson 12: two chains, $L_A$ and $L_B$, with a $\\frac{1}{2}$ and targets $t$, $t_B$), second-order methods and learning-rate schedules (lessons 16 and 17: with a $\\frac{1}{2}$), what networks represent (lesson 18: the errors $E_1$, $E_2$, $E_4$ of three nets), batch normalisation backward (lesson 19: targets $t^{(i)}$, as $y^{(i)}$ is its output) and Swish with regression (lesson 20: target $t$ and a $\\frac{1}{2}$ on the Swish neuron).'
	}
];

export const GLOSSARY: readonly GlossarySection[] = [
	{
		title: { es: 'Datos y predicción', en: 'Data and prediction' },
		entries: [
			{ tex: 'x,\\ x_i', meaning: { es: 'Una entrada de la red, o la $i$-ésima.', en: 'An input of the network, or the $i$-th one.' }, lessons: ['one-neuron', 'worked-example'] },
			{ tex: 'y', meaning: { es: 'El objetivo: la salida correcta de un ejemplo (en clasificación, *one-hot*).', en: 'The target: the right output for one example (in classification, *one-hot*).' }, lessons: ['one-neuron', 'softmax-cross-entropy'] },
			{ tex: 't', meaning: { es: 'El objetivo, en el ejemplo resuelto de los apuntes (y en algunas cadenas): lo mismo que $y$.', en: 'The target, in the notes\' worked example (and in some chains): the same as $y$.' }, lessons: ['worked-example', 'deep-networks'] },
			{ tex: '\\hat{y}', meaning: { es: 'La predicción de la red: la salida de su última capa.', en: 'The network\'s prediction: its last layer\'s output.' }, lessons: ['worked-example', 'softmax-cross-entropy'] },
			{ tex: 'p', meaning: { es: 'La probabilidad que da una neurona binaria, $p = \\sigma(z)$.', en: 'The probability a binary neuron gives, $p = \\sigma(z)$.' }, lessons: ['softmax-cross-entropy'] }
		]
	},
	{
		title: { es: 'Neuronas y capas', en: 'Neurons and layers' },
		entries: [
			{ tex: 'w,\\ w_i', meaning: { es: 'Un peso: multiplica una entrada en una suma ponderada.', en: 'A weight: multiplies one input in a weighted sum.' }, lessons: ['one-neuron', 'worked-example'] },
			{ tex: 'b,\\ B_1', meaning: { es: 'Un sesgo: el término que se suma sin multiplicar ninguna entrada ($B_1$, $B_2$ en el ejemplo resuelto).', en: 'A bias: the term added without multiplying any input ($B_1$, $B_2$ in the worked example).' }, lessons: ['one-neuron', 'worked-example'] },
			{ tex: 'W^{(l)},\\ W_1', meaning: { es: 'La matriz de pesos de una capa: la fila $j$ tiene los pesos que llegan a la neurona $j$.', en: 'A layer\'s weight matrix: row $j$ holds the weights into neuron $j$.' }, lessons: ['layers', 'matrix-form'] },
			{ tex: 'z,\\ \\mathrm{sum}', meaning: { es: 'La preactivación de una neurona: su suma ponderada más el sesgo.', en: 'A neuron\'s pre-activation: its weighted sum plus the bias.' }, lessons: ['one-neuron', 'worked-example'] },
			{ tex: 'a,\\ n_1,\\ h', meaning: { es: 'Una activación, la salida de una neurona: $a = \\sigma(z)$ ($n_1$ en el ejemplo resuelto, $h$ en una capa oculta).', en: 'An activation, a neuron\'s output: $a = \\sigma(z)$ ($n_1$ in the worked example, $h$ in a hidden layer).' }, lessons: ['one-neuron', 'worked-example', 'matrix-form'] },
			{ tex: 'z^h', meaning: { es: 'Las preactivaciones de la capa oculta en la forma matricial, $z^h = W_1 x + b_1$ (los apuntes las llaman $a_1$).', en: 'The hidden layer\'s pre-activations in matrix form, $z^h = W_1 x + b_1$ (the notes call them $a_1$).' }, lessons: ['matrix-form'] },
			{ tex: '\\sigma(z)', meaning: { es: 'La sigmoide (función logística), $\\frac{1}{1 + e^{-z}}$.', en: 'The sigmoid (logistic function), $\\frac{1}{1 + e^{-z}}$.' }, lessons: ['one-neuron', 'activations'] },
			{ tex: "\\sigma'(z),\\ g'(z)", meaning: { es: 'La derivada de una activación, la pendiente que cada neurona aporta a la cadena; $\\sigma\' = \\sigma(1 - \\sigma)$.', en: 'An activation\'s derivative, the slope each neuron adds to the chain; $\\sigma\' = \\sigma(1 - \\sigma)$.' }, lessons: ['activations'] },
			{ tex: '\\operatorname{softmax}(z)_k', meaning: { es: 'La probabilidad de la clase $k$: $e^{z_k} / \\sum_j e^{z_j}$; los $z_k$ son los logits.', en: 'The probability of class $k$: $e^{z_k} / \\sum_j e^{z_j}$; the $z_k$ are the logits.' }, lessons: ['softmax-cross-entropy'] }
		]
	},
	{
		title: { es: 'Pérdida y costo', en: 'Loss and cost' },
		entries: [
			{ tex: 'L', meaning: { es: 'La pérdida: lo que el entrenamiento minimiza.', en: 'The loss: what training minimises.' }, lessons: ['one-neuron', 'softmax-cross-entropy'] },
			{ tex: 'E_{\\mathrm{total}},\\ E_1', meaning: { es: 'La pérdida del ejemplo resuelto, $E_{\\mathrm{total}} = E_1 + E_2$, con $E_k = \\frac{1}{2}(t_k - \\hat{y}_k)^2$.', en: 'The worked example\'s loss, $E_{\\mathrm{total}} = E_1 + E_2$, with $E_k = \\frac{1}{2}(t_k - \\hat{y}_k)^2$.' }, lessons: ['worked-example'] },
			{ tex: 'C', meaning: { es: 'El costo: la pérdida promediada sobre varios ejemplos.', en: 'The cost: the loss averaged over several examples.' }, lessons: ['xor'] },
			{ tex: 'L_{\\text{CCE}},\\ L_{\\text{BCE}}', meaning: { es: 'La entropía cruzada categórica, $-\\sum_k y_k \\log \\hat{y}_k$, y la binaria, $-[y \\log p + (1 - y)\\log(1 - p)]$.', en: 'Categorical cross-entropy, $-\\sum_k y_k \\log \\hat{y}_k$, and binary, $-[y \\log p + (1 - y)\\log(1 - p)]$.' }, lessons: ['softmax-cross-entropy'] },
			{ tex: 'E_{\\mathrm{tr}},\\ E_{\\mathrm{val}}', meaning: { es: 'El error en los datos de entrenamiento y en los de validación, que el entrenamiento no ve.', en: 'The error on the training data and on the validation data, which training never sees.' }, lessons: ['regularisation'] }
		]
	},
	{
		title: { es: 'Gradientes', en: 'Gradients' },
		entries: [
			{ tex: '\\frac{\\partial L}{\\partial w}', meaning: { es: 'El gradiente: cuánto cambia la pérdida por unidad de cambio de $w$, con lo demás fijo.', en: 'The gradient: how much the loss changes per unit change of $w$, everything else fixed.' }, lessons: ['computational-graph', 'worked-example'] },
			{ tex: '\\delta', meaning: { es: 'El error en una preactivación, $\\delta = \\frac{\\partial L}{\\partial z}$: la caché que hace barata la retropropagación.', en: 'The error at a pre-activation, $\\delta = \\frac{\\partial L}{\\partial z}$: the cache that makes backpropagation cheap.' }, lessons: ['one-neuron', 'why-backprop-is-cheap'] },
			{ tex: '\\delta^h', meaning: { es: 'El error de la capa oculta, $\\frac{\\partial L}{\\partial z^h} = (W_2^\\top \\delta) \\odot h \\odot (1 - h)$.', en: 'The hidden layer\'s error, $\\frac{\\partial L}{\\partial z^h} = (W_2^\\top \\delta) \\odot h \\odot (1 - h)$.' }, lessons: ['matrix-form'] },
			{ tex: 'g', meaning: { es: 'El gradiente de un paso, por nombre, en los optimizadores.', en: 'One step\'s gradient, by name, in the optimizers.' }, lessons: ['optimizers'] },
			{ tex: '\\odot,\\ W^\\top', meaning: { es: 'El producto entrada a entrada (de Hadamard) y la transpuesta de una matriz.', en: 'The entry-by-entry (Hadamard) product and a matrix\'s transpose.' }, lessons: ['matrix-form'] }
		]
	},
	{
		title: { es: 'Entrenamiento y optimizadores', en: 'Training and optimizers' },
		entries: [
			{ tex: '\\eta', meaning: { es: 'La tasa de aprendizaje: $w \\leftarrow w - \\eta \\frac{\\partial L}{\\partial w}$.', en: 'The learning rate: $w \\leftarrow w - \\eta \\frac{\\partial L}{\\partial w}$.' }, lessons: ['worked-example', 'initialisation-normalisation'] },
			{ tex: 'w^{+}', meaning: { es: 'Un peso después de la actualización.', en: 'A weight after the update.' }, lessons: ['worked-example'] },
			{ tex: 'v,\\ \\beta', meaning: { es: 'La velocidad del momento y cuánto de ella se conserva en cada paso.', en: 'Momentum\'s velocity and how much of it each step keeps.' }, lessons: ['optimizers'] },
			{ tex: 'G,\\ s,\\ \\rho', meaning: { es: 'La suma de los gradientes al cuadrado de AdaGrad; la media móvil de esos cuadrados de RMSProp, y cuánto conserva de ella.', en: 'AdaGrad\'s sum of squared gradients; RMSProp\'s moving average of those squares, and how much of it it keeps.' }, lessons: ['optimizers'] },
			{ tex: 'm,\\ r,\\ \\beta_1,\\ \\beta_2', meaning: { es: 'Las medias móviles de Adam, del gradiente y de su cuadrado, y sus factores; $\\hat{m}$, $\\hat{r}$ con la corrección del sesgo.', en: 'Adam\'s moving averages, of the gradient and of its square, and their factors; $\\hat{m}$, $\\hat{r}$ with the bias correction.' }, lessons: ['optimizers'] },
			{ tex: '\\varepsilon', meaning: { es: 'Una constante pequeña que evita dividir entre cero (en el suavizado de etiquetas, la probabilidad que se quita a la clase verdadera).', en: 'A small constant that avoids dividing by zero (in label smoothing, the probability taken off the true class).' }, lessons: ['optimizers', 'regularisation', 'deep-networks'] },
			{ tex: '\\theta_1,\\ \\theta_2', meaning: { es: 'Los dos parámetros de una superficie de pérdida dibujada con curvas de nivel.', en: 'The two parameters of a loss surface drawn with contour lines.' }, lessons: ['optimizers'] }
		]
	},
	{
		title: { es: 'Regularización y normalización', en: 'Regularisation and normalisation' },
		entries: [
			{ tex: '\\lambda', meaning: { es: 'La fuerza de una penalización L2 o L1 sobre los pesos.', en: 'The strength of an L2 or L1 penalty on the weights.' }, lessons: ['regularisation'] },
			{ tex: 'm_i,\\ p', meaning: { es: 'La máscara de *dropout* (0 o 1) de la neurona $i$, y la probabilidad de apagar una neurona.', en: 'The *dropout* mask (0 or 1) of neuron $i$, and the probability of switching a neuron off.' }, lessons: ['regularisation'] },
			{ tex: '\\alpha', meaning: { es: 'La pendiente de la Leaky ReLU o la PReLU en la zona negativa.', en: 'The slope of Leaky ReLU or PReLU on the negative side.' }, lessons: ['activations'] },
			{ tex: '\\mu_B,\\ \\sigma_B^2', meaning: { es: 'La media y la varianza de un minilote, en la normalización por lotes.', en: 'The mean and the variance of a mini-batch, in batch normalisation.' }, lessons: ['deep-networks'] },
			{ tex: '\\mu,\\ \\sigma', meaning: { es: 'La media y la desviación estándar de una columna de datos, para estandarizarla (esta $\\sigma$ no es la sigmoide).', en: 'The mean and the standard deviation of a column of data, to standardise it (this $\\sigma$ is not the sigmoid).' }, lessons: ['initialisation-normalisation'] },
			{ tex: '\\gamma,\\ \\beta', meaning: { es: 'La escala y el desplazamiento que la normalización por lotes aprende.', en: 'The scale and the shift batch normalisation learns.' }, lessons: ['deep-networks'] }
		]
	},
	{
		title: { es: 'Curvatura, tasas y representación', en: 'Curvature, rates and representation' },
		entries: [
			{ tex: '\\frac{\\partial^2 L}{\\partial \\theta_1 \\partial \\theta_2},\\ H', meaning: { es: 'Una segunda derivada de la pérdida, y la matriz hessiana $H$ que las reúne todas: sus valores propios distinguen un mínimo (todos positivos) de un punto de silla (de signos distintos).', en: 'A second derivative of the loss, and the Hessian matrix $H$ that holds them all: its eigenvalues tell a minimum (all positive) from a saddle point (of mixed signs).' }, lessons: ['loss-landscape', 'second-order'] },
			{ tex: 'w \\leftarrow w - \\frac{f\'(w)}{f\'\'(w)}', meaning: { es: 'El paso de Newton con un parámetro; con varios, $w \\leftarrow w - H^{-1}\\nabla L$, sin tasa de aprendizaje.', en: 'Newton\'s step with one parameter; with several, $w \\leftarrow w - H^{-1}\\nabla L$, with no learning rate.' }, lessons: ['second-order'] },
			{ tex: '\\eta_0,\\ \\eta_k', meaning: { es: 'La tasa de aprendizaje inicial y la de la actualización $k$ en un programa de tasa: escalonado, $\\eta_0\\gamma^{\\lfloor k/s \\rfloor}$, o exponencial, $\\eta_0 e^{-\\lambda k}$.', en: 'The initial learning rate and the rate of update $k$ under a schedule: step, $\\eta_0\\gamma^{\\lfloor k/s \\rfloor}$, or exponential, $\\eta_0 e^{-\\lambda k}$.' }, lessons: ['learning-rate-schedules'] },
			{ tex: '\\hat{x}^{(i)},\\ W_s', meaning: { es: 'El valor normalizado de un ejemplo en la normalización por lotes, y la proyección del atajo de un bloque residual cuando las dimensiones no coinciden.', en: 'One example\'s normalised value in batch normalisation, and the projection on a residual block\'s shortcut when the dimensions differ.' }, lessons: ['batch-norm-backward'] },
			{ tex: 'z\\,\\sigma(\\beta z)', meaning: { es: 'La activación Swish, con $\\beta$ aprendido: $\\beta = 0$ da $z/2$ y un $\\beta$ grande se acerca a la ReLU.', en: 'The Swish activation, with a learned $\\beta$: $\\beta = 0$ gives $z/2$ and a large $\\beta$ approaches ReLU.' }, lessons: ['swish-and-regression'] },
			{ tex: '\\theta,\\ X', meaning: { es: 'Los parámetros de una regresión lineal y la matriz de datos, un ejemplo por fila; el gradiente del error cuadrático medio es $\\frac{2}{m}X^\\top(X\\theta - y)$.', en: 'A linear regression\'s parameters and the data matrix, one example per row; the mean squared error\'s gradient is $\\frac{2}{m}X^\\top(X\\theta - y)$.' }, lessons: ['swish-and-regression'] }
		]
	}
];
