import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '@/tests/fixtures/sites/load-fixture';
import { createCaptionTracker } from './caption-tracker';

interface Stream {
  steps: { atMs: number; captionsOff?: boolean; blocks: { id: string; speaker: string; text: string }[] }[];
  expectedLines: string[];
}

const streams = ['meet', 'zoom', 'teams'].flatMap((app) =>
  readdirSync(join(FIXTURE_DIR, app))
    .filter((f) => f.endsWith('-caption-stream.json'))
    .map(
      (f) => [`${app}/${f}`, JSON.parse(readFileSync(join(FIXTURE_DIR, app, f), 'utf8')) as Stream] as const,
    ),
);

/** Replays a stream as the caption watcher would: settle on every step, flush when captions go off. */
function replay(stream: Stream): string[] {
  const tracker = createCaptionTracker({ idPrefix: 's', idleMs: 1500 });
  const lines = stream.steps.flatMap((step) => [
    ...tracker.settle(step.atMs),
    ...(step.captionsOff
      ? tracker.flush(step.atMs)
      : tracker.observe(
          step.blocks.map((b) => ({ key: b.id, speaker: b.speaker, text: b.text })),
          step.atMs,
        )),
  ]);
  lines.push(...tracker.flush(60_000));
  return lines.map((l) => `${l.speaker}: ${l.text}`);
}

describe('recorded caption streams', () => {
  it('include one for every call app', () => {
    expect(streams.map(([file]) => file.split('/')[0])).toEqual(
      expect.arrayContaining(['meet', 'zoom', 'teams']),
    );
  });

  it.each(streams)(
    '%s becomes final lines: rewrites merged, speakers kept apart, nothing twice',
    (_file, stream) => {
      expect(replay(stream)).toEqual(stream.expectedLines);
    },
  );
});
