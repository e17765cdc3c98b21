import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFrom, FIXTURE_DIR, loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { createCaptionTracker } from '../captions/caption-tracker';
import { meetReader } from './index';
import { TURN_OFF_CAPTIONS, TURN_ON_CAPTIONS } from './meet-labels';
import { parseMeetUrl } from './meet-url';

const URL_ = 'https://meet.google.com/kfz-qwmx-dpr';

describe('parseMeetUrl', () => {
  it.each([
    ['reads a meeting code', URL_, { kind: 'call', itemId: 'kfz-qwmx-dpr' }],
    [
      'keeps the code when a query follows',
      `${URL_}?authuser=1&hl=fr`,
      { kind: 'call', itemId: 'kfz-qwmx-dpr' },
    ],
    ['ignores the landing page', 'https://meet.google.com/landing', null],
    ['ignores the home page', 'https://meet.google.com/', null],
    ['ignores lookups', 'https://meet.google.com/lookup/abcdef', null],
  ])('%s', (_rule, href, expected) => {
    expect(parseMeetUrl(new URL(href))).toEqual(expected);
  });
});

describe('meetReader over fixtures', () => {
  it('reads the title, the other participants, the user and that captions are on', () => {
    const read = meetReader.read(loadFixture('meet/2026-11-21-call.html', URL_), new URL(URL_));
    expect(read).toMatchObject({
      readStatus: 'ok',
      userName: 'Riley Seller',
      meeting: { title: 'Acme Corp / Seller renewal check-in', captionsOn: true },
    });
    expect(read.people.map((p) => p.name)).toEqual(['Dana Reyes', 'Marcus Lindqvist', 'Jo Whitfield']);
  });

  it('reads caption blocks with their speakers, oldest first', () => {
    const entries = meetReader.captions!.entries(loadFixture('meet/2026-11-21-call.html', URL_));
    expect(entries.map((e) => [e.speaker, e.text])).toEqual([
      ['Dana Reyes', 'Honestly the team is exhausted after the outage.'],
      ['You', 'That makes sense, tell me more'],
    ]);
  });

  it('says captions are off from the localised CC button, and falls back to tiles for names', () => {
    const read = meetReader.read(loadFixture('meet/2026-11-21-call-captions-off.html', URL_), new URL(URL_));
    expect(read.meeting).toEqual({ captionsOn: false });
    expect(read.userName).toBe('Riley Seller');
    expect(read.people.map((p) => p.name)).toEqual(['Dana Reyes']);
    expect(read.missing).toEqual(['meeting title']);
    expect(
      meetReader.captions!.region(loadFixture('meet/2026-11-21-call-captions-off.html', URL_)),
    ).toBeNull();
  });
});

describe('the recorded Meet caption stream', () => {
  it('becomes final lines with interim rewrites merged and nothing said twice', () => {
    const stream = JSON.parse(
      readFileSync(join(FIXTURE_DIR, 'meet/2026-11-21-caption-stream.json'), 'utf8'),
    ) as {
      steps: { atMs: number; blocks: { id: string; speaker: string; text: string }[] }[];
      expectedLines: string[];
    };
    const tracker = createCaptionTracker({ idPrefix: 'kfz', idleMs: 1500 });
    const lines = stream.steps.flatMap((step) => [
      ...tracker.settle(step.atMs),
      ...tracker.observe(
        step.blocks.map((b) => ({ key: b.id, speaker: b.speaker, text: b.text })),
        step.atMs,
      ),
    ]);
    lines.push(...tracker.flush(20_000));
    expect(lines.map((l) => `${l.speaker}: ${l.text}`)).toEqual(stream.expectedLines);
  });
});

describe('the Meet captions button in nine languages', () => {
  const page = (label: string) =>
    documentFrom(`<html><body><button aria-label="${label} (c)">cc</button></body></html>`, URL_);
  it.each([
    ...TURN_ON_CAPTIONS.map((label) => [`"${label}" says captions are off`, label, false] as const),
    ...TURN_OFF_CAPTIONS.map((label) => [`"${label}" says captions are on`, label, true] as const),
  ])('%s', (_rule, label, on) => {
    expect(meetReader.read(page(label), new URL(URL_)).meeting?.captionsOn).toBe(on);
  });
});

describe('Meet caption speakers', () => {
  it('keeps a turn whose header shows no name, with an unknown (empty) speaker', () => {
    const doc = documentFrom(
      `<html><body><div jsname="dsyhDe"><div role="region">
        <div><div><img alt="" src="https://example.invalid/a.png"></div><div>First words</div></div>
      </div></div></body></html>`,
      URL_,
    );
    expect(meetReader.captions!.entries(doc).map((e) => [e.speaker, e.text])).toEqual([['', 'First words']]);
  });
});

describe('a Meet turn whose text has not arrived yet', () => {
  it('is not read, and its speaker name is never taken for its text', () => {
    const doc = documentFrom(
      `<html><body><div jsname="dsyhDe"><div role="region">
        <div><div><span>Noor Haddad</span></div><div></div></div>
      </div></div></body></html>`,
      URL_,
    );
    expect(meetReader.captions!.entries(doc)).toEqual([]);
  });
});
