/**
 * Dynamics 365 Unified Interface forms. Controls carry `data-id` attributes built from the
 * field's logical name, which are stable across locales and themes.
 */
import { selectorSet } from '../dom/selector-set';

export const headerTitle = selectorSet('record title', [
  ['h1[data-id="header_title"]', 'Unified Interface form header (2020 wave 1 and later)'],
  ['[data-id="form-title"] h1', 'Form title in the 2023 "new look" header'],
  ['[data-id="header_title"]', 'Header title on any element (microsoft/EasyRepro Entity_HeaderTitle)'],
]);

export const website = selectorSet('website', [
  ['input[data-id="websiteurl.fieldControl-url-text-input"]', 'Account form: Website field (URL control)'],
  ['a[data-id="websiteurl.fieldControl-url-text-link"]', 'Read-only form: Website rendered as a link'],
]);

export const parentAccount = selectorSet('account lookup', [
  [
    '[data-id="parentaccountid.fieldControl-LookupResultsDropdown_parentaccountid_selected_tag_text"]',
    'Opportunity form: Account lookup tag',
  ],
  [
    '[data-id="customerid.fieldControl-LookupResultsDropdown_customerid_selected_tag_text"]',
    'Opportunity form: Potential Customer lookup (Sales Hub default form)',
  ],
  [
    '[data-id="parentcustomerid.fieldControl-LookupResultsDropdown_parentcustomerid_selected_tag_text"]',
    'Contact form: Company Name lookup',
  ],
  [
    '[data-id="parentcustomerid.fieldControl-LookupResultsDropdown_parentcustomerid_selected_tag"][role="link"], [data-id="customerid.fieldControl-LookupResultsDropdown_customerid_selected_tag"][role="link"], [data-id="parentaccountid.fieldControl-LookupResultsDropdown_parentaccountid_selected_tag"][role="link"]',
    'Lookup value as a link without the _text child (EasyRepro Entity_LookupFieldExistingValue)',
  ],
]);

export const contactRows = selectorSet('contacts grid', [
  ['[data-id="contactsgrid"] div[role="row"][row-index]', 'Account form: Contacts subgrid (Power Apps grid)'],
  ['[data-id="Stakeholders"] div[role="row"][row-index]', 'Opportunity form: Stakeholders subgrid'],
  [
    '[data-id="entity_control-powerapps_onegrid_control_container"] div[role="rowgroup"] div[row-index]',
    'Power Apps grid control rows (microsoft/EasyRepro Grid_Row)',
  ],
]);

export const cellName = selectorSet('grid name', [
  ['div[col-id="fullname"] a, div[col-id="fullname"]', 'Full Name column'],
]);
export const cellEmail = selectorSet('grid email', [['div[col-id="emailaddress1"]', 'Email column']]);
export const cellTitle = selectorSet('grid job title', [['div[col-id="jobtitle"]', 'Job Title column']]);
export const contactEmail = selectorSet('contact email', [
  ['input[data-id="emailaddress1.fieldControl-mail-text-input"]', 'Contact form: Email field'],
]);
