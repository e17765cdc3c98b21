import { describe, expect, it } from 'vitest';
import { describeStatus } from './sync-status-line';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const base = { configured: true, lastSyncAt: null, pending: 0, inFlight: false, lastError: null };

describe('describeStatus', () => {
  it.each([
    ['says so while the status is unknown', undefined, 'Checking sync status…'],
    [
      'reassures that nothing leaves when not connected',
      { ...base, configured: false },
      'Not connected: everything stays on this computer.',
    ],
    [
      'names the endpoint when the background reports it',
      { ...base, endpoint: 'https://s.example' },
      'Connected to https://s.example: not synced yet, 0 changes waiting.',
    ],
    [
      'gives the last sync time and one pending change',
      { ...base, lastSyncAt: '2026-11-22T11:55:00.000Z', pending: 1 },
      'Connected: last synced 5 min ago, 1 change waiting.',
    ],
    [
      'says when a sync is running',
      { ...base, inFlight: true, pending: 4 },
      'Connected: syncing now, 4 changes waiting.',
    ],
    [
      'shows the last error',
      { ...base, lastError: 'HTTP 503' },
      'Connected: not synced yet, 0 changes waiting. Last error: HTTP 503',
    ],
  ])('%s', (_rule, status, expected) => {
    expect(describeStatus(status, NOW)).toBe(expected);
  });
});
