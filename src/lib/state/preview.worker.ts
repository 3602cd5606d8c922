/**
 * The Open page's worker: every message from the page goes to one PreviewSession, whose answers go back.
 * The page ends it (terminate) to cancel, so a stage that never returns cannot hold the page.
 */
import { PreviewSession, type ToWorker } from './preview-session';

const session = new PreviewSession((message) => self.postMessage(message));

self.onmessage = (e: MessageEvent<ToWorker>) => session.handle(e.data);
