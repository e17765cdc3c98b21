/**
 * Salesforce Lightning Experience. The highlights panel is a Lightning Web Component whose
 * content sits in open shadow roots, so these are queried deeply. Field labels are localised
 * ("Website", "Site Web", "Webseite"), so selectors lean on component tags and record links.
 * `host >>> inner` searches inside the shadow tree of `host` (see dom/query.ts).
 */
import { selectorSet } from '../dom/selector-set';

export const recordName = selectorSet('record name', [
  [
    'records-highlights2 >>> lightning-formatted-name[slot="primaryField"]',
    "Contact and Lead pages: a person's name is a formatted name in the primary field slot (native or synthetic shadow)",
  ],
  [
    'records-highlights2 >>> lightning-formatted-text[slot="primaryField"]',
    'LWC highlights panel (Spring ’24 and later): the primary field slot',
  ],
  [
    'records-highlights2 >>> .slds-page-header__title lightning-formatted-text',
    'LWC page header without the slot attribute',
  ],
  [
    'slot[name="primaryField"] lightning-formatted-name, slot[name="primaryField"] lightning-formatted-text',
    'Synthetic shadow without the highlights host tag (slots rendered as light DOM)',
  ],
  ['h1 .uiOutputText', 'Aura highlights panel (orgs not yet on the LWC record page)'],
]);

export const leadCompany = selectorSet('lead company', [
  [
    'records-record-layout-item[field-label="Company"] >>> lightning-formatted-text',
    'Lead details: the Company field by its API label attribute (English field label)',
  ],
  [
    'records-highlights-details-item >>> lightning-formatted-text',
    'Lead highlights: the first compact field of the default layout is Company',
  ],
]);

export const website = selectorSet('website', [
  [
    'records-highlights-details-item >>> lightning-formatted-url a[href]',
    'LWC highlights details: the Website field is a formatted URL',
  ],
  ['records-record-layout-item >>> lightning-formatted-url a[href]', 'Details tab record layout'],
]);

export const accountLookup = selectorSet('account lookup', [
  [
    'records-highlights-details-item >>> a[href*="/lightning/r/001"]',
    'LWC highlights details: lookup links use the short /lightning/r/<Id>/view form',
  ],
  [
    'records-highlights-details-item >>> a[href*="/lightning/r/Account/"]',
    'Older lookup links name the object',
  ],
  ['force-lookup a[href*="/001"]', 'Aura lookup component'],
]);

export const contactRows = selectorSet('related contacts', [
  [
    'lst-related-list-single-container[data-object="Contact"] tr',
    'LWC related list (Spring ’24+), one table row per contact',
  ],
  ['article[aria-label="Contacts"] tr', 'Aura related list card, labelled in English'],
]);

export const contactName = selectorSet('contact name', [
  ['a[href*="/lightning/r/003"]', 'Short record link to a Contact'],
  ['a[href*="/lightning/r/Contact/"]', 'Record link naming the object'],
]);

export const contactTitle = selectorSet('contact title', [
  ['td[data-label="Title"]', 'Related list cell (English label)'],
  ['td:nth-of-type(2)', 'Localised orgs: Title is the second column of the default layout'],
]);

export const email = selectorSet('email', [['a[href^="mailto:"]', 'Email fields render as mailto links']]);
