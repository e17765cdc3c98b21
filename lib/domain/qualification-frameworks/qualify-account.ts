/**
 * A framework's fields over the account's facts, with the rep's confirmations: each field is
 * unknown (blank, with the question that fills it), found (a value and its source, waiting for
 * the rep), confirmed, or changed (the rep confirmed a value the evidence no longer gives).
 */
import type { QualificationConfirmation } from '../records';
import {
  FRAMEWORK_FIELDS,
  fieldKey,
  type FrameworkField,
  type QualificationFrameworkId,
} from './framework-definitions';
import { findFact, type FoundFact, type QualificationSources } from './qualification-facts';

export type FieldStatus = 'unknown' | 'found' | 'confirmed' | 'changed';

export interface QualifiedField {
  key: string;
  field: FrameworkField;
  status: FieldStatus;
  /** What the evidence says now (absent when nothing does). */
  found?: FoundFact;
  /** What the rep confirmed, if anything. */
  confirmed?: QualificationConfirmation;
}

export function qualifyAccount(
  framework: QualificationFrameworkId,
  sources: QualificationSources,
  confirmations: Readonly<Record<string, QualificationConfirmation>> = {},
): QualifiedField[] {
  return FRAMEWORK_FIELDS[framework].map((field) => {
    const key = fieldKey(framework, field);
    const found = findFact(field.fact, sources);
    const confirmed = confirmations[key];
    const status: FieldStatus = confirmed
      ? !found || found.value === confirmed.value
        ? 'confirmed'
        : 'changed'
      : found
        ? 'found'
        : 'unknown';
    return { key, field, status, ...(found ? { found } : {}), ...(confirmed ? { confirmed } : {}) };
  });
}

/** The confirmation to store when the rep confirms what the field shows now. */
export function confirmField(field: QualifiedField, at: string): QualificationConfirmation | undefined {
  if (!field.found) return undefined;
  return { value: field.found.value, ...(field.found.quote ? { quote: field.found.quote } : {}), at };
}
