// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PackStatus } from '@/lib/sync/selector-pack-status';
import { ALL_BUILT_IN, fakePacks, fakeSync, renderWithDeps, type Rendered } from './options-test-kit';
import { SelectorPackSection } from './selector-pack-section';

let view: Rendered;
afterEach(() => view.cleanup());

const TEAM = { version: 3, publishedAt: '2026-11-20T09:00:00Z', fetchedAt: '2026-11-22T10:00:00Z' };
const withMeetPack: PackStatus = { ...ALL_BUILT_IN, apps: { ...ALL_BUILT_IN.apps, meet: TEAM } };

const rowText = async (app: string) =>
  (await screen.findByRole('row', { name: new RegExp(`^${app}\\b`) })).textContent ?? '';

describe('SelectorPackSection', () => {
  it('names the built-in pack for every app when no team pack is in use', async () => {
    view = await renderWithDeps(<SelectorPackSection />);
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(10);
    for (const row of rows.slice(1)) expect(row.textContent).toMatch(/Built-in/);
  });

  it('names the team pack version and date for the apps it covers, built-in for the others', async () => {
    view = await renderWithDeps(<SelectorPackSection />, fakeSync(), fakePacks(withMeetPack));
    expect(await rowText('Meet')).toMatch(/Team pack v3, published 2026-11-20 \(received 2 h ago\)/);
    expect(await rowText('Teams')).toMatch(/Built-in/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why a team pack was refused, and that the last good pack stays in use', async () => {
    const refused: PackStatus = {
      ...withMeetPack,
      refused: {
        at: '2026-11-22T11:55:00Z',
        reason: 'team pack refused: apps.meet.selectors.title.0: not a CSS selector: div[[',
        version: 4,
      },
    };
    view = await renderWithDeps(<SelectorPackSection />, fakeSync(), fakePacks(refused));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Team pack v4 was not used (5 min ago): team pack refused: apps.meet.selectors.title.0: not a CSS selector: div[[. The last good team pack stays in use.',
    );
    expect(await rowText('Meet')).toMatch(/Team pack v3/);
  });

  it('asks the background for the team pack on request and shows the answer', async () => {
    const packs = fakePacks(ALL_BUILT_IN, withMeetPack);
    view = await renderWithDeps(<SelectorPackSection />, fakeSync(), packs);
    expect(await rowText('Meet')).toMatch(/Built-in/);
    await view.user.click(screen.getByRole('button', { name: 'Check for a team pack now' }));
    expect(packs.refresh).toHaveBeenCalledTimes(1);
    expect(await rowText('Meet')).toMatch(/Team pack v3/);
  });
});
