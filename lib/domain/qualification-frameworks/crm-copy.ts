/**
 * "Copy for CRM": the framework as a field-by-field text block under the CRM's own labels.
 * Confirmed fields carry their value and source quote; found but unconfirmed ones are marked
 * so, and unknown ones say so with the question to ask. Nothing is filled in that the view
 * does not show.
 */
import { APP_NAMES } from '../vocabulary';
import { crmFieldLabel, type CrmApp } from './crm-field-labels';
import { FRAMEWORK_NAMES, type QualificationFrameworkId } from './framework-definitions';
import type { QualifiedField } from './qualify-account';

function valueOf(f: QualifiedField): string {
  const quoted = (value: string, quote?: string) =>
    quote && quote !== value ? `${value} (“${quote}”)` : value;
  if (f.confirmed) return quoted(f.confirmed.value, f.confirmed.quote);
  if (f.found) return `[to confirm] ${quoted(f.found.value, f.found.quote)}`;
  return `[unknown] ask: ${f.field.question}`;
}

export function crmCopyBlock(input: {
  framework: QualificationFrameworkId;
  crm: CrmApp;
  accountName: string;
  fields: readonly QualifiedField[];
}): string {
  const lines = input.fields.map((f) => {
    const { label, apiName } = crmFieldLabel(input.crm, f.field);
    return `${label}${apiName ? ` [${apiName}]` : ''}: ${valueOf(f)}`;
  });
  return [
    `${FRAMEWORK_NAMES[input.framework]} for ${input.accountName} (${APP_NAMES[input.crm]})`,
    ...lines,
  ].join('\n');
}
