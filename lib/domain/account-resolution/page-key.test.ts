import { describe, expect, it } from 'vitest';
import { pageKey, tabPageKey, type PageIdentity } from './page-key';

describe('pageKey', () => {
  it.each<[string, PageIdentity, string | undefined, string | undefined]>([
    [
      'a CRM record is keyed like the accounts’ CRM keys',
      { app: 'salesforce', surface: 'crm', record: { type: 'Account', id: '001A' } },
      'salesforce:Account:001A',
      'this record',
    ],
    [
      'an email thread is keyed by its thread id',
      { app: 'gmail', surface: 'email', itemId: 'FMfcg1' },
      'gmail:thread:FMfcg1',
      'this thread',
    ],
    [
      'a mailbox with no thread open names nothing',
      { app: 'outlook', surface: 'email' },
      undefined,
      undefined,
    ],
    [
      'a meeting is keyed by its code',
      { app: 'meet', surface: 'call', itemId: 'kfz-qwmx-dpr' },
      'meet:meeting:kfz-qwmx-dpr',
      'this meeting',
    ],
    [
      'a meeting with no id in its URL is keyed by its folded title',
      { app: 'teams', surface: 'call', meetingTitle: 'Northwind\u200B  Sync' },
      'teams:meeting-title:northwind sync',
      'this meeting',
    ],
    ['a call lobby with neither names nothing', { app: 'teams', surface: 'call' }, undefined, undefined],
  ])('%s', (_rule, page, key, label) => {
    const result = pageKey(page);
    expect(result?.key).toBe(key);
    expect(result?.label).toBe(label);
  });

  it('falls back to the tab itself, which is forgotten with it', () => {
    expect(tabPageKey(4)).toEqual({ key: 'tab:4', label: 'this tab' });
  });
});
