/** Reads a Pipedrive deal, person or organization page. */
import { pagePerson } from '../dom/people';
import { crmPageRead } from '../crm/crm-page-read';
import { attributeOf, domainFromUrlText, textOf } from '../dom/page-text';
import { pick, pickAll } from '../dom/query';
import type { SelectorTrace } from '../dom/selector-set';
import { LIMITS, type PageRead } from '../site-reader';
import { parsePipedriveUrl } from './pipedrive-url';
import * as s from './pipedrive-selectors';

/** Pure: `doc` and `url` in, a page context out. */
export function readPipedrive(doc: Document, url: URL, trace?: SelectorTrace): PageRead {
  const parsed = parsePipedriveUrl(url);
  const title = textOf(pick(doc, s.title, { trace }), LIMITS.name);
  const missing: string[] = [];
  if (!parsed) missing.push('record id');
  if (!title) missing.push('record name');

  const accountName =
    parsed?.kind === 'organization' ? title : textOf(pick(doc, s.organizationLink, { trace }), LIMITS.name);
  const domain = domainFromUrlText(attributeOf(pick(doc, s.website, { trace }), 'href', 500));
  if (!accountName) missing.push('account name');

  const people = pickAll(doc, s.personItems, { trace }).map((item, index) => {
    const itemTrace = index === 0 ? trace : undefined;
    return pagePerson(
      textOf(pick(item, s.personName, { trace: itemTrace }), LIMITS.name),
      attributeOf(pick(item, s.personEmail, { trace: itemTrace }), 'href', 400),
      textOf(pick(item, s.personTitle, { trace: itemTrace }), LIMITS.title),
    );
  });
  if (parsed?.kind === 'person' && title) {
    people.unshift(pagePerson(title, attributeOf(pick(doc, s.personEmail, { trace }), 'href', 400)));
  }

  return crmPageRead({ app: 'pipedrive', url, missing, record: parsed?.record, accountName, domain, people });
}
