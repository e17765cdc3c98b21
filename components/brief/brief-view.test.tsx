// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedPerson,
} from '@/components/test-support/render-panel';
import type { AccountRow, DiagnosisRow, PersonRow } from '@/lib/db/schema';
import { scoreDiagnosis } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { MOTIVATIONS, type MotivationId } from '@/lib/domain/vocabulary';
import { PeopleView } from '@/components/people/people-view';
import { briefFileName } from './brief-actions';
import { BriefView } from './brief-view';

vi.mock('@/lib/playbook/default', () => ({ loadDefaultPlaybook: () => Promise.resolve([]) }));

describe('briefFileName', () => {
  it.each([
    ['spaces and case become a slug', 'Acme Logistics', 'Renewal brief', 'acme-logistics-renewal-brief.md'],
    [
      'accents are folded and symbols dropped',
      'Société Générale & Co',
      'Hand-off brief',
      'societe-generale-co-hand-off-brief.md',
    ],
  ])('%s', (_rule, name, kind, file) => {
    expect(briefFileName(name, kind)).toBe(file);
  });
});

/** The diagnosis of an account with no evidence yet. */
const NO_EVIDENCE = scoreDiagnosis({
  evidence: [],
  tickedSignals: [],
  catalogue: MOTIVATION_CATALOGUE,
  now: '2026-11-22T14:00:00.000Z',
});

async function setup() {
  const harness = createHarness();
  const account = (await seedAccount(harness.repos, {
    stage: 'renewal',
    renewalDate: '2027-01-10',
    successMetric: 'Close the books in 3 days',
  })) as AccountRow;
  const champion = (await seedPerson(harness.repos, account.id, {
    name: 'Jonas Berg',
    roles: ['champion'],
    stance: 'champion',
  })) as PersonRow;
  renderWithPanel(
    <BriefView account={account} people={[champion]} evidence={[]} snapshots={[]} result={NO_EVIDENCE} />,
    harness,
  );
  return harness;
}

describe('BriefView', () => {
  it('opens on the renewal brief for a renewal and copies it as Markdown', async () => {
    await setup();
    const user = userEvent.setup(); // installs its own clipboard: spy on it afterwards
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    expect((await screen.findByTestId('renewal-brief')).textContent).toContain('Close the books in 3 days');
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    const markdown = writeText.mock.calls[0]![0];
    expect(markdown).toContain('Acme Logistics');
    expect(markdown).toContain('Close the books in 3 days');
  });

  it('says who left and whose stance moved since the sale, from the group the sale’s snapshot recorded', async () => {
    const harness = createHarness();
    const account = (await seedAccount(harness.repos, {
      stage: 'renewal',
      renewalDate: '2027-01-10',
    })) as AccountRow;
    const champion = (await seedPerson(harness.repos, account.id, {
      name: 'Jonas Berg',
      roles: ['champion'],
      stance: 'sceptic',
    })) as PersonRow;
    const atSale = await harness.repos.diagnoses.record({
      accountId: account.id,
      at: '2026-01-05T00:00:00.000Z',
      scores: Object.fromEntries(MOTIVATIONS.map((m) => [m, 0])) as Record<MotivationId, number>,
      stage: 'onboarding',
      people: [
        { id: champion.id, name: 'Jonas Berg', roles: ['champion'], stance: 'champion', influence: 'medium' },
        { id: 'p_gone', name: 'Lee Park', roles: ['economic-buyer'], stance: 'supporter', influence: 'high' },
      ],
    });
    renderWithPanel(
      <BriefView
        account={account}
        people={[champion]}
        evidence={[]}
        snapshots={[atSale as DiagnosisRow]}
        result={NO_EVIDENCE}
      />,
      harness,
    );
    const changes = await screen.findByTestId('brief-changes');
    expect(changes.textContent).toContain('left Lee Park');
    expect(changes.textContent).toContain('Jonas Berg · Champion → Sceptic');
    expect(screen.getByTestId('renewal-brief').textContent).toMatch(/Lee Park \(Economic buyer\) has left/);
  });

  it('switches to the hand-off brief and the champion’s permission pack', async () => {
    await setup();
    const user = userEvent.setup();
    await screen.findByTestId('renewal-brief');
    await user.click(screen.getByRole('radio', { name: 'Hand-off brief' }));
    expect((await screen.findByTestId('handoff-brief')).textContent).toContain('Jonas Berg');
    await user.click(screen.getByRole('radio', { name: 'Permission pack' }));
    expect((await screen.findByTestId('permission-pack')).textContent).toContain('For Jonas Berg');
  });

  it('downloads the Markdown as a file made at click time', async () => {
    await setup();
    const createObjectURL = vi.fn(() => 'blob:brief');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const link = await screen.findByTestId('brief-download');
    expect(link.getAttribute('download')).toBe('acme-logistics-renewal-brief.md');
    fireEvent.click(link);
    await waitFor(() => expect(link.getAttribute('href')).toBe('blob:brief'));
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toContain('Acme Logistics');
  });
});

describe('BriefView · permission pack shared', () => {
  it('“Mark as shared” records a prep note for the champion and closes the People warning', async () => {
    const harness = createHarness();
    const account = (await seedAccount(harness.repos, { stage: 'proposal' })) as AccountRow;
    const champion = (await seedPerson(harness.repos, account.id, {
      name: 'Jonas Berg',
      roles: ['champion'],
      stance: 'champion',
      motivations: ['permission'],
    })) as PersonRow;
    renderWithPanel(
      <>
        <PeopleView
          accountId={account.id}
          people={[champion]}
          stage="proposal"

          talkingTo={null}
          onTalkTo={() => undefined}
        />
        <BriefView account={account} people={[champion]} evidence={[]} snapshots={[]} result={NO_EVIDENCE} />
      </>,
      harness,
    );
    const warning = /Jonas Berg believes in this but needs permission/;
    expect(await screen.findByText(warning)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Permission pack' }));
    const mark = await screen.findByRole('button', { name: 'Mark as shared with Jonas Berg' });
    // Keyboard-operable: focus and Enter, no pointer needed.
    mark.focus();
    await user.keyboard('{Enter}');

    await waitFor(async () => expect(await harness.repos.notes.forAccount(account.id)).toHaveLength(1));
    const [note] = await harness.repos.notes.forAccount(account.id);
    expect(note).toMatchObject({
      kind: 'prep',
      personIds: [champion.id],
      tags: ['business-case', 'objection-answers', 'one-page-summary', 'permission-pack'],
    });
    expect(note!.text).toContain('Jonas Berg');
    await waitFor(() => expect(screen.queryByText(warning)).toBeNull());
    expect(await screen.findByText(/Recorded in Notes: the pack was shared with Jonas Berg/)).toBeTruthy();
    expect(await screen.findByText('Last shared 2026-11-22')).toBeTruthy();
  });
});
