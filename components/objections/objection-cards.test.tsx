// @vitest-environment happy-dom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithPanel } from '@/components/test-support/render-panel';
import type { CallLine } from '@/lib/domain/recap/call-line';
import type { CallRecord } from '@/lib/domain/recap/call-record';
import { FADE_AFTER_MS, GONE_AFTER_MS } from '@/lib/playbook/objections/card-deck';
import { LanguageNotice } from './language-notice';
import { ObjectionCards } from './objection-cards';

const heard = vi.hoisted(() => ({
  listener: null as null | ((data: { tabId: number; accountId: string | null; lines: CallLine[] }) => void),
  call: null as CallRecord | null,
}));
vi.mock('@/components/recap/call-queries', () => ({
  useCaptionsHeard: (listener: typeof heard.listener) => {
    heard.listener = listener;
  },
  useCallRecord: () => ({ data: heard.call }),
}));

const line = (id: string, text: string, side: CallLine['side'] = 'buyer'): CallLine => ({
  id,
  speaker: 'Dana Reyes',
  side,
  text,
  at: '2026-12-03T10:00:00.000Z',
});
const say = (accountId: string | null, ...lines: CallLine[]) =>
  act(() => heard.listener?.({ tabId: 3, accountId, lines }));

async function renderCards() {
  let now = 0;
  const clock = () => now;
  const view = renderWithPanel(<ObjectionCards accountId="a1" facts={{}} clock={clock} />);
  // The playbook loads lazily; a first objection proves it is in.
  await waitFor(() => {
    say('a1', line('warm', 'We tried this before.'));
    expect(screen.getAllByTestId('objection-card')).toHaveLength(1);
  });
  return { ...view, at: (ms: number) => (now = ms) };
}

describe('ObjectionCards', () => {
  it('a buyer objection in the captions raises the playbook answer with its why-chip', async () => {
    await renderCards();
    const card = screen.getByRole('article', { name: 'Objection: "We tried this before"' });
    expect(card.textContent).toContain('why: heard “We tried this before.” · tried before');
    expect(card.textContent).toContain('Dana Reyes');
  });

  it.each([
    ['a second objection inside 20 s raises no new card', 19_000, 1],
    ['a second objection after 20 s raises a new card', 20_000, 2],
  ])('%s', async (_rule, after, cards) => {
    const { at } = await renderCards();
    at(after);
    say('a1', line('l2', 'Honestly, what if it fails halfway?'));
    expect(screen.getAllByTestId('objection-card')).toHaveLength(cards);
  });

  it.each([
    ['another account’s call raises nothing', 'a2', line('l2', 'What if it fails halfway?')],
    ['the seller’s own words raise nothing', 'a1', line('l2', 'What if it fails halfway?', 'seller')],
  ])('%s', async (_rule, accountId, input) => {
    const { at } = await renderCards();
    at(30_000);
    say(accountId, input);
    expect(screen.getAllByTestId('objection-card')).toHaveLength(1);
  });

  it('a stale card fades after 45 s and leaves after 90 s', async () => {
    const { at } = await renderCards();
    const card = () => screen.queryByTestId('objection-card');
    expect(card()?.className).toContain('is-fresh');
    // A caption that raises nothing still moves the panel's clock (as its 5 s tick does).
    at(FADE_AFTER_MS);
    say('a1', line('l3', 'Sounds good.'));
    expect(card()?.className).toContain('is-fading');
    at(GONE_AFTER_MS);
    say('a1', line('l4', 'Thanks.'));
    expect(card()).toBeNull();
  });

  it('d dismisses the newest card, storing and sending nothing', async () => {
    const { bus, db } = await renderCards();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    act(() => void bus.run('dismiss-objection'));
    expect(screen.queryAllByTestId('objection-card')).toHaveLength(0);
    expect(await db.outbox.count()).toBe(0);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('the Dismiss button is labelled and removes its card', async () => {
    await renderCards();
    await userEvent.click(
      screen.getByRole('button', { name: 'Dismiss objection card: "We tried this before"' }),
    );
    expect(screen.queryAllByTestId('objection-card')).toHaveLength(0);
  });
});

describe('LanguageNotice', () => {
  const call = (over: Partial<CallRecord>): CallRecord => ({
    callId: 'c',
    accountId: 'a1',
    startedAt: '2026-12-03T10:00:00.000Z',
    participants: [],
    lines: [{ ...line('l1', 'Wir haben das schon versucht.'), language: 'de' }],
    ...over,
  });
  it.each([
    ['says which language is not diagnosed during the call', call({}), 'Not diagnosed: German.'],
    ['says nothing once the call has ended', call({ endedAt: '2026-12-03T10:30:00.000Z' }), null],
    ['says nothing when every line is read', call({ lines: [line('l1', 'We tried this before.')] }), null],
  ])('%s', (_rule, record, expected) => {
    heard.call = record;
    renderWithPanel(<LanguageNotice accountId="a1" />);
    const notice = screen.queryByTestId('not-diagnosed');
    if (expected === null) expect(notice).toBeNull();
    else expect(notice?.textContent).toContain(expected);
  });
});
