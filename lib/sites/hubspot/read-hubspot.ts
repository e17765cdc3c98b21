/** Reads a HubSpot contact, company or deal record page. */
import { pagePerson } from '../dom/people';
import { crmPageRead } from '../crm/crm-page-read';
import { attributeOf, domainFromUrlText, textOf } from '../dom/page-text';
import { pick, pickAll } from '../dom/query';
import type { SelectorTrace } from '../dom/selector-set';
import { LIMITS, type PageRead } from '../site-reader';
import { parseHubspotUrl } from './hubspot-url';
import * as s from './hubspot-selectors';

/** Pure: `doc` and `url` in, a page context out. */
export function readHubspot(doc: Document, url: URL, trace?: SelectorTrace): PageRead {
  const parsed = parseHubspotUrl(url);
  const title = textOf(pick(doc, s.recordTitle, { trace }), LIMITS.name);
  const missing: string[] = [];
  if (!parsed) missing.push('record id');
  if (!title) missing.push('record name');

  const isCompany = parsed?.kind === 'company';
  const accountName = isCompany ? title : textOf(pick(doc, s.associatedCompany, { trace }), LIMITS.name);
  const domainElement = isCompany ? pick(doc, s.companyDomain, { trace }) : null;
  const domain = domainFromUrlText(attributeOf(domainElement, 'href', 500) || textOf(domainElement, 500));
  if (!accountName) missing.push('account name');

  const people = pickAll(doc, s.associatedContacts, { trace }).map((item, index) => {
    const itemTrace = index === 0 ? trace : undefined;
    return pagePerson(
      textOf(pick(item, s.cardName, { trace: itemTrace }), LIMITS.name),
      attributeOf(pick(item, s.cardEmail, { trace: itemTrace }), 'href', 400),
      textOf(pick(item, s.cardTitle, { trace: itemTrace }), LIMITS.title),
    );
  });
  if (parsed?.kind === 'contact' && title) {
    const mail = pick(doc, s.contactEmail, { trace });
    people.unshift(pagePerson(title, attributeOf(mail, 'href', 400) || textOf(mail, 400)));
  }

  return crmPageRead({ app: 'hubspot', url, missing, record: parsed?.record, accountName, domain, people });
}
