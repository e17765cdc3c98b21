/**
 * HubSpot CRM record pages. HubSpot ships stable test anchors (`data-test-id`, older
 * `data-selenium-test`); class names are generated, so they are never used here.
 */
import { selectorSet } from '../dom/selector-set';

export const recordTitle = selectorSet('record title', [
  ['[data-test-id="record-highlight-title"]', 'Record sidebar title (2024 CRM redesign and later)'],
  ['[data-selenium-test="highlightTitle"]', 'Legacy record sidebar (pre-2024 layout)'],
  ['[data-test-id="truncated-object-label"]', 'Compact header variant'],
]);

export const companyDomain = selectorSet('company domain', [
  ['[data-test-id="company-domain"] a[href]', 'Company sidebar: domain link under the name'],
  ['[data-selenium-test="property-input-domain"]', 'Legacy about card: the Company domain name property'],
]);

export const associatedCompany = selectorSet('associated company', [
  ['[data-test-id="association-card-0-2"] a[href*="/record/0-2/"]', 'Associations sidebar card (2024+)'],
  ['[data-selenium-test="association-card-company"] a', 'Legacy associations card'],
]);

export const contactEmail = selectorSet('contact email', [
  ['[data-test-id="record-highlight-email"] a[href^="mailto:"]', 'Contact sidebar email under the name'],
  ['[data-selenium-test="contact-email"]', 'Legacy sidebar email'],
]);

export const associatedContacts = selectorSet('associated contacts', [
  ['[data-test-id="association-card-0-1"] [data-test-id="association-card-item"]', 'Contacts card (2024+)'],
  ['[data-selenium-test="association-card-contact"] li', 'Legacy contacts card'],
]);

export const cardName = selectorSet('card name', [
  ['a[href*="/record/0-1/"]', 'Card item link to the contact record'],
  ['a[href*="/contact/"]', 'Legacy card link'],
]);

export const cardTitle = selectorSet('card job title', [
  ['[data-test-id="association-card-item-subtitle"]', 'Card subtitle: the job title (2024+)'],
  ['.private-truncated-string', 'Legacy card subtitle'],
]);

export const cardEmail = selectorSet('card email', [['a[href^="mailto:"]', 'Email link in the card item']]);
