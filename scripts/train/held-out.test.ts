import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusItem } from './corpus';
import { loadTraining } from './corpus';
import { foldOf, isReal, sampleWeight, sourceFamilies } from './held-out';

const item = (id: string, source?: string) =>
  ({ id, source, style: 'clean', industry: 'x', text: id, motivations: [], roles: [] }) as CorpusItem;

describe('leave-source-out families', () => {
  const big = Array.from({ length: 30 }, (_, i) => item(`k${i}`, `kubernetes/website@abc:case-${i}.md`));
  const items = [
    ...big,
    item('k0~caption', 'kubernetes/website@abc:case-0.md'),
    item('g1', 'owner/tool#12@2024-01-01:someone'),
    item('g2', 'owner/tool#12@2024-01-02:other'),
    item('h1', 'hand-written:trainset-writer'),
    item('h2'),
  ];
  const families = sourceFamilies(items);

  it.each([
    ['a repository with enough items is its own family', 'k3', 'kubernetes/website'],
    ['a style copy belongs to its item’s family', 'k0', 'kubernetes/website'],
    ['small repositories are pooled, never split', 'g1', 'smaller repositories'],
    ['an issue thread is grouped by its repository', 'g2', 'smaller repositories'],
    ['hand-written items belong to no family', 'h1', undefined],
    ['items without a source belong to no family', 'h2', undefined],
  ])('%s', (_rule, id, family) => {
    expect(families.get(id)).toBe(family);
  });
});

describe('training weights and folds', () => {
  const o = { realWeight: 3, copyWeight: 0.5 };
  it.each([
    ['a hand-written item weighs 1', item('a', 'hand-written:detector'), 1],
    ['a real item weighs realWeight', item('b', 'zulip/zulip@1:x.md'), 3],
    ['a style copy of a real item weighs both', item('b~chat', 'zulip/zulip@1:x.md'), 1.5],
  ])('%s', (_rule, example, weight) => {
    expect(sampleWeight(example, o)).toBe(weight);
  });

  it('keeps a style copy in its item’s fold', () => {
    expect(foldOf(item('item-7~caption'), 5)).toBe(foldOf(item('item-7'), 5));
  });
});

describe('training reads every real/*.jsonl and real-held/*.jsonl file', () => {
  const linesIn = (name: string) => {
    const folder = new URL(`../../tests/corpus/${name}/`, import.meta.url);
    return readdirSync(folder)
      .filter((f) => f.endsWith('.jsonl'))
      .map(
        (f) =>
          readFileSync(new URL(f, folder), 'utf8')
            .split('\n')
            .filter((l) => l.trim()).length,
      )
      .reduce((a, b) => a + b, 0);
  };
  it('counts every line of every file in both folders as a real training item', () => {
    expect(loadTraining().filter(isReal)).toHaveLength(linesIn('real') + linesIn('real-held'));
  });
});
