// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedEvidence,
  seedPerson,
} from '@/components/test-support/render-panel';
import { DISCOVERY_QUESTIONS } from '@/lib/domain/movement/discovery-questions';
import type { CallRecord } from '@/lib/domain/recap/call-record';
import { CallRecapView } from './call-recap-view';

const inserted = vi.hoisted(() => ({ texts: [] as string[], call: null as CallRecord | null }));
vi.mock('./call-queries', () => ({
  useCallRecord: () => ({ data: inserted.call, isPending: false, error: null }),
  useCaptionsHeard: () => undefined,
}));
vi.mock('@/components/kernel/background-queries', () => ({
  useInsertSnippet: () => ({
    mutate: (text: string) => inserted.texts.push(text),
    isPending: false,
    error: null,
    data: undefined,
  }),
}));

const AT = '2026-11-22T13:10:00.000Z';
const callOf = (accountId: string): CallRecord => ({
  callId: 'call-1',
  accountId,
  title: 'Acme — discovery',
  startedAt: '2026-11-22T13:00:00.000Z',
  endedAt: '2026-11-22T13:30:00.000Z',
  participants: ['Dana Ruiz', 'Priya Nair'],
  lines: [
    {
      id: 'l1',
      speaker: 'Dana Ruiz',
      side: 'buyer',
      text: 'The outage cost us three weekends. What if it fails halfway?',
      at: AT,
    },
    { id: 'l2', speaker: 'You', side: 'seller', text: 'I’ll send the security summary by Friday.', at: AT },
    {
      id: 'l3',
      speaker: 'Dana Ruiz',
      side: 'buyer',
      text: 'Wir müssen das noch mit dem Team besprechen, aber es ist nicht dringend.',
      at: AT,
      language: 'de',
    },
  ],
});

async function renderRecap(discovery: Record<string, string> = {}) {
  const harness = createHarness();
  const account = await seedAccount(harness.repos, { name: 'Acme Logistics', discovery });
  await seedPerson(harness.repos, account.id, { name: 'Dana Ruiz' });
  await seedEvidence(harness.repos, account.id, {
    quote: 'The outage cost us three weekends.',
    status: 'confirmed',
    motivation: 'relief',
    side: 'buyer',
    at: AT,
  });
  await seedEvidence(harness.repos, account.id, {
    quote: 'What if it fails halfway?',
    status: 'suggested',
    side: 'buyer',
    at: AT,
  });
  inserted.call = callOf(account.id);
  inserted.texts = [];
  const view = renderWithPanel(
    <CallRecapView callId="call-1" fallbackAccountId={null} onClose={() => undefined} />,
    harness,
  );
  await screen.findByRole('heading', { name: /Call recap: Acme — discovery/ });
  return view;
}

describe('CallRecapView', () => {
  it('shows the call on one screen and saves it as a call note of the call’s account', async () => {
    const { db } = await renderRecap();
    expect(
      within(screen.getByTestId('recap-heard')).getByText(/The outage cost us three weekends/),
    ).toBeTruthy();
    expect(screen.getByTestId('suggestion').textContent).toContain('What if it fails halfway?');
    expect(screen.getByTestId('recap-silent').textContent).toBe('Present but silent: Priya Nair');
    expect(screen.getByTestId('recap-commitments').textContent).toContain(
      'send the security summary by Friday',
    );
    expect(screen.getByTestId('recap-risks').textContent).toMatch(/outage.*worry it fails/s);
    expect(screen.getByTestId('recap-not-diagnosed').textContent).toContain('Not diagnosed: German');
    await waitFor(async () => expect((await db.notes.get('n_recap_call-1'))?.tags).toEqual(['recap']));
    const note = await db.notes.get('n_recap_call-1');
    expect(note).toMatchObject({ kind: 'call', at: '2026-11-22T13:00:00.000Z' });
    expect(note?.text).toContain('# Call recap: Acme — discovery');
    expect(note?.text).toContain('Wir müssen das noch mit dem Team besprechen');
    expect(await db.outbox.where('collection').equals('notes').count()).toBe(1);
  });

  it('puts only ticked steps and confirmed words into the follow-up, and inserts it', async () => {
    await renderRecap();
    const followUp = () => screen.getByTestId('follow-up-text').textContent ?? '';
    expect(followUp()).toContain('- [the next step we agreed, and its date]');
    expect(followUp()).toContain('“The outage cost us three weekends.”');
    expect(followUp()).not.toContain('What if it fails halfway');
    await userEvent.click(screen.getByRole('checkbox', { name: /send the security summary/ }));
    await waitFor(() =>
      expect(followUp()).toMatch(
        /- From our side: send the security summary by Friday \(Friday 27 November\)\./,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Insert into email: the follow-up email' }));
    expect(inserted.texts).toEqual([followUp()]);
  });

  it('says which discovery questions are answered (with the answer) and which are still open', async () => {
    await renderRecap({ pain: 'Month-end takes four days' });
    const pain = DISCOVERY_QUESTIONS.find((q) => q.id === 'pain')!;
    const discovery = screen.getByRole('region', { name: 'Discovery' });
    expect(discovery.textContent).toContain(`1 answered, ${DISCOVERY_QUESTIONS.length - 1} still open.`);
    expect(discovery.textContent).toContain(`${pain.prompt} Month-end takes four days`);
    const open = within(discovery).getByTestId('recap-open-questions').textContent ?? '';
    expect(open).not.toContain(pain.prompt);
    expect(open).toContain(DISCOVERY_QUESTIONS.find((q) => q.id === 'budget')!.prompt);
  });

  it('exports the recap as Markdown: copied, or downloaded as a .md file named for the account', async () => {
    await renderRecap();
    const user = userEvent.setup(); // installs its own clipboard: spy on it afterwards
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown: the call recap' }));
    const markdown = writeText.mock.calls[0]![0];
    expect(markdown).toContain('# Call recap: Acme — discovery');
    expect(markdown).toContain('send the security summary by Friday');
    expect(markdown).toContain('**Present but silent:** Priya Nair');
    expect(screen.getByTestId('brief-download').getAttribute('download')).toBe(
      'acme-logistics-call-recap.md',
    );
  });

  it('confirming a suggested quote from the recap moves it into what we heard', async () => {
    const { db } = await renderRecap();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm: What if it fails halfway?' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('recap-heard')).getByText(/What if it fails halfway/)).toBeTruthy(),
    );
    expect((await db.evidence.toArray()).every((e) => e.status === 'confirmed')).toBe(true);
  });
});
