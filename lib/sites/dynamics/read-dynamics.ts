/** Reads a Dynamics 365 account, opportunity or contact form. */
import { pagePerson } from '../dom/people';
import { crmPageRead } from '../crm/crm-page-read';
import { attributeOf, domainFromUrlText, textOf } from '../dom/page-text';
import { pick, pickAll } from '../dom/query';
import type { SelectorTrace } from '../dom/selector-set';
import { LIMITS, type PageRead } from '../site-reader';
import { parseDynamicsUrl } from './dynamics-url';
import * as s from './dynamics-selectors';

/** Input values live in the `value` attribute (server render) or property (after edits). */
function fieldValue(element: Element | null): string {
  if (!element) return '';
  const value =
    (element as HTMLInputElement).value || element.getAttribute('value') || element.getAttribute('href');
  return (value ?? element.textContent ?? '').slice(0, 500);
}

/** Pure: `doc` and `url` in, a page context out. */
export function readDynamics(doc: Document, url: URL, trace?: SelectorTrace): PageRead {
  const parsed = parseDynamicsUrl(url);
  // The header's text also holds the save state ("- Saved", "- Gespeichert"); its title
  // attribute holds the record name alone, so prefer that.
  const header = pick(doc, s.headerTitle, { trace });
  const title = attributeOf(header, 'title', LIMITS.name) || textOf(header, LIMITS.name);
  const missing: string[] = [];
  if (!parsed) missing.push('record id');
  if (!title) missing.push('record name');

  const accountName =
    parsed?.kind === 'account' ? title : textOf(pick(doc, s.parentAccount, { trace }), LIMITS.name);
  const domain = domainFromUrlText(fieldValue(pick(doc, s.website, { trace })));
  if (!accountName) missing.push('account name');

  const people = pickAll(doc, s.contactRows, { trace }).map((row, index) => {
    const rowTrace = index === 0 ? trace : undefined;
    return pagePerson(
      textOf(pick(row, s.cellName, { trace: rowTrace }), LIMITS.name),
      textOf(pick(row, s.cellEmail, { trace: rowTrace }), LIMITS.email),
      textOf(pick(row, s.cellTitle, { trace: rowTrace }), LIMITS.title),
    );
  });
  if (parsed?.kind === 'contact' && title) {
    people.unshift(pagePerson(title, fieldValue(pick(doc, s.contactEmail, { trace }))));
  }

  return crmPageRead({ app: 'dynamics', url, missing, record: parsed?.record, accountName, domain, people });
}
