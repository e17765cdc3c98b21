// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedPerson,
} from '@/components/test-support/render-panel';
import type { AccountRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import { scoreDiagnosis } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import type { PlaybookEntry } from '@/lib/playbook/schema';
import { entry as testEntry } from '@/lib/playbook/test-entry';
import { PlayView } from './play-view';

const insert = vi.fn();
let insertResult: { inserted: boolean; reason?: string } | undefined;
vi.mock('@/components/kernel/background-queries', () => ({
  useInsertSnippet: () => ({ mutate: insert, isPending: false, error: null, data: insertResult }),
}));

const T = '2026-11-01T00:00:00.000Z';
// Risk entries titled and worded after their id, unless overridden.
const entry = (o: Partial<PlaybookEntry> & Pick<PlaybookEntry, 'id' | 'kind'>): PlaybookEntry =>
  testEntry({ title: o.id, text: `Text of ${o.id}`, motivations: { risk: 1 }, updatedAt: T, ...o });

vi.mock('@/lib/playbook/default', () => ({
  loadDefaultPlaybook: () =>
    Promise.resolve([
      entry({
        id: 'say-risk',
        kind: 'say',
        title: 'Name the risk',
        text: 'Say the risk out loud <b>first</b>',
      }),
      entry({
        id: 'say-finance',
        kind: 'say',
        title: 'Talk payback',
        roles: ['finance-approver'],
        motivations: { risk: 0.9 },
      }),
      entry({
        id: 'show-audit',
        kind: 'show',
        title: 'Audit report',
        proof: { type: 'audit report', url: 'https://example.com/audit' },
      }),
      entry({ id: 'avoid-hype', kind: 'avoid', title: 'No hype' }),
      entry({ id: 'snippet', kind: 'email-snippet', title: 'Recap', channels: ['email'] }),
      entry({
        id: 'snippet-slots',
        kind: 'email-snippet',
        title: 'In their words',
        text: 'Thanks, {person}. In your words: {pain_quote}.',
        channels: ['email'],
      }),
    ]),
}));

async function setup(
  channel: 'call' | 'email',
  personRoles?: PersonRow['roles'],
  evidence: EvidenceRow[] = [],
) {
  const harness = createHarness();
  const account = (await seedAccount(harness.repos, {
    stage: 'proposal',
    tickedSignals: ['risk.past-failure'],
  })) as AccountRow;
  const person = personRoles
    ? ((await seedPerson(harness.repos, account.id, { roles: personRoles, name: 'Fin Lee' })) as PersonRow)
    : undefined;
  const result = scoreDiagnosis({
    evidence: [],
    tickedSignals: account.tickedSignals,
    catalogue: MOTIVATION_CATALOGUE,
    now: T,
  });
  renderWithPanel(
    <PlayView account={account} person={person} channel={channel} result={result} evidence={evidence} />,
    harness,
  );
  return harness;
}

describe('PlayView', () => {
  it('shows what to say, show and avoid, each with its why chip, and proof as a link', async () => {
    await setup('call');
    const say = await screen.findByRole('region', { name: 'Say' });
    expect(within(say).getByText('Say the risk out loud <b>first</b>')).toBeTruthy();
    expect(within(say).getAllByText(/^why: Risk/).length).toBeGreaterThan(0);
    const proof = within(screen.getByRole('region', { name: 'Show' })).getByRole('link', {
      name: 'Open Audit report',
    });
    expect(proof.getAttribute('href')).toBe('https://example.com/audit');
    expect(proof.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('region', { name: 'Avoid' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Email snippet' })).toBeNull();
  });

  it('puts the entry written for the person’s role first', async () => {
    await setup('call', ['finance-approver']);
    const say = await screen.findByRole('region', { name: 'Say' });
    const titles = within(say)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
    expect(titles[0]).toBe('Talk payback');
    expect(screen.getByTestId('play-context').textContent).toContain('Fin Lee (Finance approver)');
  });

  it('on email, offers the snippet with insert, and says why insertion failed', async () => {
    insertResult = { inserted: false, reason: 'no compose box is open' };
    await setup('email');
    const snippet = await screen.findByRole('region', { name: 'Email snippet' });
    const user = userEvent.setup();
    await user.click(within(snippet).getByRole('button', { name: 'Insert into email: Recap' }));
    expect(insert).toHaveBeenCalledWith('Text of snippet');
    const recap = within(snippet).getByText('Recap').closest('li')!;
    expect(within(recap).getByTestId('insert-result').textContent).toBe(
      'Not inserted: no compose box is open',
    );
    insertResult = undefined;
  });

  it('copies an entry’s words', async () => {
    await setup('call');
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const say = await screen.findByRole('region', { name: 'Say' });
    await user.click(within(say).getByRole('button', { name: 'Copy: Name the risk' }));
    expect(writeText).toHaveBeenCalledWith('Say the risk out loud <b>first</b>');
    await waitFor(() => expect(within(say).getByText('Copied.')).toBeTruthy());
  });

  it('never fills a slot from a suggested quote: the rep sees and inserts a [prompt] instead', async () => {
    const suggested = {
      id: 'ev1',
      accountId: 'a',
      motivation: 'risk',
      source: 'email',
      quote: 'We lost a week to the last migration',
      at: T,
      status: 'suggested',
      weight: 0.9,
      createdAt: T,
      updatedAt: T,
    } as EvidenceRow;
    await setup('email', undefined, [suggested]);
    const snippet = await screen.findByRole('region', { name: 'Email snippet' });
    const item = within(snippet).getByText('In their words').closest('li')!;
    expect(item.querySelector('.play-text')?.textContent).toBe(
      'Thanks, [name]. In your words: [their words for the problem].',
    );
    expect(item.querySelectorAll('mark.slot-prompt')).toHaveLength(2);
    expect(within(item).getByTestId('slot-hint')).toBeTruthy();
    await userEvent.setup().click(within(item).getByRole('button', { name: /^Insert into email/ }));
    expect(insert).toHaveBeenLastCalledWith('Thanks, [name]. In your words: [their words for the problem].');
  });

  it('fills a slot from a confirmed quote, isolated for bidi', async () => {
    const confirmed = {
      id: 'ev2',
      accountId: 'a',
      motivation: 'risk',
      source: 'caption',
      quote: 'Downtime at close would end me',
      at: T,
      status: 'confirmed',
      weight: 0.9,
      createdAt: T,
      updatedAt: T,
    } as EvidenceRow;
    await setup('email', undefined, [confirmed]);
    const snippet = await screen.findByRole('region', { name: 'Email snippet' });
    const item = within(snippet).getByText('In their words').closest('li')!;
    expect(item.querySelector('bdi.slot-filled')?.textContent).toBe('“Downtime at close would end me”');
  });
});
