/**
 * HubSpot CRM record pages. HubSpot ships stable test anchors (`data-selenium-test`,
 * `data-test-id`); class names are generated, so they are never used here. The
 * `data-selenium-test` hooks come first: they are what maintained extensions read on today's
 * record pages (clockify/browser-extension and toggl/track-extension, see the fixtures'
 * provenance), while the `data-test-id` ones were seen only on some 2024 builds.
 */
import { selectorSet } from '../dom/selector-set';

export const recordTitle = selectorSet('record title', [
  [
    '[data-selenium-test="highlightTitle"]',
    'Record highlight title: current layout, read by Clockify and Toggl',
  ],
  ['[data-selenium-test$="-highlight-details"] h3', 'Highlight details heading (toggl/track-extension)'],
  ['[data-test-id="record-highlight-title"]', 'Record sidebar title on some 2024 builds'],
  ['[data-test-id="truncated-object-label"]', 'Compact header variant'],
]);

export const companyDomain = selectorSet('company domain', [
  ['[data-test-id="company-domain"] a[href]', 'Company sidebar: domain link under the name'],
  ['[data-selenium-test="property-input-domain"]', 'Legacy about card: the Company domain name property'],
]);

export const associatedCompany = selectorSet('associated company', [
  ['[data-selenium-test="company-chicklet-title-link"]', 'Company chicklet in the associations sidebar'],
  [
    '[data-selenium-test="card-id-ASSOCIATION_TABLE/0-2"] td:first-child a',
    'Companies association table card (first column links the company)',
  ],
  ['[data-test-id="association-card-0-2"] a[href*="/record/0-2/"]', 'Associations sidebar card (2024+)'],
  ['[data-selenium-test="association-card-company"] a', 'Legacy associations card'],
]);

export const contactEmail = selectorSet('contact email', [
  ['[data-selenium-test="contact-highlight-details"] a[href^="mailto:"]', 'Contact highlight: email link'],
  ['[data-test-id="record-highlight-email"] a[href^="mailto:"]', 'Contact sidebar email under the name'],
  ['[data-selenium-test="contact-email"]', 'Legacy sidebar email'],
]);

export const associatedContacts = selectorSet('associated contacts', [
  [
    '[data-selenium-test="card-id-ASSOCIATION_TABLE/0-1"] tbody tr',
    'Contacts association table card, one row each',
  ],
  ['[data-test-id="association-card-0-1"] [data-test-id="association-card-item"]', 'Contacts card (2024+)'],
  ['[data-selenium-test="association-card-contact"] li', 'Legacy contacts card'],
]);

export const cardName = selectorSet('card name', [
  ['td:first-child a[href*="/record/0-1/"]', 'Association table row: the first column links the contact'],
  ['a[href*="/record/0-1/"]', 'Card item link to the contact record'],
  ['a[href*="/contact/"]', 'Legacy card link'],
]);

export const cardTitle = selectorSet('card job title', [
  ['[data-test-id="association-card-item-subtitle"]', 'Card subtitle: the job title (2024+)'],
  ['.private-truncated-string', 'Legacy card subtitle'],
]);

export const cardEmail = selectorSet('card email', [['a[href^="mailto:"]', 'Email link in the card item']]);
