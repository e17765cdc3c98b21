import { describe, expect, it } from 'vitest';
import { createCaptionTracker, type CaptionSnapshotEntry } from './caption-tracker';

type Step = readonly CaptionSnapshotEntry[] | { settle: number } | 'flush';

/** Feeds snapshots one second apart (or settles/flushes) and returns all final lines. */
function run(steps: readonly Step[]) {
  const tracker = createCaptionTracker({ idPrefix: 'm', idleMs: 1500 });
  let now = 0;
  const lines = steps.flatMap((step) => {
    now += 1000;
    if (step === 'flush') return tracker.flush(now);
    if ('settle' in step) return tracker.settle((now += step.settle));
    return tracker.observe(step, now);
  });
  return lines;
}
const e = (key: string, speaker: string, text: string) => ({ key, speaker, text });

describe('createCaptionTracker', () => {
  it.each([
    [
      'merges interim rewrites of one block into a single line when the speaker switches',
      [
        [e('1', 'Dana', 'we need their')],
        [e('1', 'Dana', 'We need there to be')],
        [e('1', 'Dana', 'We need there to be fewer outages')],
        [e('1', 'Dana', 'We need there to be fewer outages'), e('2', 'Riley', 'Understood')],
        'flush',
      ],
      ['Dana: We need there to be fewer outages', 'Riley: Understood'],
    ],
    [
      'emits a sentence of the newest block once the next sentence has started',
      [
        [e('1', 'Dana', 'The team is exhausted. We')],
        [e('1', 'Dana', 'The team is exhausted. We spent weekends')],
      ],
      ['Dana: The team is exhausted.'],
    ],
    [
      'ignores re-punctuation of text already emitted (no duplicate)',
      [
        [e('1', 'Dana', 'the team is exhausted. we')],
        [e('1', 'Dana', 'The team is exhausted. We spent')],
        'flush',
      ],
      ['Dana: the team is exhausted.', 'Dana: We spent'],
    ],
    [
      'finalises a block left unchanged for the idle time, then only new words later',
      [
        [e('1', 'Dana', 'I need sign-off from finance')],
        { settle: 1500 },
        [e('1', 'Dana', 'I need sign-off from finance before Friday')],
        'flush',
      ],
      ['Dana: I need sign-off from finance', 'Dana: before Friday'],
    ],
    [
      'keeps the position when the app trims the start of a long block',
      [
        [e('1', 'Dana', 'one two three four five six seven. eight')],
        [e('1', 'Dana', 'four five six seven. eight nine ten')],
        'flush',
      ],
      ['Dana: one two three four five six seven.', 'Dana: eight nine ten'],
    ],
    [
      'finalises blocks that scrolled off the screen',
      [[e('1', 'Dana', 'budget is approved')], [e('2', 'Marcus', 'by me')]],
      ['Dana: budget is approved'],
    ],
    [
      'ends the previous speech when the app reuses the element for new speech or a new speaker',
      [
        [e('o', 'Hannah', 'We have to prove the savings.')],
        [e('o', 'Hannah', 'Our CFO reads')],
        [e('o', 'Tomás', 'and the drivers')],
        'flush',
      ],
      ['Hannah: We have to prove the savings.', 'Hannah: Our CFO reads', 'Tomás: and the drivers'],
    ],
    [
      'names a turn whose speaker label arrived after the first words, as one line',
      [[e('1', '', 'our works')], [e('1', 'Lena', 'our works council')], 'flush'],
      ['Lena: our works council'],
    ],
    ['emits nothing for an empty or whitespace block', [[e('1', 'Dana', '   ')], 'flush'], []],
  ] as const)('%s', (_rule, steps, expected) => {
    expect(run(steps as unknown as Step[]).map((l) => `${l.speaker}: ${l.text}`)).toEqual(expected);
  });

  it('gives every line a distinct id and the time its first word was seen', () => {
    const lines = run([[e('1', 'Dana', 'first. second')], [e('1', 'Dana', 'first. second')], 'flush']);
    expect(lines.map((l) => l.id)).toEqual(['m:1:0', 'm:1:1']);
    expect(lines[0]?.at).toBe(new Date(1000).toISOString());
  });

  it('never emits the same words twice however often the same screen is observed', () => {
    const screen = [e('1', 'Dana', 'We cannot afford another outage. Really'), e('2', 'Riley', 'Agreed')];
    const lines = run([screen, screen, screen, { settle: 2000 }, screen, 'flush']);
    const texts = lines.map((l) => l.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.join(' ')).toBe('We cannot afford another outage. Really Agreed');
  });
});

describe('nextSettleAt', () => {
  it('is the newest change plus the idle time, and null once everything shown is final', () => {
    const tracker = createCaptionTracker({ idPrefix: 'm', idleMs: 1500 });
    tracker.observe([e('1', 'Dana', 'we can')], 0);
    tracker.observe([e('1', 'Dana', 'we can sign')], 1000);
    const pending = tracker.nextSettleAt();
    tracker.settle(2500);
    expect([pending, tracker.nextSettleAt()]).toEqual([2500, null]);
  });
});
