/** Reads Gmail: the signed-in user and, with a thread open, its subject and messages. */
import type { EmailMessage } from '../../messaging/page-context';
import { messageBodyText } from '../dom/message-body';
import { pagePerson, uniquePeople } from '../dom/people';
import { attributeOf, boundText, findEmail, textOf } from '../dom/page-text';
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
  const email = findEmail(label) ?? findEmail(doc.title);
  const name = boundText(/:\s*([^(]+)\(/.exec(label)?.[1], LIMITS.name);
  return { ...(email ? { email } : {}), ...(name ? { name } : {}) };
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
    const messages = found.flatMap((element, index): EmailMessage[] => {
      const t = index === 0 ? trace : undefined;
      const from = chip(pick(element, s.sender, { trace: t }));
      const text = messageBodyText(pick(element, s.body, { trace: t }), s.QUOTED, LIMITS.body);
      if (!from || !text) return [];
      const to = uniquePeople(pickAll(element, s.recipients, { trace: t }).map(chip), LIMITS.recipients);
      const at = attributeOf(pick(element, s.sentAt, { trace: t }), 'title', LIMITS.at);
      return [{ from, to, cc: [], ...(at ? { at } : {}), text }];
    });
    if (!subject) missing.push('thread subject');
    if (messages.length === 0) missing.push('messages');
    thread = { subject, messages };
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
