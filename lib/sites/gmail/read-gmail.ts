/** Reads Gmail: the signed-in user and, with a thread open, its subject and messages. */
import type { EmailMessage } from '../../messaging/page-context';
import { emailMessage, readThread } from '../dom/email-message';
import { messageBody } from '../dom/message-body';
import { identityEmail, identityText, pagePerson, uniquePeople } from '../dom/people';
import { attributeOf, textOf } from '../dom/page-text';
import { pick, pickAll } from '../dom/query';
import type { SelectorTrace } from '../dom/selector-set';
import { LIMITS, readStatusFor, type PageRead } from '../site-reader';
import { parseGmailUrl } from './gmail-url';
import * as s from './gmail-selectors';

function chip(element: Element | null) {
  return pagePerson(element?.getAttribute('name') ?? element?.textContent, element?.getAttribute('email'));
}

/** The signed-in user: "Google Account: Riley Seller (riley@seller.io)" or the tab title. */
export function gmailUser(doc: Document, trace?: SelectorTrace): { email?: string; name?: string } {
  const label = attributeOf(pick(doc, s.account, { trace }), 'aria-label', 600);
  const email = identityEmail(label) ?? identityEmail(doc.title);
  const name = identityText(/:\s*([^(]+)\(/.exec(label)?.[1]);
  return { ...(email ? { email } : {}), ...(name ? { name } : {}) };
}

function readMessage(element: Element, trace: SelectorTrace | undefined): EmailMessage | undefined {
  return emailMessage({
    from: chip(pick(element, s.sender, { trace })),
    to: uniquePeople(pickAll(element, s.recipients, { trace }).map(chip), LIMITS.recipients),
    at: attributeOf(pick(element, s.sentAt, { trace }), 'title', LIMITS.at),
    body: messageBody(pick(element, s.body, { trace }), {
      quoteCss: s.QUOTED,
      signatureCss: s.SIGNATURE,
      max: LIMITS.body,
    }),
  });
}

/** Pure: `doc` and `url` in, a page context out. */
export function readGmail(doc: Document, url: URL, trace?: SelectorTrace): PageRead {
  const parsed = parseGmailUrl(url);
  const user = gmailUser(doc, trace);
  const missing: string[] = [];
  if (!user.email) missing.push('your address');
  let thread: PageRead['thread'];
  if (parsed?.kind === 'thread') {
    const subject = textOf(pick(doc, s.subject, { trace }), LIMITS.subject);
    const found = pickAll(doc, s.messages, { trace }).slice(-LIMITS.messages);
    thread = readThread(subject, found, readMessage, trace, missing);
  }
  const people = uniquePeople(thread?.messages.flatMap((m) => [m.from, ...m.to]) ?? []);
  return {
    app: 'gmail',
    surface: 'email',
    url: url.href.slice(0, LIMITS.url),
    readStatus: readStatusFor(missing, parsed?.kind === 'thread' ? ['thread subject', 'messages'] : []),
    missing,
    people,
    ...(thread ? { thread } : {}),
    ...(user.email ? { userEmail: user.email } : {}),
    ...(user.name ? { userName: user.name } : {}),
  };
}
