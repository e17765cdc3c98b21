// @vitest-environment happy-dom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { useLobby } from './use-lobby';

const call = (over: Partial<ActiveContext> = {}): ActiveContext => ({
  tabId: 7,
  app: 'meet',
  surface: 'call',
  readStatus: 'partial',
  missing: ['call'],
  resolution: { accountId: 'a1' } as ActiveContext['resolution'],
  updatedAt: '2026-11-22T14:00:00.000Z',
  ...over,
});

describe('useLobby', () => {
  it.each<[string, ActiveContext | undefined, boolean]>([
    ['a call page without the in-call toolbar is the lobby', call(), true],
    ['a call in progress is not the lobby', call({ missing: [] }), false],
    ['an email page is not the lobby', call({ surface: 'email', app: 'gmail' }), false],
    ['an unreadable call page is not the lobby', call({ readStatus: 'unreadable' }), false],
    ['no context is not the lobby', undefined, false],
  ])('%s', (_rule, context, lobby) => {
    expect(renderHook(() => useLobby(context)).result.current).toBe(lobby);
  });

  it('does not call it a lobby again once the tab was seen in the call (the call ended)', () => {
    const { result, rerender } = renderHook(({ context }) => useLobby(context), {
      initialProps: { context: call() },
    });
    expect(result.current).toBe(true);
    rerender({ context: call({ missing: [] }) });
    expect(result.current).toBe(false);
    rerender({ context: call() });
    expect(result.current).toBe(false);
  });
});
