/**
 * How each CRM names a qualification field, so "Copy for CRM" pastes under labels the rep
 * will find. Hand-written from each vendor's public conventions (checked December 2026):
 *
 * - Salesforce: no standard MEDDICC/BANT fields on Opportunity; teams add custom fields whose
 *   labels are Title Case and whose API names are the label with underscores plus `__c`
 *   ("For custom fields… the field name is suffixed with __c"; Salesforce Field Reference,
 *   Opportunity: developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta).
 * - HubSpot: deal property labels are sentence case ("Close date", "Deal stage") and internal
 *   names lower_snake_case ("closedate", "hs_next_step"); custom properties follow suit
 *   (developers.hubspot.com, CRM Properties API, deal properties).
 * - Pipedrive: custom deal fields are shown by their label; their API keys are generated
 *   40-character hashes, so only the label is given (Pipedrive API, DealFields).
 * - Dynamics 365 Sales: the Opportunity table has standard columns for qualification, e.g.
 *   "Budget Amount" (budgetamount), "Purchase Timeframe" (purchasetimeframe), "Purchase
 *   Process" (purchaseprocess), "Customer Need" (customerneed), "Customer Pain Points"
 *   (customerpainpoints), "Current Situation" (currentsituation) (learn.microsoft.com,
 *   Opportunity table/entity reference). Others become custom columns, logical names with the
 *   default publisher prefix `new_`.
 */
import type { FrameworkField } from './framework-definitions';

export const CRM_APPS = ['salesforce', 'hubspot', 'pipedrive', 'dynamics'] as const;
export type CrmApp = (typeof CRM_APPS)[number];

export interface CrmFieldLabel {
  label: string;
  /** The field's API / internal name where the CRM has a predictable one. */
  apiName?: string;
}

/** Dynamics 365 standard Opportunity columns, by framework field id. */
const DYNAMICS_STANDARD: Record<string, CrmFieldLabel> = {
  budget: { label: 'Budget Amount', apiName: 'budgetamount' },
  timeline: { label: 'Purchase Timeframe', apiName: 'purchasetimeframe' },
  'critical-event': { label: 'Purchase Timeframe', apiName: 'purchasetimeframe' },
  'decision-process': { label: 'Purchase Process', apiName: 'purchaseprocess' },
  decision: { label: 'Purchase Process', apiName: 'purchaseprocess' },
  need: { label: 'Customer Need', apiName: 'customerneed' },
  pain: { label: 'Customer Pain Points', apiName: 'customerpainpoints' },
  'identify-pain': { label: 'Customer Pain Points', apiName: 'customerpainpoints' },
  situation: { label: 'Current Situation', apiName: 'currentsituation' },
};

const words = (label: string) => label.split(/\s+/).filter(Boolean);
const titleCase = (label: string) =>
  words(label)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
const sentenceCase = (label: string) => label[0]!.toUpperCase() + label.slice(1).toLowerCase();

/** The label (and API name) `crm` gives to `field`. */
export function crmFieldLabel(crm: CrmApp, field: Pick<FrameworkField, 'id' | 'label'>): CrmFieldLabel {
  switch (crm) {
    case 'salesforce': {
      const label = titleCase(field.label);
      return { label, apiName: `${words(label).join('_')}__c` };
    }
    case 'hubspot':
      return { label: sentenceCase(field.label), apiName: words(field.label.toLowerCase()).join('_') };
    case 'pipedrive':
      return { label: sentenceCase(field.label) };
    case 'dynamics': {
      const label = titleCase(field.label);
      return DYNAMICS_STANDARD[field.id] ?? { label, apiName: `new_${words(label.toLowerCase()).join('')}` };
    }
  }
}

/** The account's CRM from its CRM keys ("<app>:<type>:<id>"), the first one bound. */
export function accountCrm(crmKeys: readonly string[]): CrmApp | undefined {
  for (const key of crmKeys) {
    const app = key.split(':')[0];
    if ((CRM_APPS as readonly string[]).includes(app ?? '')) return app as CrmApp;
  }
  return undefined;
}
