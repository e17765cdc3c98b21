/**
 * One email message assembled from the parts a reader found. A message is kept whenever any
 * part was found: a missing sender or body is named in the message's `missing` (and once in
 * the page's), never a reason to drop what was read.
 */
import type { EmailMessage, PagePerson } from '../../messaging/page-context';
import type { MessageBody } from './message-body';
import type { SelectorTrace } from './selector-set';

export interface MessageParts {
  from: PagePerson | undefined;
  to: PagePerson[];
  at: string;
  body: MessageBody;
}

/** The message, or undefined when nothing at all was found in its element. */
export function emailMessage({ from, to, at, body }: MessageParts): EmailMessage | undefined {
  if (!from && !body.text && to.length === 0) return undefined;
  const missing = [...(from ? [] : ['sender']), ...(body.text ? [] : ['message body'])];
  return {
    from: from ?? { name: '' },
    to,
    cc: [],
    ...(at ? { at } : {}),
    text: body.text,
    ...(body.signature ? { signature: body.signature } : {}),
    ...(missing.length > 0 ? { missing } : {}),
  };
}

/** Every part missing from at least one message, once each, for the page's `missing`. */
export function partsMissing(messages: readonly EmailMessage[]): string[] {
  return [...new Set(messages.flatMap((m) => m.missing ?? []))];
}

/**
 * An open thread from its subject and message elements, each read by the app's `read`; what
 * is missing (the subject, every message, parts of messages) is added to the page's
 * `missing`. Selector misses are traced for the first message only (one trace per page).
 */
export function readThread(
  subject: string,
  elements: readonly Element[],
  read: (element: Element, trace: SelectorTrace | undefined) => EmailMessage | undefined,
  trace: SelectorTrace | undefined,
  missing: string[],
): { subject: string; messages: EmailMessage[] } {
  const messages = elements.flatMap((element, index) => read(element, index === 0 ? trace : undefined) ?? []);
  if (!subject) missing.push('thread subject');
  if (messages.length === 0) missing.push('messages');
  missing.push(...partsMissing(messages));
  return { subject, messages };
}
