import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ActiveContext } from '@/lib/messaging/protocol';
import {
  ACTIVE_CONTEXT_KEY,
  looksLikeActiveContext,
  mirrorActiveContext,
  readMirroredContext,
} from './active-context-mirror';

const CONTEXT: ActiveContext = {
  tabId: 7,
  app: 'gmail',
  surface: 'email',
  readStatus: 'ok',
  missing: [],
  resolution: { accountId: 'a1', method: 'email-domain', confidence: 0.9, reason: 'matched on acme.com' },
  suggestedPeople: [{ name: 'Dana Ruiz', email: 'dana@acme.com', seenIn: 'email' }],
  updatedAt: '2026-11-22T14:00:00.000Z',
};

describe('active context mirror', () => {
  it('hands the panel the context the background last published', async () => {
    expect(await readMirroredContext()).toBeUndefined();
    await mirrorActiveContext(CONTEXT);
    expect(await readMirroredContext()).toEqual(CONTEXT);
    // Memory-only storage: nothing in storage.local.
    expect(await fakeBrowser.storage.local.get(ACTIVE_CONTEXT_KEY)).toEqual({});
  });

  it.each([
    ['not an object', 'a string'],
    ['null', null],
    ['no resolution', { ...CONTEXT, resolution: undefined }],
    [
      'an account id that is not a string',
      { ...CONTEXT, resolution: { ...CONTEXT.resolution, accountId: 5 } },
    ],
    ['an unknown read status', { ...CONTEXT, readStatus: 'maybe' }],
    ['a fractional tab id', { ...CONTEXT, tabId: 1.5 }],
    ['no update time', { ...CONTEXT, updatedAt: undefined }],
  ])('ignores a stored value with %s', async (_case, value) => {
    expect(looksLikeActiveContext(value)).toBe(false);
    await fakeBrowser.storage.session.set({ [ACTIVE_CONTEXT_KEY]: value });
    expect(await readMirroredContext()).toBeUndefined();
  });

  it('accepts a context with no tab and no account', () => {
    expect(
      looksLikeActiveContext({
        ...CONTEXT,
        tabId: null,
        resolution: { accountId: null, method: null, confidence: 0, reason: 'not an app' },
      }),
    ).toBe(true);
  });
});
