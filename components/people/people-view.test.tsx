// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedPerson,
} from '@/components/test-support/render-panel';
import { useAccountSource } from '@/components/kernel/account-source';
import { PeopleView as View, type PeopleViewProps } from './people-view';

/** The view as the workspace mounts it: people from the account's live records. */
function PeopleView(props: Omit<PeopleViewProps, 'people'>) {
  const people = useAccountSource(props.accountId).records?.people;
  return people ? <View {...props} people={people} /> : null;
}

const noop = () => undefined;

describe('PeopleView', () => {
  it('adds a person in place with roles, stance and influence', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const user = userEvent.setup();
    renderWithPanel(
      <PeopleView accountId={account.id} stage="evaluation" talkingTo={null} onTalkTo={noop} />,
      harness,
    );
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    await user.type(within(form).getByLabelText('Name'), 'Priya Shah');
    await user.click(within(form).getByRole('checkbox', { name: 'Finance approver' }));
    await user.selectOptions(within(form).getByLabelText('Stance'), 'sceptic');
    await user.selectOptions(within(form).getByLabelText('Influence'), 'high');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    await waitFor(async () => expect(await harness.repos.people.forAccount(account.id)).toHaveLength(1));
    const [priya] = await harness.repos.people.forAccount(account.id);
    expect(priya).toMatchObject({
      name: 'Priya Shah',
      roles: ['finance-approver'],
      stance: 'sceptic',
      influence: 'high',
    });
    expect(await screen.findByRole('button', { name: /^Edit Priya Shah/ })).toBeTruthy();
  });

  it('shows every person on the map and as a focusable list item', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const boss = await seedPerson(harness.repos, account.id, {
      name: 'Ana Boss',
      influence: 'high',
      stance: 'champion',
    });
    await seedPerson(harness.repos, account.id, { name: 'Ben Report', reportsTo: boss.id });
    const { container } = renderWithPanel(
      <PeopleView accountId={account.id} stage="evaluation" talkingTo={null} onTalkTo={noop} />,
      harness,
    );
    const list = await screen.findByRole('list', { name: 'People on this account' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText(/reports to Ana Boss/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /2 people/ })).toBeTruthy();
    expect(container.querySelectorAll('.map-node')).toHaveLength(2);
    expect(container.querySelectorAll('.map-link')).toHaveLength(1);
  });

  it('edits a person in place and can mark who the rep is talking to', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const dana = await seedPerson(harness.repos, account.id);
    const talked: string[] = [];
    const user = userEvent.setup();
    renderWithPanel(
      <PeopleView
        accountId={account.id}
        stage="evaluation"

        talkingTo={null}
        onTalkTo={(id) => talked.push(id)}
      />,
      harness,
    );
    await user.click(await screen.findByRole('button', { name: /^Edit Dana Ruiz/ }));
    await user.click(screen.getByRole('checkbox', { name: 'risk' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await harness.repos.people.forAccount(account.id))[0]?.motivations).toEqual(['risk']),
    );
    await user.click(screen.getByRole('button', { name: 'Talk to' }));
    expect(talked).toEqual([dana.id]);
  });

  it('lists the engine’s warnings for a thin map', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    await seedPerson(harness.repos, account.id, { roles: ['daily-user'] });
    renderWithPanel(
      <PeopleView accountId={account.id} stage="proposal" talkingTo={null} onTalkTo={noop} />,
      harness,
    );
    const warnings = await screen.findByTestId('stakeholder-warnings');
    expect(within(warnings).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it.each([
    ['stays while the champion has no artefacts', [], true],
    ['stays while one artefact is missing', [['business-case', 'objection-answers']], true],
    [
      'closes once notes are tagged with every permission artefact',
      [['business-case'], ['objection-answers', 'one-page-summary']],
      false,
    ],
  ])('the champion-without-artefacts warning %s', async (_rule, noteTags, warns) => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const cara = await seedPerson(harness.repos, account.id, {
      name: 'Cara Champ',
      roles: ['champion'],
      stance: 'champion',
      motivations: ['permission'],
    });
    for (const tags of noteTags) {
      await harness.repos.notes.create({
        accountId: account.id,
        kind: 'prep',
        text: 'Sent to Cara',
        at: '2026-11-22T13:00:00.000Z',
        personIds: [cara.id],
        tags,
      });
    }
    renderWithPanel(
      <PeopleView accountId={account.id} stage="proposal" talkingTo={null} onTalkTo={noop} />,
      harness,
    );
    const warnings = await screen.findByTestId('stakeholder-warnings');
    expect(within(warnings).queryByText(/Cara Champ believes in this but needs permission/) !== null).toBe(
      warns,
    );
  });

  it('offers the people the background suggests for the tab, and adds one prefilled with what the page showed', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    await seedPerson(harness.repos, account.id, { email: 'dana@acme.com' });
    const user = userEvent.setup();
    renderWithPanel(
      <PeopleView
        accountId={account.id}
        stage="evaluation"
        talkingTo={null}
        onTalkTo={noop}
        seen={[
          { name: 'Jo Whitfield', seenIn: 'call' },
          { name: 'Sam Wu', email: 'sam@acme.com', title: 'Head of Finance', seenIn: 'call' },
        ]}
      />,
      harness,
    );
    expect(await screen.findByText(/Seen in this meeting, not on the map/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add Jo Whitfield' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add Sam Wu' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    expect(within(form).getByLabelText<HTMLInputElement>('Email').value).toBe('sam@acme.com');
    expect(within(form).getByLabelText<HTMLInputElement>('Title').value).toBe('Head of Finance');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    await waitFor(async () => expect(await harness.repos.people.forAccount(account.id)).toHaveLength(2));
  });

  it('offers no one when the background suggests no one', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    renderWithPanel(
      <PeopleView accountId={account.id} stage="evaluation" talkingTo={null} onTalkTo={noop} seen={[]} />,
      harness,
    );
    await screen.findByRole('button', { name: 'Add person' });
    expect(screen.queryByRole('region', { name: 'Seen on this page' })).toBeNull();
  });
});
