import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaptionTracker } from './caption-tracker';

const word = fc.constantFrom(
  'we',
  'need',
  'the',
  'budget',
  'signed',
  'board',
  'outage',
  'stop',
  'now',
  'team',
);
const punctuated = fc.tuple(word, fc.constantFrom('', '', '', '.', ',', '?')).map(([w, p]) => w + p);
/** A turn: a speaker and the words they say, revealed a few at a time (interim growth). */
const turn = fc.record({
  speaker: fc.constantFrom('Dana', 'Marcus', 'Jo'),
  words: fc.array(punctuated, { minLength: 1, maxLength: 30 }),
  reveal: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 30 }),
  gapMs: fc.integer({ min: 50, max: 3000 }),
});

describe('caption tracker properties', () => {
  it('loses no word and repeats none, for any sequence of growing turns, pauses and speaker switches', () => {
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 6 }), (turns) => {
        const tracker = createCaptionTracker({ idPrefix: 'p', idleMs: 1500 });
        const onScreen: { key: string; speaker: string; text: string }[] = [];
        const emitted: string[] = [];
        let now = 0;
        turns.forEach((t, index) => {
          const block = { key: `t${index}`, speaker: t.speaker, text: '' };
          onScreen.push(block);
          if (onScreen.length > 3) onScreen.shift();
          let shown = 0;
          let step = 0;
          while (shown < t.words.length) {
            shown = Math.min(t.words.length, shown + (t.reveal[step++ % t.reveal.length] ?? 1));
            block.text = t.words.slice(0, shown).join(' ');
            now += 120;
            emitted.push(...tracker.settle(now).map((l) => l.text));
            emitted.push(...tracker.observe([...onScreen], now).map((l) => l.text));
          }
          now += t.gapMs;
          emitted.push(...tracker.settle(now).map((l) => l.text));
        });
        emitted.push(...tracker.flush(now + 1).map((l) => l.text));
        const said = turns.flatMap((t) => t.words).join(' ');
        expect(emitted.join(' ')).toBe(said);
      }),
      { numRuns: 300 },
    );
  });
});
