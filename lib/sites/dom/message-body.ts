/**
 * Message bodies without what the buyer did not write in this message: quoted replies and
 * forwarded history are skipped, and the signature is read apart from the text. The page is
 * only walked, never cloned or modified (see readable-text.ts for why).
 */
import { readableText } from './readable-text';

export interface MessageBody {
  /** What the sender wrote in this message, one line per paragraph. */
  text: string;
  /** The sender's signature block, when the app marks one. */
  signature: string;
}

/**
 * Reads `body` leaving out elements matching `quoteCss`; elements matching `signatureCss`
 * (outside quotes) go to `signature` instead of `text`.
 */
export function messageBody(
  body: Element | null,
  { quoteCss, signatureCss, max }: { quoteCss: string; signatureCss: string; max: number },
): MessageBody {
  if (!body) return { text: '', signature: '' };
  const isQuote = (element: Element) => element.matches(quoteCss);
  const isSignature = (element: Element) => element.matches(signatureCss);
  const text = readableText(body, { skip: (e) => isQuote(e) || isSignature(e), max });
  const signatures: Element[] = [];
  const collect = (element: Element) => {
    for (const child of Array.from(element.children)) {
      if (isQuote(child)) continue;
      if (isSignature(child)) signatures.push(child);
      else collect(child);
    }
  };
  collect(body);
  const signature = signatures
    .map((element) => readableText(element, { skip: isQuote, max: 2000 }))
    .filter(Boolean)
    .join('\n');
  // Composers put the "-- " delimiter just before the signature block: it belongs to it.
  return { text: signature ? text.replace(/\n*--$/, '') : text, signature };
}
