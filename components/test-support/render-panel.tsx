/**
 * Test support for panel components: a fresh database per test, a fixed clock, a fresh
 * QueryClient without retries, and the command bus. Not shipped (only tests import it).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { afterEach } from 'vitest';
import { CommandBusProvider, createCommandBus, type CommandBus } from '@/components/kernel/panel-commands';
import { PanelDataProvider } from '@/components/kernel/panel-data';
import { createRepositories, type Repositories } from '@/lib/db/repositories';
import { MotiveDatabase } from '@/lib/db/schema';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
// The machine running `npm test` is shared and busy: give async queries room before failing.
configure({ asyncUtilTimeout: 4000 });

export const TEST_NOW = new Date('2026-11-22T14:00:00.000Z');

let counter = 0;

export interface PanelHarness {
  db: MotiveDatabase;
  repos: Repositories;
  now: () => Date;
  bus: CommandBus;
  client: QueryClient;
}

/** A fresh harness: its own IndexedDB database (fake-indexeddb) and clock. */
export function createHarness(now: () => Date = () => TEST_NOW): PanelHarness {
  counter += 1;
  const db = new MotiveDatabase(`motive-test-${counter}-${Math.random().toString(36).slice(2)}`);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return { db, repos: createRepositories({ db, now }), now, bus: createCommandBus(), client };
}

export function renderWithPanel(ui: ReactElement, harness: PanelHarness = createHarness()) {
  // A wrapper (not a wrapped element), so `rerender` keeps the providers.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={harness.client}>
      <PanelDataProvider db={harness.db} now={harness.now}>
        <CommandBusProvider bus={harness.bus}>{children}</CommandBusProvider>
      </PanelDataProvider>
    </QueryClientProvider>
  );
  return { ...render(ui, { wrapper }), ...harness };
}

/** An account with every required field, overridable. */
export async function seedAccount(
  repos: Repositories,
  over: Partial<Parameters<Repositories['accounts']['create']>[0]> = {},
) {
  return repos.accounts.create({
    name: 'Acme Logistics',
    domain: 'acme.com',
    crmKeys: [],
    stage: 'evaluation',
    segment: {},
    movement: {},
    discovery: {},
    tickedSignals: [],
    isSample: false,
    ...over,
  });
}

export async function seedPerson(
  repos: Repositories,
  accountId: string,
  over: Partial<Parameters<Repositories['people']['create']>[0]> = {},
) {
  return repos.people.create({
    accountId,
    name: 'Dana Ruiz',
    roles: [],
    stance: 'neutral',
    influence: 'medium',
    motivations: [],
    presence: { meetings: 0, spoke: 0 },
    ...over,
  });
}

export async function seedEvidence(
  repos: Repositories,
  accountId: string,
  over: Partial<Parameters<Repositories['evidence']['create']>[0]> = {},
) {
  return repos.evidence.create({
    accountId,
    motivation: 'risk',
    source: 'caption',
    quote: 'We cannot afford another failed rollout',
    speaker: 'Dana Ruiz',
    at: '2026-11-22T13:55:00.000Z',
    status: 'suggested',
    weight: 0.8,
    ...over,
  });
}
