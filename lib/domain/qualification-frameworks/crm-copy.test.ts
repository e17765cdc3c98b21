import { describe, expect, it } from 'vitest';
import { evidence, person } from '../diagnosis/test-builders';
import { crmCopyBlock } from './crm-copy';
import { accountCrm, crmFieldLabel, type CrmApp } from './crm-field-labels';
import { qualifyAccount } from './qualify-account';

describe('crmFieldLabel', () => {
  it.each<[string, CrmApp, { id: string; label: string }, { label: string; apiName?: string }]>([
    [
      'Salesforce custom fields are Title Case with an __c API name',
      'salesforce',
      { id: 'economic-buyer', label: 'Economic buyer' },
      { label: 'Economic Buyer', apiName: 'Economic_Buyer__c' },
    ],
    [
      'HubSpot properties are sentence case with a snake_case name',
      'hubspot',
      { id: 'decision-criteria', label: 'Decision criteria' },
      { label: 'Decision criteria', apiName: 'decision_criteria' },
    ],
    [
      'Pipedrive custom fields are known by label only (hashed keys)',
      'pipedrive',
      { id: 'metrics', label: 'Metrics' },
      { label: 'Metrics' },
    ],
    [
      'Dynamics maps budget to the standard Budget Amount column',
      'dynamics',
      { id: 'budget', label: 'Budget' },
      { label: 'Budget Amount', apiName: 'budgetamount' },
    ],
    [
      'Dynamics maps pain to the standard Customer Pain Points column',
      'dynamics',
      { id: 'identify-pain', label: 'Identify pain' },
      { label: 'Customer Pain Points', apiName: 'customerpainpoints' },
    ],
    [
      'Dynamics puts other fields in new_ custom columns',
      'dynamics',
      { id: 'champion', label: 'Champion' },
      { label: 'Champion', apiName: 'new_champion' },
    ],
  ])('%s', (_rule, crm, field, expected) => {
    expect(crmFieldLabel(crm, field)).toEqual(expected);
  });

  it.each([
    [['salesforce:Account:001'], 'salesforce'],
    [['gmail:thread:1', 'hubspot:company:9'], 'hubspot'],
    [[], undefined],
  ])('the account CRM of %j is %s', (keys, crm) => {
    expect(accountCrm(keys)).toBe(crm);
  });
});

describe('crmCopyBlock', () => {
  const fields = qualifyAccount(
    'meddicc',
    {
      account: { discovery: {}, movement: {}, segment: {} },
      people: [person({ name: 'Ana Ortiz', roles: ['economic-buyer'] })],
      evidence: [evidence({ quote: 'we lose 12 hours a week', source: 'caption', side: 'buyer' })],
      notes: [],
    },
    {
      'meddicc.metrics': {
        value: 'we lose 12 hours a week',
        quote: 'we lose 12 hours a week',
        at: '2026-11-03T10:00:00.000Z',
      },
    },
  );
  const block = crmCopyBlock({ framework: 'meddicc', crm: 'salesforce', accountName: 'Acme', fields });

  it.each([
    ['a title naming framework, account and CRM', 'MEDDICC for Acme (Salesforce)'],
    ['a confirmed field with its value', 'Metrics [Metrics__c]: we lose 12 hours a week'],
    ['a found field marked to confirm', 'Economic Buyer [Economic_Buyer__c]: [to confirm] Ana Ortiz'],
    ['an unknown field with the question to ask', 'Competition [Competition__c]: [unknown] ask: What else'],
  ])('holds %s', (_what, line) => {
    expect(block).toContain(line);
  });

  it('has one line per field after the title', () => {
    expect(block.split('\n')).toHaveLength(8);
  });
});
