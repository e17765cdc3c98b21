/**
 * The caption lines waiting to leave a call page, sent in batches. New lines leave at once
 * (in the next task, so lines handed over together leave together); lines that arrive while a
 * send is on its way wait for its answer and leave together after it — batching under load
 * without a fixed wait on a quiet call. A failed send (the service worker restarting, a
 * message lost) puts its lines back at the front, in order, and tries again after a growing
 * pause; a batch the background keeps refusing is dropped after a few tries with a warning, so
 * one bad batch cannot block the call's later lines forever.
 */
import type { CaptionLine } from '../../messaging/page-context';
import type { SetTimer } from './coalesce';

export interface CaptionSendQueueDeps {
  send: (lines: CaptionLine[]) => Promise<unknown>;
  setTimer: SetTimer;
  maxBatch?: number;
  /** First pause before a failed batch is sent again; it doubles with each further failure. */
  retryDelayMs?: number;
  /** Tries per batch before it is given up. */
  maxTries?: number;
  warn?: (message: string, error: unknown) => void;
}

/** Lines kept while the background does not answer (a long outage must not fill the page's memory). */
const MAX_QUEUED = 2000;

export function createCaptionSendQueue({
  send,
  setTimer,
  maxBatch = 200,
  retryDelayMs = 200,
  maxTries = 5,
  warn = console.warn,
}: CaptionSendQueueDeps) {
  let queue: CaptionLine[] = [];
  let tries = 0;
  let scheduled = false;
  let sending = false;

  const schedule = (ms: number) => {
    if (scheduled || sending) return;
    scheduled = true;
    setTimer(() => {
      scheduled = false;
      void flush();
    }, ms);
  };

  const flush = async () => {
    const lines = queue.splice(0, maxBatch);
    if (lines.length === 0) return;
    sending = true;
    try {
      await send(lines);
      tries = 0;
    } catch (error) {
      tries += 1;
      if (tries < maxTries) {
        // Back at the front, before anything heard since: the background orders by time anyway,
        // but the cap below must drop the newest lines, never the unsent older ones.
        queue = [...lines, ...queue].slice(0, MAX_QUEUED);
        warn(`Motive: captions not delivered (try ${tries} of ${maxTries}); sending again`, error);
      } else {
        tries = 0;
        warn(`Motive: captions not delivered after ${maxTries} tries; ${lines.length} lines dropped`, error);
      }
    } finally {
      sending = false;
    }
    if (queue.length > 0) schedule(tries > 0 ? retryDelayMs * 2 ** tries : 0);
  };

  return {
    push(lines: readonly CaptionLine[]): void {
      queue.push(...lines.slice(0, Math.max(0, MAX_QUEUED - queue.length)));
      schedule(0);
    },
    /** Drops every line not yet sent (the rep switched caption reading off). */
    clear(): void {
      queue = [];
    },
    get size(): number {
      return queue.length;
    },
  };
}
