/** Reads Outlook on the web: the signed-in user and the open conversation. */
import type { EmailMessage } from '../../messaging/page-context';
import { emailMessage, readThread } from '../dom/email-message';
import { messageBody } from '../dom/message-body';
import { identityEmail, identityText, pagePerson, uniquePeople } from '../dom/people';
import { attributeOf, textOf } from '../dom/page-text';
import { pick, pickAll } from '../dom/query';
import type { SelectorTrace } from '../dom/selector-set';
import { LIMITS, readStatusFor, type PageRead } from '../site-reader';
import { FROM_LABELS, TO_LABELS, withoutLabel } from './outlook-labels';
import { parseOutlookUrl } from './outlook-url';
import * as s from './outlook-selectors';

const ANGLED_EMAIL = /<[^>]*@[^>]*>/g;

/** A persona: the address from a `title` (on it or inside it) or its text, the name beside it. */
function persona(element: Element | null) {
  if (!element) return undefined;
  const titled = element.matches('[title*="@"]') ? element : element.querySelector('[title*="@"]');
  const email = titled?.getAttribute('title') ?? element.textContent;
  // "From: Lena Vogt" (localised) or "Lena Vogt<lena.vogt@stark-mfg.de>": keep the name only.
  const label = withoutLabel(element.getAttribute('aria-label') ?? '', FROM_LABELS);
  const name =
    (label || (titled === element ? element.textContent : titled?.textContent) || element.textContent) ?? '';
  return pagePerson(name.replace(ANGLED_EMAIL, ''), email);
}

/** Recipients with addresses when Outlook shows them, else the names in the line's label. */
function recipients(element: Element, trace: SelectorTrace | undefined) {
  const withAddresses = pickAll(element, s.recipients, { trace }).map(persona);
  if (withAddresses.length > 0) return uniquePeople(withAddresses, LIMITS.recipients);
  const label = withoutLabel(
    attributeOf(pick(element, s.recipientWell, { trace }), 'aria-label', 4000),
    TO_LABELS,
  );
  return uniquePeople(
    label.split(';').map((name) => pagePerson(name.replace(ANGLED_EMAIL, ''), name)),
    LIMITS.recipients,
  );
}

function readMessage(element: Element, trace: SelectorTrace | undefined): EmailMessage | undefined {
  return emailMessage({
    from: persona(pick(element, s.sender, { trace })),
    to: recipients(element, trace),
    at: textOf(pick(element, s.sentAt, { trace }), LIMITS.at),
    body: messageBody(pick(element, s.body, { trace }), {
      quoteCss: s.QUOTED,
      signatureCss: s.SIGNATURE,
      max: LIMITS.body,
    }),
  });
}

/** Pure: `doc` and `url` in, a page context out. */
export function readOutlook(doc: Document, url: URL, trace?: SelectorTrace): PageRead {
  const parsed = parseOutlookUrl(url);
  const userEmail = identityEmail(textOf(pick(doc, s.userEmail, { trace }), 400));
  const userName = identityText(textOf(pick(doc, s.userName, { trace }), LIMITS.name));
  const missing: string[] = [];
  if (!userEmail) missing.push('your address');
  let thread: PageRead['thread'];
  if (parsed?.kind === 'thread') {
    const heading = pick(doc, s.subject, { trace });
    const subject = attributeOf(heading, 'title', LIMITS.subject) || textOf(heading, LIMITS.subject);
    const found = pickAll(doc, s.messages, { trace }).slice(-LIMITS.messages);
    thread = readThread(subject, found, readMessage, trace, missing);
  }
  return {
    app: 'outlook',
    surface: 'email',
    url: url.href.slice(0, LIMITS.url),
    readStatus: readStatusFor(missing, parsed?.kind === 'thread' ? ['thread subject', 'messages'] : []),
    missing,
    people: uniquePeople(thread?.messages.flatMap((m) => [m.from, ...m.to]) ?? []),
    ...(thread ? { thread } : {}),
    ...(userEmail ? { userEmail } : {}),
    ...(userName ? { userName } : {}),
  };
}
