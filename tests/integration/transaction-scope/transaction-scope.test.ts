/**
 * The sync path's transactions over fake-indexeddb (scenarios.ts; the same run in Chromium in
 * tests/e2e/transaction-scope.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { runScenarios } from './scenarios';

describe('the sync path stays inside its one IndexedDB transaction (fake-indexeddb)', () => {
  it('in every scenario, and the check catches a helper written the unsafe way', async () => {
    const { scenarios, controls } = await runScenarios();

    expect(scenarios.filter((s) => s.transactions !== 1 || s.captured !== 0 || s.error !== null)).toEqual([]);
    expect(controls.filter((c) => c.transactions === 1 && c.error === null)).toEqual([]);
  });
});
