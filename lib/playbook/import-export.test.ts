import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, MOTIONS, MOTIVATIONS, PLAYBOOK_KINDS, ROLES, STAGES } from '../domain/vocabulary';
import { exportPlaybook, parsePlaybookImport } from './import-export';
import { playbookEntrySchema, type PlaybookEntry } from './schema';
import { entry } from './test-entry';

const file = (entries: unknown, extra: object = {}) =>
  JSON.stringify({ format: 'motive-playbook', version: 1, entries, ...extra });
const errorsOf = (json: string) => {
  const r = parsePlaybookImport(json);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('parsePlaybookImport', () => {
  it('accepts a valid file and fills defaults', () => {
    const r = parsePlaybookImport(
      file([
        {
          id: 'x',
          kind: 'say',
          title: 't',
          text: 'x',
          motivations: { risk: 1 },
          updatedAt: '2026-11-01T00:00:00Z',
        },
      ]),
    );
    expect(r).toEqual({
      ok: true,
      entries: [expect.objectContaining({ id: 'x', roles: [], origin: 'team' })],
    });
  });

  it.each([
    [
      'broken JSON names line, column and position',
      '{\n  "format": "motive-playbook",\n  "version": 1,,\n}',
      { index: null, field: '(json)', message: /line 3, column 15 \(position 47\)/ },
    ],
    ['a trailing comma is named', '{"entries": [1,]}', { field: '(json)', message: /trailing comma/ }],
    ['a bare array is not a playbook file', '[]', { field: '(root)', message: /Expected an object/ }],
    [
      'a backup file is refused by its format',
      JSON.stringify({ format: 'motive-backup', version: 1 }),
      { field: 'format', message: /"motive-backup"/ },
    ],
    [
      'a newer version is refused with both versions named',
      file([], { version: 2 }),
      { field: 'version', message: /Version 2 .* newer .* version 1/ },
    ],
    [
      'a missing version is refused',
      JSON.stringify({ format: 'motive-playbook', entries: [] }),
      { field: 'version', message: /found nothing/ },
    ],
    [
      'entries must be an array',
      JSON.stringify({ format: 'motive-playbook', version: 1, entries: {} }),
      { field: 'entries', message: /an object/ },
    ],
  ])('file-level: %s', (_rule, json, expected) => {
    const [error] = errorsOf(json);
    expect(error).toMatchObject({ index: null, ...expected });
  });

  it.each([
    ['an unknown kind', { kind: 'shout' }, 'kind'],
    ['a show entry without proof', { kind: 'show' }, 'proof'],
    [
      'a proof link that is not http(s)',
      { kind: 'show', proof: { type: 'case-study', url: 'javascript:alert(1)' } },
      'proof.url',
    ],
    ['a motivation weight above 1', { motivations: { risk: 1.5 } }, 'motivations.risk'],
    ['an unknown stage', { stages: ['closing'] }, 'stages.0'],
    ['an empty title', { title: '' }, 'title'],
    ['a misspelt field, with a suggestion', { stage: ['proposal'] }, 'stage'],
  ])('entry-level: %s is named by its field', (_rule, overrides, field) => {
    const errors = errorsOf(file([entry({ id: 'ok' }), { ...entry({ id: 'bad' }), ...overrides }]));
    expect(errors).toContainEqual(expect.objectContaining({ index: 1, entryId: 'bad', field }));
    expect(errors.every((e) => e.index === 1)).toBe(true);
  });

  it('suggests the right name for a misspelt field', () => {
    const [error] = errorsOf(file([{ ...entry(), stage: ['proposal'] }]));
    expect(error!.message).toBe('Unknown field "stage" (did you mean "stages"?).');
  });

  it('reports a duplicate id with where it was first used', () => {
    const errors = errorsOf(file([entry({ id: 'a' }), entry({ id: 'b' }), entry({ id: 'a' })]));
    expect(errors).toEqual([
      { index: 2, entryId: 'a', field: 'id', message: 'Duplicate id "a" (first used by entry 0).' },
    ]);
  });

  it('reports every bad entry, not just the first, and caps the list', () => {
    const bad = Array.from({ length: 150 }, (_, i) => ({ ...entry({ id: `x${i}` }), kind: 'nope' }));
    const errors = errorsOf(file(bad));
    expect(errors).toHaveLength(101);
    expect(errors.at(-1)!.message).toBe('…and 50 more errors.');
  });
});

const entryArb: fc.Arbitrary<PlaybookEntry> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 20 }),
    kind: fc.constantFrom(...PLAYBOOK_KINDS),
    title: fc.string({ minLength: 1, maxLength: 40 }),
    text: fc.string({ minLength: 1, maxLength: 200 }),
    motivations: fc.dictionary(fc.constantFrom(...MOTIVATIONS), fc.double({ min: 0, max: 1, noNaN: true }), {
      maxKeys: 4,
    }),
    roles: fc.uniqueArray(fc.constantFrom(...ROLES)),
    stages: fc.uniqueArray(fc.constantFrom(...STAGES)),
    channels: fc.uniqueArray(fc.constantFrom(...CHANNELS)),
    motions: fc.uniqueArray(fc.constantFrom(...MOTIONS)),
    origin: fc.constantFrom('default' as const, 'team' as const),
    updatedAt: fc.constant('2026-11-01T00:00:00.000Z'),
    proof: fc.option(
      fc.record({
        type: fc.string({ minLength: 1, maxLength: 20 }),
        url: fc.constantFrom('https://example.com/a?b=1', undefined),
      }),
      { nil: undefined },
    ),
  })
  .map((e) => {
    const clean: Record<string, unknown> = Object.fromEntries(
      Object.entries(e).filter(([, v]) => v !== undefined),
    );
    if (clean.proof && (clean.proof as { url?: string }).url === undefined)
      delete (clean.proof as { url?: string }).url;
    if (e.kind === 'show' && !clean.proof) clean.proof = { type: 'case-study' };
    return playbookEntrySchema.parse(clean);
  });

describe('exportPlaybook', () => {
  it('round-trips any valid playbook losslessly', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 20 }), (entries) => {
        const back = parsePlaybookImport(exportPlaybook(entries));
        expect(back).toEqual({ ok: true, entries });
        if (back.ok) expect(exportPlaybook(back.entries)).toBe(exportPlaybook(entries));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves local bookkeeping out of the file', () => {
    const row = { ...entry({ id: 'r' }), serverVersion: 7, deleted: 0 };
    const written = JSON.parse(exportPlaybook([row])).entries[0];
    expect(written).not.toHaveProperty('serverVersion');
    expect(written).not.toHaveProperty('deleted');
    expect(parsePlaybookImport(exportPlaybook([row]))).toEqual({ ok: true, entries: [entry({ id: 'r' })] });
  });

  it('writes the versioned envelope', () => {
    expect(JSON.parse(exportPlaybook([]))).toEqual({ format: 'motive-playbook', version: 1, entries: [] });
  });
});
