/**
 * Message bodies without what the buyer did not write in this message: quoted replies and
 * forwarded history are removed from a CLONE (the page is never modified).
 */
import { bodyText } from './page-text';

/** Text of `body` minus elements matching `quoteCss`, bounded to `max`. */
export function messageBodyText(body: Element | null, quoteCss: string, max: number): string {
  if (!body) return '';
  const clone = body.cloneNode(true) as Element;
  for (const quote of Array.from(clone.querySelectorAll(quoteCss))) quote.remove();
  return bodyText(clone, max);
}
