import { describe, expect, it } from 'vitest';
import { timeAgo } from './format-time';

const NOW = new Date('2026-11-22T12:00:00.000Z');

describe('timeAgo', () => {
  it.each([
    ['under 45 seconds reads as just now', '2026-11-22T11:59:30.000Z', 'just now'],
    ['minutes are rounded', '2026-11-22T11:55:00.000Z', '5 min ago'],
    ['hours after an hour', '2026-11-22T09:00:00.000Z', '3 h ago'],
    ['days within a week', '2026-11-20T12:00:00.000Z', '2 d ago'],
    ['older than a week shows the date', '2026-10-01T12:00:00.000Z', '2026-10-01'],
  ])('%s', (_rule, iso, expected) => {
    expect(timeAgo(iso, NOW)).toBe(expected);
  });
});
