/**
 * Receives runtime messages for every channel of a JS context, in the wire format of
 * @webext-core/messaging (`{ id, type, data, timestamp }` in, `{ res }` or `{ err }` out), so
 * the library's `sendMessage` keeps working on the other side.
 *
 * Why not the library's own receiver: it looks handlers up in a plain object, so a message
 * typed `constructor` or `toString` was answered by Object's prototype, and it serialises
 * thrown errors with their stack traces, which told any sender how the background is built.
 * Here handlers sit in a Map (only registered names answer; unknown types get no answer,
 * exactly as if nobody listened) and errors cross as name and message only.
 */
import { browser, type Browser } from 'wxt/browser';

export interface RoutedMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
  sender: Browser.runtime.MessageSender;
}

type Handler = (message: RoutedMessage) => unknown;
type Answer = { res: unknown } | { err: PublicError };

/** What crosses the boundary for a failure: no stack, no cause chain, no extra fields. */
export interface PublicError {
  name: string;
  message: string;
  /** Empty on purpose (the library rebuilds an Error only when a string is present). */
  stack: '';
}

export function publicError(error: unknown): PublicError {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: '' };
  return { name: 'Error', message: typeof error === 'string' ? error : 'The request failed.', stack: '' };
}

function isEnvelope(message: unknown): message is Omit<RoutedMessage, 'sender'> {
  const m = message as Partial<RoutedMessage> | null;
  return typeof m === 'object' && m !== null && typeof m.type === 'string' && typeof m.timestamp === 'number';
}

export function createRuntimeRouter(
  addListener: (listener: Parameters<typeof browser.runtime.onMessage.addListener>[0]) => void,
) {
  const handlers = new Map<string, Handler>();
  let installed = false;

  async function answer(handler: Handler, message: RoutedMessage): Promise<Answer> {
    try {
      return { res: await handler(message) };
    } catch (error) {
      return { err: publicError(error) };
    }
  }

  function install(): void {
    if (installed) return;
    installed = true;
    addListener((message, sender, sendResponse) => {
      if (!isEnvelope(message)) return false;
      const handler = handlers.get(message.type);
      if (handler === undefined) return false;
      void answer(handler, { ...message, sender }).then(sendResponse);
      return true;
    });
  }

  return {
    /** Registers the one handler for `type` in this context; returns its removal. */
    on(type: string, handler: Handler): () => void {
      if (handlers.has(type)) throw new Error(`A receiver for “${type}” is already registered here.`);
      handlers.set(type, handler);
      install();
      return () => handlers.delete(type);
    },
  };
}

/** This context's router over `browser.runtime.onMessage`. */
export const runtimeRouter = createRuntimeRouter((listener) =>
  browser.runtime.onMessage.addListener(listener),
);
