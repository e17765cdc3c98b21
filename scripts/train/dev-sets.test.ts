import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCorpus, type CorpusItem } from './corpus';

/** The two dev sets of `tests/corpus/dev-sets.md`: real third-party text, and a second writer's. */
interface DevItem extends CorpusItem {
  channel: NonNullable<CorpusItem['channel']>;
  source: string;
  context?: string;
}

const corpusDir = fileURLToPath(new URL('../../tests/corpus/', import.meta.url));
const read = (name: string) => parseCorpus(readFileSync(corpusDir + name, 'utf8'), name);
const real = read('dev-real.jsonl') as DevItem[];
const independent = read('dev-independent.jsonl') as DevItem[];

/**
 * Every text the detector may learn from; these must never reappear in a dev set. Read as
 * bare JSON (text only) so other writers' extra styles or fields cannot break this check.
 */
function trainingTexts(): string[] {
  const written = existsSync(corpusDir + 'written')
    ? readdirSync(corpusDir + 'written')
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => `written/${f}`)
    : [];
  return ['train.jsonl', 'dev.jsonl', ...written].flatMap((name) =>
    readFileSync(corpusDir + name, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe.each([
  ['dev-real', real, 150],
  ['dev-independent', independent, 500],
] as const)('the %s set', (_name, items, minimum) => {
  it(`holds at least ${minimum} labelled items`, () => {
    expect(items.length).toBeGreaterThanOrEqual(minimum);
  });

  it('gives every item a channel and a source', () => {
    for (const item of items) {
      expect(['call', 'email', 'chat']).toContain(item.channel);
      expect(item.source.length).toBeGreaterThan(0);
    }
  });

  it('labels at most two motivations and marks every negative', () => {
    for (const item of items) {
      expect(item.motivations.length).toBeLessThanOrEqual(2);
      expect(item.negative === true).toBe(item.motivations.length === 0);
      if (item.trap) expect(item.negative).toBe(true);
    }
  });

  it('keeps between 15% and 40% negatives', () => {
    const share = items.filter((i) => i.negative).length / items.length;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.4);
  });

  it('never repeats a text or shares one with the training material', () => {
    const texts = items.map((i) => normal(i.text));
    expect(new Set(texts).size).toBe(texts.length);
    const seen = new Set(trainingTexts().map(normal));
    expect(items.filter((i) => seen.has(normal(i.text))).map((i) => i.id)).toEqual([]);
  });
});

describe('provenance', () => {
  it('names the repository and commit or thread of every real item', () => {
    for (const item of real)
      expect(item.source).toMatch(/^[\w.-]+\/[\w.-]+(@[0-9a-f]{40}:\S+|#\d+@\d{4}-\d{2}-\d{2}:\S+)$/);
  });

  it('marks every independent item as hand-written by the dev-set writer', () => {
    expect(new Set(independent.map((i) => i.source))).toEqual(new Set(['hand-written:devset-writer']));
  });

  it('covers every motivation in the independent set at least 25 times', () => {
    const counts = new Map<string, number>();
    for (const item of independent) for (const m of item.motivations) counts.set(m, (counts.get(m) ?? 0) + 1);
    expect(counts.size).toBe(10);
    for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(25);
  });
});
