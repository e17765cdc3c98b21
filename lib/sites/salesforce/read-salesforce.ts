/** Reads a Salesforce Lightning record page (Account, Opportunity, Contact). */
import { pagePerson } from '../dom/people';
import { crmPageRead } from '../crm/crm-page-read';
import { attributeOf, domainFromUrlText, textOf } from '../dom/page-text';
import { pick, pickAll } from '../dom/query';
import type { SelectorTrace } from '../dom/selector-set';
import { LIMITS, type PageRead } from '../site-reader';
import { parseSalesforceUrl } from './salesforce-url';
import * as s from './salesforce-selectors';

/** Pure: `doc` and `url` in, a page context out. Missing parts are named, never guessed. */
export function readSalesforce(doc: Document, url: URL, trace?: SelectorTrace): PageRead {
  const parsed = parseSalesforceUrl(url);
  const deep = { trace, deep: true };
  const recordName = textOf(pick(doc, s.recordName, deep), LIMITS.name);
  const missing: string[] = [];
  if (!parsed) missing.push('record id');
  if (!recordName) missing.push('record name');

  const accountName =
    parsed?.kind === 'account'
      ? recordName
      : parsed?.kind === 'lead'
        ? textOf(pick(doc, s.leadCompany, deep), LIMITS.name)
        : textOf(pick(doc, s.accountLookup, deep), LIMITS.name);
  const domain = domainFromUrlText(attributeOf(pick(doc, s.website, deep), 'href', 500));
  if (!accountName) missing.push('account name');

  const rows = pickAll(doc, s.contactRows, deep);
  const people = rows.map((row, index) => {
    const rowTrace = index === 0 ? trace : undefined;
    const name = textOf(pick(row, s.contactName, { trace: rowTrace }), LIMITS.name);
    if (!name) return undefined;
    const mail = attributeOf(pick(row, s.email, { trace: rowTrace }), 'href', 400);
    return pagePerson(name, mail, textOf(pick(row, s.contactTitle, { trace: rowTrace }), LIMITS.title));
  });
  if ((parsed?.kind === 'contact' || parsed?.kind === 'lead') && recordName) {
    people.unshift(pagePerson(recordName, attributeOf(pick(doc, s.email, deep), 'href', 400)));
  }

  return crmPageRead({
    app: 'salesforce',
    url,
    missing,
    record: parsed?.record,
    accountName,
    domain,
    people,
  });
}
