/**
 * One email message assembled from the parts a reader found. A message is kept whenever any
 * part was found: a missing sender or body is named in the message's `missing` (and once in
 * the page's), never a reason to drop what was read.
 */
import type { EmailMessage, PagePerson } from '../../messaging/page-context';
import type { MessageBody } from './message-body';

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
