import { describe, expect, it } from 'vitest';
import { describePlaybookError } from './playbook-file';

describe('describePlaybookError', () => {
  it.each([
    [
      'names the entry by position (1-based) and id, then the field',
      { index: 2, entryId: 'ask-budget', field: 'kind', message: 'Invalid option' },
      'Entry #3 (ask-budget): kind — Invalid option',
    ],
    [
      'names the entry by position when it has no id',
      { index: 0, field: 'id', message: 'Required' },
      'Entry #1: id — Required',
    ],
    [
      'reports file-level problems without an entry',
      { index: null, field: 'format', message: 'Expected motive-playbook' },
      'format — Expected motive-playbook',
    ],
  ])('%s', (_rule, error, expected) => {
    expect(describePlaybookError(error)).toBe(expected);
  });
});
