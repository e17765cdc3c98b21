/** Reads Outlook on the web: the signed-in user and the open conversation. */
import type { EmailMessage } from '../../messaging/page-context';
import { messageBodyText } from '../dom/message-body';
import { pagePerson, uniquePeople } from '../dom/people';
import { findEmail, textOf, attributeOf } from '../dom/page-text';
import { pick, pickAll } from '../dom/query';
import type { SelectorTrace } from '../dom/selector-set';
import { LIMITS, readStatusFor, type PageRead } from '../site-reader';
import { parseOutlookUrl } from './outlook-url';
import * as s from './outlook-selectors';

function persona(element: Element | null) {
  return pagePerson(
    element?.textContent,
    element?.getAttribute('title') ?? element?.getAttribute('aria-label'),
  );
}

/** Pure: `doc` and `url` in, a page context out. */
export function readOutlook(doc: Document, url: URL, trace?: SelectorTrace): PageRead {
  const parsed = parseOutlookUrl(url);
  const userEmail = findEmail(textOf(pick(doc, s.userEmail, { trace }), 400));
  const userName = textOf(pick(doc, s.userName, { trace }), LIMITS.name);
  const missing: string[] = [];
  if (!userEmail) missing.push('your address');
  let thread: PageRead['thread'];
  if (parsed?.kind === 'thread') {
    const heading = pick(doc, s.subject, { trace });
    const subject = attributeOf(heading, 'title', LIMITS.subject) || textOf(heading, LIMITS.subject);
    const found = pickAll(doc, s.messages, { trace }).slice(-LIMITS.messages);
    const messages = found.flatMap((element, index): EmailMessage[] => {
      const t = index === 0 ? trace : undefined;
      const from = persona(pick(element, s.sender, { trace: t }));
      const text = messageBodyText(pick(element, s.body, { trace: t }), s.QUOTED, LIMITS.body);
      if (!from || !text) return [];
      const to = uniquePeople(pickAll(element, s.recipients, { trace: t }).map(persona), LIMITS.recipients);
      const at = textOf(pick(element, s.sentAt, { trace: t }), LIMITS.at);
      return [{ from, to, cc: [], ...(at ? { at } : {}), text }];
    });
    if (!subject) missing.push('thread subject');
    if (messages.length === 0) missing.push('messages');
    thread = { subject, messages };
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
