import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { idsOutsideWritten } from './corpus';
import { checkWritten, idClashes, writtenItemProblems } from './written-corpus';

const good = {
  id: 'w99-0001',
  style: 'chat',
  industry: 'dairy',
  text: 'need sign-off from Raj first',
  motivations: ['permission'],
  roles: [],
  channel: 'chat',
  seniority: 'operations manager',
  voice: 'native',
  source: 'hand-written:trainset-writer',
};

describe('a written training item', () => {
  it('is accepted when every field is present and known', () => {
    expect(writtenItemProblems(good)).toEqual([]);
  });

  it.each([
    ['an unknown style is refused', { style: 'tweet' }, 'unknown style tweet'],
    ['an unknown channel is refused', { channel: 'fax' }, 'unknown channel fax'],
    ['an unknown voice is refused', { voice: 'robot' }, 'unknown voice robot'],
    ['an unknown motivation is refused', { motivations: ['fear'] }, 'unknown motivation fear'],
    ['an unknown role is refused', { roles: ['intern'] }, 'unknown role intern'],
    [
      'three motivations are too many',
      { motivations: ['relief', 'risk', 'blame'] },
      'at most two motivations',
    ],
    ['a negative carries no motivation', { negative: true }, 'a negative has no motivations'],
    ['a trap is always a negative', { trap: true }, 'a trap is a negative'],
    [
      'an item without any label must be marked negative',
      { motivations: [] },
      'an item without labels is a negative',
    ],
    ['provenance is required', { source: 'scraped' }, 'needs a hand-written source'],
    ['an empty context is refused', { context: ' ' }, 'context, when given, is text'],
    ['seniority is required', { seniority: '' }, 'needs a seniority'],
  ])('%s', (_title, change, problem) => {
    expect(writtenItemProblems({ ...good, ...change })).toContain(problem);
  });
});

describe('checking written batches', () => {
  it('names the file and line of a line that is not JSON', () => {
    const { errors } = checkWritten([{ source: 'a.jsonl', text: `${JSON.stringify(good)}\n{oops` }]);
    expect(errors).toEqual(['a.jsonl:2: not valid JSON']);
  });

  it('refuses an id used twice, even across files', () => {
    const line = JSON.stringify(good);
    const { items, errors } = checkWritten([
      { source: 'a.jsonl', text: line },
      { source: 'b.jsonl', text: line },
    ]);
    expect(items).toHaveLength(1);
    expect(errors).toEqual([
      'b.jsonl:1: id w99-0001 already used at a.jsonl:1',
      'b.jsonl:1: text repeats a.jsonl:1',
    ]);
  });

  it('refuses the same text twice, whatever its case', () => {
    const { errors } = checkWritten([
      { source: 'a.jsonl', text: JSON.stringify(good) },
      {
        source: 'b.jsonl',
        text: JSON.stringify({ ...good, id: 'w99-0002', text: 'Need sign-off from Raj first' }),
      },
    ]);
    expect(errors).toEqual(['b.jsonl:1: text repeats a.jsonl:1']);
  });

  it('finds no problem in the batches committed under tests/corpus/written', () => {
    const dir = fileURLToPath(new URL('../../tests/corpus/written/', import.meta.url));
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => ({ source: name, text: readFileSync(dir + name, 'utf8') }));
    const { items, errors } = checkWritten(files);
    expect(errors).toEqual([]);
    expect(items.length).toBeGreaterThan(0);
    expect(idClashes(items, idsOutsideWritten())).toEqual([]);
  });

  it('names a written id that another split already uses', () => {
    const { items } = checkWritten([{ source: 'a.jsonl', text: JSON.stringify(good) }]);
    expect(idClashes(items, new Set(['w99-0001', 'real-0001']))).toEqual([
      'w99-0001: already used outside written/',
    ]);
    expect(idClashes(items, new Set(['real-0001']))).toEqual([]);
  });

  it('compares against the other splits, not the written batches themselves', () => {
    const outside = idsOutsideWritten();
    expect(outside.has('w01-0001')).toBe(false);
    expect(outside.has('real-0001')).toBe(true); // dev-real
  });
});
