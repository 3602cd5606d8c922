/**
 * Wait after the last keystroke before the playground checks the model: long enough to skip keys typed
 * in a burst, short enough that a 10-node graph's lesson is on screen within 200 ms (npm run bench playground).
 */
export const DEBOUNCE_MS = 60;
