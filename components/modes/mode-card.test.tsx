// @vitest-environment happy-dom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { peopleChanges } from '@/lib/domain/stakeholders/people-changes';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedEvidence,
  seedPerson,
} from '@/components/test-support/render-panel';
import type { AccountRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import { scoreDiagnosis } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import type { PlaybookEntry } from '@/lib/playbook/schema';
import { entry as testEntry } from '@/lib/playbook/test-entry';
import { ModeCard, type ModeCardProps } from './mode-card';

const T = '2026-11-22T13:00:00.000Z';
// Risk entries titled and worded after their id, unless overridden.
const entry = (o: Partial<PlaybookEntry> & Pick<PlaybookEntry, 'id' | 'kind'>): PlaybookEntry =>
  testEntry({ title: o.id, text: `Text of ${o.id}`, motivations: { risk: 1 }, updatedAt: T, ...o });
vi.mock('@/lib/playbook/default', () => ({
  loadDefaultPlaybook: () =>
    Promise.resolve([
      entry({ id: 'ask-worst', kind: 'ask', text: 'What is the worst that could happen?' }),
      entry({ id: 'show-cert', kind: 'show', title: 'Security certificate', proof: { type: 'certificate' } }),
      entry({ id: 'avoid-rush', kind: 'avoid', text: 'Do not rush the review.' }),
      entry({
        id: 'snip',
        kind: 'email-snippet',
        title: 'Risk recap',
        text: 'Here are the three risks you raised.',
      }),
    ]),
}));
vi.mock('@/components/kernel/background-queries', () => ({
  useInsertSnippet: () => ({ mutate: vi.fn(), isPending: false, error: null, data: undefined }),
  useSuggestEvidenceFromText: () => ({ mutate: vi.fn() }),
}));

let repos: ReturnType<typeof createHarness>['repos'];
let bus: ReturnType<typeof createHarness>['bus'];

async function props(
  mode: ModeCardProps['mode'],
  accountOverrides: Partial<AccountRow> = {},
): Promise<ModeCardProps> {
  const harness = createHarness();
  repos = harness.repos;
  bus = harness.bus;
  const account = (await seedAccount(harness.repos, accountOverrides)) as AccountRow;
  const dana = (await seedPerson(harness.repos, account.id, { roles: ['economic-buyer'] })) as PersonRow;
  const quote = (await seedEvidence(harness.repos, account.id, {
    status: 'confirmed',
    weight: 1,
    source: 'manual',
  })) as EvidenceRow;
  const waiting = (await seedEvidence(harness.repos, account.id, {
    quote: 'Legal will want to see this',
    at: T,
  })) as EvidenceRow;
  const evidence = [quote, waiting];
  const result = scoreDiagnosis({ evidence, tickedSignals: [], catalogue: MOTIVATION_CATALOGUE, now: T });
  const p: ModeCardProps = {
    mode,
    account,
    people: [dana],
    person: undefined,
    evidence,
    snapshots: [],
    result,
    changes: peopleChanges(account, [dana], []),
  };
  renderWithPanel(<ModeCard {...p} />, harness);
  return p;
}

describe('ModeCard', () => {
  it('live call: t focuses the signal finder on the card itself, without scrolling', async () => {
    await props('live');
    const card = await screen.findByTestId('live-card');
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    act(() => void bus.run('tick-signal'));
    const finder = within(card).getByRole('searchbox', { name: 'Find a signal to tick' });
    expect(document.activeElement).toBe(finder);
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    focus.mockRestore();
  });

  it('live call: top motivation with its quote, the next question, the proof and what to avoid', async () => {
    await props('live');
    const card = await screen.findByTestId('live-card');
    expect(card.querySelector('strong')?.textContent).toBe('Risk');
    expect(within(card).getAllByText('We cannot afford another failed rollout').length).toBeGreaterThan(0);
    await waitFor(() =>
      expect(within(card).getByTestId('next-question').textContent).toBe(
        'What is the worst that could happen?',
      ),
    );
    expect(within(card).getByText('Security certificate')).toBeTruthy();
    expect(within(card).getByText('Do not rush the review.')).toBeTruthy();
    expect(within(card).getByText('Legal will want to see this')).toBeTruthy();
    expect(within(card).getByRole('textbox', { name: /New note/ })).toBeTruthy();
  });

  it('email: the qualification checklist says what is known and what to find out, with a reply snippet', async () => {
    await props('email');
    const card = await screen.findByTestId('email-card');
    expect(within(card).getByTestId('qualify-motivation').dataset.done).toBe('true');
    expect(within(card).getByTestId('qualify-economic-buyer').textContent).toContain('Dana Ruiz');
    expect(within(card).getByTestId('qualify-timing').dataset.done).toBe('false');
    expect(await within(card).findByText('Here are the three risks you raised.')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Insert into email: Risk recap' })).toBeTruthy();
  });

  it('renewal prep: the brief comes first and the promised metric is editable', async () => {
    await props('prep', { stage: 'renewal' });
    const card = await screen.findByTestId('prep-card');
    await within(card).findByTestId('renewal-brief', {}, { timeout: 5000 });
    const first = card.querySelector('section, [data-testid]');
    expect(first?.getAttribute('aria-label')).toBe('Renewal brief');
    expect(within(card).getByLabelText('Success metric promised')).toBeTruthy();
    // The editable field is the metric's one place on the card: the brief above does not repeat it.
    expect(within(card).getAllByText(/^Success metric/)).toHaveLength(1);
    expect(within(card).getByTestId('no-baseline').textContent).toContain('No baseline yet');
  });

  it('prep before a sale speaks of the account, not of a renewal or a sale', async () => {
    await props('prep', { stage: 'discovery' });
    const card = await screen.findByTestId('prep-card');
    await within(card).findByTestId('renewal-brief', {}, { timeout: 5000 });
    expect(card.querySelector('section')?.getAttribute('aria-label')).toBe('Account brief');
    expect(card.textContent).not.toMatch(/renewal brief|since the sale|joined|at renewal/i);
    expect(within(card).getByLabelText('Success metric')).toBeTruthy();
  });

  it('renewal prep: the renewal date and contract fields are editable and saved on the account', async () => {
    const p = await props('prep', { stage: 'renewal' });
    const card = await screen.findByTestId('prep-card');
    const user = userEvent.setup();
    await user.type(within(card).getByLabelText('Renewal date'), '2027-03-31');
    await user.type(within(card).getByLabelText('Annual value'), '48000');
    await user.type(within(card).getByLabelText('Term (months)'), '12');
    await user.click(document.body);
    await waitFor(async () =>
      expect(await repos.accounts.get(p.account.id)).toMatchObject({
        renewalDate: '2027-03-31',
        contractValue: 48000,
        contractTermMonths: 12,
      }),
    );
  });
});
