import { describe, expect, it } from 'vitest';
import { MOTIVATIONS } from '../../lib/domain/vocabulary';
import { DEV_SETS, loadCandidates, loadDev, loadTraining, parseCorpus } from './corpus';

const train = loadTraining();
const dev = loadDev('dev');
const all = [...train, ...dev];

describe('the labelled corpus', () => {
  it('holds at least 600 buyer utterances', () => {
    expect(all.length).toBeGreaterThanOrEqual(600);
  });

  it('keeps provenance on every third-party item', () => {
    const real = train.filter((i) => i.id.startsWith('real-'));
    expect(real.every((i) => typeof i.source === 'string' && i.source.length > 0)).toBe(true);
  });

  it('takes no third-party training item from a source of the real dev set (repository or thread)', () => {
    const repoOf = (source: string) => source.split(/[@#]/)[0];
    const threadOf = (source: string) => source.split('@')[0];
    const devReal = loadDev('dev-real').map((i) => i.source ?? '');
    const devRepos = new Set(devReal.filter((s) => !s.includes('#')).map(repoOf));
    const devThreads = new Set(devReal.filter((s) => s.includes('#')).map(threadOf));
    const leaks = train.filter(
      (i) => i.source !== undefined && (devRepos.has(repoOf(i.source)) || devThreads.has(threadOf(i.source))),
    );
    expect(leaks.map((i) => i.id)).toEqual([]);
  });

  it('keeps the held-back candidates valid, sourced, out of training and apart from every dev set', () => {
    const candidates = loadCandidates();
    expect(candidates.length).toBeGreaterThanOrEqual(600);
    expect(candidates.every((i) => typeof i.source === 'string' && i.source.length > 0)).toBe(true);
    const trainedIds = new Set(train.map((i) => i.id));
    expect(candidates.filter((i) => trainedIds.has(i.id))).toEqual([]);
    const devTexts = new Set(
      [...dev, ...loadDev('dev-independent'), ...loadDev('dev-real')].map((i) => i.text.toLowerCase()),
    );
    expect(candidates.filter((i) => devTexts.has(i.text.toLowerCase()))).toEqual([]);
    const devRepos = new Set(loadDev('dev-real').map((i) => (i.source ?? '').split(/[@#]/)[0]));
    expect(candidates.filter((i) => devRepos.has((i.source ?? '').split(/[@#]/)[0]))).toEqual([]);
  });

  // The second sales-call set must be an independent check: other writers, other repositories.
  it('keeps sales-calls-2 parsed, sourced to a commit, apart from every other corpus text and from the repositories of dev-real and sales-calls-1', () => {
    const normalise = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const repoOf = (source: string | undefined) => (source ?? '').split(/[@#]/)[0];
    const candidates = loadCandidates();
    const calls2 = candidates.filter((i) => i.id.startsWith('real-call2-'));
    expect(calls2.length).toBeGreaterThanOrEqual(150);
    expect(calls2.filter((i) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S+$/.test(i.source ?? ''))).toEqual([]);
    expect(calls2.filter((i) => i.channel !== 'call')).toEqual([]);
    const elsewhere = new Set(
      [
        ...train,
        ...DEV_SETS.flatMap(loadDev),
        ...candidates.filter((i) => !i.id.startsWith('real-call2-')),
      ].map((i) => normalise(i.text)),
    );
    expect(calls2.filter((i) => elsewhere.has(normalise(i.text))).map((i) => i.id)).toEqual([]);
    const calls1 = candidates.filter((i) => i.id.startsWith('real-call-'));
    const usedRepos = new Set([...loadDev('dev-real'), ...calls1].map((i) => repoOf(i.source)));
    expect(calls1.length).toBeGreaterThan(0);
    expect(calls2.filter((i) => usedRepos.has(repoOf(i.source))).map((i) => i.id)).toEqual([]);
  });

  // Traps are designed into hand-written material; third-party text (`real-` ids) keeps the
  // traps it naturally has, so the 8% floor is measured on the hand-written items only.
  it('keeps at least 20% negatives, at least 8% of hand-written items keyword traps', () => {
    expect(all.filter((i) => i.motivations.length === 0).length / all.length).toBeGreaterThanOrEqual(0.2);
    const handWritten = all.filter((i) => !i.id.startsWith('real-'));
    expect(handWritten.filter((i) => i.trap).length / handWritten.length).toBeGreaterThanOrEqual(0.08);
  });

  it.each(['clean', 'caption', 'email'] as const)('covers the %s style in both splits', (style) => {
    expect(train.some((i) => i.style === style)).toBe(true);
    expect(dev.some((i) => i.style === style)).toBe(true);
  });

  it.each(MOTIVATIONS)('has at least 10 dev and 30 train examples of %s', (m) => {
    expect(dev.filter((i) => i.motivations.includes(m)).length).toBeGreaterThanOrEqual(10);
    expect(train.filter((i) => i.motivations.includes(m)).length).toBeGreaterThanOrEqual(30);
  });

  it('labels role cues in both splits', () => {
    expect(train.filter((i) => i.roles.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(dev.filter((i) => i.roles.length > 0).length).toBeGreaterThanOrEqual(15);
  });

  it('spans many industries', () => {
    expect(new Set(all.map((i) => i.industry)).size).toBeGreaterThanOrEqual(40);
  });

  it('never puts a dev text in training', () => {
    const trained = new Set(train.map((i) => i.text.toLowerCase()));
    expect(dev.filter((i) => trained.has(i.text.toLowerCase()))).toEqual([]);
  });

  it('repeats almost no text within training (at most 0.2%, short chat replies)', () => {
    const texts = train.map((i) => i.text.toLowerCase());
    expect(texts.length - new Set(texts).size).toBeLessThanOrEqual(texts.length * 0.002);
  });

  it('uses unique ids', () => {
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });
});

describe('parseCorpus', () => {
  it.each([
    [
      '{"id":"a","style":"clean","industry":"x","text":"t","motivations":["joy"],"roles":[]}',
      /x\.jsonl:1: unknown motivation joy/,
    ],
    ['\n{not json', /x\.jsonl:2: not valid JSON/],
    [
      '{"id":"a","style":"chat","industry":"x","text":"t","motivations":[],"roles":[],"channel":"fax"}',
      /unknown channel fax/,
    ],
    ['{"id":"a","style":"loud","industry":"x","text":"t","motivations":[],"roles":[]}', /unknown style loud/],
    [
      '{"id":"a","style":"clean","industry":"x","text":"t","motivations":["risk"],"roles":[],"negative":true}',
      /a negative has no motivations/,
    ],
  ])('rejects a bad line with an error naming it: %s', (jsonl, message) => {
    expect(() => parseCorpus(jsonl, 'x.jsonl')).toThrow(message);
  });
});
