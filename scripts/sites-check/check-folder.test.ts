import { describe, expect, it } from 'vitest';
import { captureUrl, checkFolder, formatTable } from './check-folder';

describe('sites:check on a folder', () => {
  it('reads every capture under the folder with the URL its comments or source note name', () => {
    const rows = checkFolder('tests/fixtures/sites/meet');
    expect(rows.length).toBeGreaterThan(3);
    const region = rows.find((r) => r.capture === '2026-03-24-call-captions-region.html');
    expect(region).toMatchObject({ app: 'meet', items: 4 });
    expect(region?.matched).toContain('caption text');
  });
  it.each([
    [
      'skips URLs no reader covers',
      ['see https://example.com/x and https://meet.google.com/abc-defg-hij'],
      'https://meet.google.com/abc-defg-hij',
    ],
    [
      'looks in the source note when the page names none',
      ['<html></html>', 'captured at https://teams.live.com/v2/'],
      'https://teams.live.com/v2/',
    ],
    ['finds nothing when nothing is named', ['<html></html>', ''], undefined],
  ])('captureUrl %s', (_rule, texts, expected) => {
    expect(captureUrl(...texts)).toBe(expected);
  });
  it('prints aligned columns with a header', () => {
    const table = formatTable([
      { app: 'meet', capture: 'a.html', status: 'ok', items: 2, matched: ['caption text'], failed: [] },
      {
        app: 'teams',
        capture: 'long-name.html',
        status: 'partial',
        items: 0,
        matched: [],
        failed: ['caption text'],
      },
    ]).split('\n');
    expect(table[0]?.split(/ {2,}/)).toEqual(['app', 'capture', 'read', 'items', 'matched', 'failed']);
    expect(table[0]?.indexOf('capture')).toBe(table[2]?.indexOf('long-name.html'));
    expect(table[2]).toContain('teams  long-name.html  partial  0');
  });
});
