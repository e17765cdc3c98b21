/**
 * Pipedrive detail pages. Pipedrive marks its detail views with `data-testid` (2023+ React
 * detail view) and, in the older Backbone view, `data-test` attributes; both are listed.
 */
import { selectorSet } from '../dom/selector-set';

export const title = selectorSet('record title', [
  ['[data-testid="header-title"]', 'React detail view header (2023+)'],
  ['[data-test="deal-title"], [data-test="person-name"], [data-test="org-name"]', 'Backbone detail view'],
  ['.actionsContent .descriptionHead h1', 'Deal detail header as Clockify and TimeCamp read it'],
  ['.detailView h1', 'Last resort: the detail view heading'],
]);

export const organizationLink = selectorSet('organization link', [
  ['[data-testid="organization-field"] a[href*="/organization/"]', 'Deal/person sidebar organization field'],
  ['a[href*="/organization/"]', 'Any organization link in the detail view'],
]);

export const website = selectorSet('website', [
  ['[data-testid="field-website"] a[href]', 'Organization details: website field'],
  ['a[data-test="website"]', 'Backbone organization details'],
]);

export const personItems = selectorSet('people', [
  ['[data-testid="person-card"]', 'Person cards in the deal/organization sidebar'],
  ['.personsList li', 'Backbone people list'],
]);

export const personName = selectorSet('person name', [['a[href*="/person/"]', 'Link to the person page']]);
export const personEmail = selectorSet('person email', [['a[href^="mailto:"]', 'Email as a mailto link']]);
export const personTitle = selectorSet('person job title', [
  ['[data-testid="person-job-title"]', 'React person card subtitle'],
  ['.jobTitle', 'Backbone person job title'],
]);
