/**
 * The training page's run: settings read from the link and written back to it, a session over the
 * engine, and play / pause / one update. Play runs as many updates as fit in a frame's budget, then one
 * redraw (held-out loss and heat maps), so the page never waits on training; the views follow `frame`.
 */
import { createSession, advance, measure, lookInsideFragment, type Session } from '../playground-train/session';
import { parseSettings, printSettings, type SettingProblem, type TrainSettings } from '../playground-train/settings';

/** Milliseconds of training per animation frame; the redraw takes a few more. */
const FRAME_BUDGET_MS = 10;
/** Most updates in one frame, however fast the machine. */
const MOST_PER_FRAME = 200;
/** Chart points kept before the history is thinned to every other one. */
const KEEP = 600;

/** One point of the loss chart. */
export interface LossPoint {
	iteration: number;
	train: number;
	test: number;
}

export class PlaneTraining {
	settings = $state.raw<TrainSettings>(parseSettings('').settings);
	/** What the link held that did not read, each replaced by its default. */
	problems = $state.raw<SettingProblem[]>([]);
	playing = $state(false);
	/** Bumped after every redraw: the maps and numbers read the session again. */
	frame = $state(0);
	iteration = $state(0);
	epoch = $state(0);
	trainLoss = $state(NaN);
	testLoss = $state(NaN);
	history = $state.raw<LossPoint[]>([]);
	/** Why the session could not be made (the settings are checked, so this should not happen). */
	failure = $state<string | null>(null);
	/** The training example "look inside" opens, 0-based. */
	example = $state(0);
	/** The current run; replaced (never changed in place) when the settings change, so views re-read it. */
	session = $state.raw<Session | null>(null);
	private request = 0;

	constructor(hash: string) {
		const { settings, problems } = parseSettings(hash);
		this.problems = problems;
		this.apply(settings);
	}

	/** The fragment for the current settings, without the #. */
	get fragment(): string {
		return printSettings(this.settings);
	}

	/** New settings: training starts again from the seed's weights. */
	apply(settings: TrainSettings): void {
		this.pause();
		this.settings = settings;
		const made = createSession(settings);
		if (!made.ok) {
			this.session = null;
			this.failure = made.issues.map((i) => i.message).join('; ');
			return;
		}
		this.failure = null;
		this.session = made.session;
		this.example = Math.min(this.example, made.session.trainer.data.inputs.length - 1);
		this.history = [];
		this.redraw();
	}

	update(change: Partial<TrainSettings>): void {
		this.apply({ ...this.settings, ...change });
	}

	reset(): void {
		this.apply(this.settings);
	}

	/** Held-out loss, maps, numbers and a chart point at the current parameters. */
	private redraw(): void {
		const s = this.session;
		if (!s) return;
		this.testLoss = measure(s);
		this.trainLoss = s.trainer.loss;
		this.iteration = s.trainer.iteration;
		this.epoch = s.trainer.epoch;
		const point = { iteration: this.iteration, train: this.trainLoss, test: this.testLoss };
		let history = [...this.history, point];
		// every other point, the newest kept, so a long run's chart stays light
		if (history.length > KEEP) history = history.filter((_, i) => i % 2 === 0 || i === history.length - 1);
		this.history = history;
		this.frame += 1;
	}

	get diverged(): boolean {
		return this.iteration > 0 && !Number.isFinite(this.trainLoss);
	}

	stepOnce(): void {
		if (!this.session) return;
		this.pause();
		advance(this.session, 1);
		this.redraw();
	}

	play(): void {
		if (this.playing || !this.session || this.diverged) return;
		this.playing = true;
		const tick = () => {
			const s = this.session;
			if (!this.playing || !s) return;
			advance(s, MOST_PER_FRAME, FRAME_BUDGET_MS);
			this.redraw();
			if (this.diverged) this.playing = false;
			else this.request = requestAnimationFrame(tick);
		};
		this.request = requestAnimationFrame(tick);
	}

	pause(): void {
		this.playing = false;
		if (this.request) cancelAnimationFrame(this.request);
		this.request = 0;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	/** The playground's `model=…` for the chosen example at the current weights. */
	lookInside(): string {
		return this.session ? lookInsideFragment(this.session, this.example) : '';
	}

	destroy(): void {
		this.pause();
	}
}
