import { pick } from '../dom/query';
import type { SiteReader } from '../site-reader';
import { parseGmailUrl } from './gmail-url';
import { readGmail } from './read-gmail';
import { composeBox } from './gmail-selectors';

/** Gmail: the open thread (subject, participants, bodies), the user, and compose boxes. */
export const gmailReader: SiteReader = {
  app: 'gmail',
  surface: 'email',
  pageKinds: ['inbox', 'thread'],
  parseUrl: parseGmailUrl,
  read: readGmail,
  composeBox: (doc) => pick(doc, composeBox) as HTMLElement | null,
};
