import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { createDetector, parseDetectorModel } from '@/lib/domain/detector';
import { createRepositories, type Repositories } from '@/lib/db/repositories';
import { MotiveDatabase } from '@/lib/db/schema';
import { pageContextSchema, type PageContext } from '@/lib/messaging/page-context';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { SITE_READERS } from '@/lib/sites/registry';
import type { AppId } from '@/lib/domain/vocabulary';
import { CAPTION_FLOOD_LIMITS } from '@/lib/evidence';
import { createPageServices } from './page-services';

const detector = createDetector(
  parseDetectorModel(JSON.parse(readFileSync('public/models/detector.json', 'utf8'))),
);
const MEET = 'https://meet.google.com/kfz-qwmx-dpr';
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkqzWcRtLbVnPsDgHmKxTwZq';
const AT = '2026-11-22T10:00:00.000Z';

let db: MotiveDatabase;
let repos: Repositories;
let published: ActiveContext[];
const build = () =>
  createPageServices({
    db,
    repos,
    now: () => new Date(AT),
    notify: (c) => published.push(c),
    detector: () => Promise.resolve(detector),
  });

/** A validated page context read from a fixture, as the content script would send it. */
function fixtureContext(app: AppId, file: string, url: string): PageContext {
  const read = SITE_READERS[app].read(loadFixture(file, url), new URL(url));
  return pageContextSchema.parse({ ...read, readAt: AT });
}

async function seedAcme() {
  const acme = await repos.accounts.create({
    name: 'Acme Corporation',
    domain: 'acme.com',
    crmKeys: [],
    stage: 'renewal',
    segment: {},
    movement: {},
    discovery: {},
    tickedSignals: [],
    isSample: false,
  });
  const base = {
    accountId: acme.id,
    roles: [],
    stance: 'neutral' as const,
    influence: 'medium' as const,
    motivations: [],
  };
  const dana = await repos.people.create({
    ...base,
    name: 'Dana Reyes',
    email: 'dana.reyes@acme.com',
    presence: { meetings: 0, spoke: 0 },
  });
  await repos.people.create({ ...base, name: 'Marcus Lindqvist', presence: { meetings: 0, spoke: 0 } });
  return { acme, dana };
}

const line = (id: string, speaker: string, text: string) => ({ id, speaker, text, at: AT });

beforeEach(async () => {
  db = new MotiveDatabase(`pages-${crypto.randomUUID()}`);
  await db.open();
  repos = createRepositories({ db, now: () => new Date(AT) });
  published = [];
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('live captions → suggested evidence', () => {
  it('turns buyer lines into suggested caption evidence tied to the known speaker; the user’s lines never', async () => {
    const { acme, dana } = await seedAcme();
    const services = build();
    await services.pageReported(5, fixtureContext('meet', 'meet/2026-11-21-call.html', MEET), true);
    const result = await services.captionsReported(5, {
      meetingTitle: 'Acme Corp / Seller renewal check-in',
      lines: [
        line('m:1:0', 'Dana Reyes', 'Honestly the team is exhausted after the outage.'),
        line('m:2:0', 'You', 'Honestly the team is exhausted after the outage.'),
      ],
    });
    const evidence = await repos.evidence.forAccount(acme.id);
    expect(result.evidence).toBeGreaterThan(0);
    expect(evidence.every((e) => e.speaker === 'Dana Reyes' && e.personId === dana.id)).toBe(true);
    expect(evidence[0]).toMatchObject({
      source: 'caption',
      status: 'suggested',
      motivation: 'relief',
      at: AT,
    });
    expect(evidence[0]?.quote).toContain('exhausted');
    expect(await db.outbox.where('collection').equals('evidence').count()).toBe(evidence.length);
  });

  it('keeps a line in a language the detector does not read, with its language, and claims nothing from it', async () => {
    const { acme } = await seedAcme();
    const heard: unknown[] = [];
    const services = createPageServices({
      db,
      repos,
      now: () => new Date(AT),
      notify: (c) => published.push(c),
      detector: () => Promise.resolve(detector),
      announce: (name, data) => heard.push({ name, data }),
    });
    await services.pageReported(5, fixtureContext('meet', 'meet/2026-11-21-call.html', MEET), true);
    const german = 'Das Team ist nach dem Ausfall völlig erschöpft, wir haben drei Wochenenden verloren.';
    const result = await services.captionsReported(5, { lines: [line('m:1:0', 'Dana Reyes', german)] });
    expect(result.evidence).toBe(0);
    expect(await repos.evidence.forAccount(acme.id)).toEqual([]);
    expect(heard).toEqual([
      {
        name: 'captionsHeard',
        data: {
          tabId: 5,
          accountId: acme.id,
          lines: [expect.objectContaining({ text: german, language: 'de', side: 'buyer' })],
        },
      },
    ]);
    expect((await services.calls.record({ tabId: 5 }))?.lines).toHaveLength(1);
  });

  it('resolves the call’s account once per page context, not once per caption batch', async () => {
    await seedAcme();
    const scans = vi.spyOn(repos.accounts, 'all');
    const services = build();
    await services.pageReported(5, fixtureContext('meet', 'meet/2026-11-21-call.html', MEET), true);
    for (let i = 0; i < 10; i++) {
      await services.captionsReported(5, {
        lines: [line(`m:${i}:0`, 'Dana Reyes', 'Honestly the team is exhausted after the outage.')],
      });
    }
    expect(scans).toHaveBeenCalledTimes(1);
  });

  it('a flood of caption lines becomes a bounded number of suggestions, written in batches', async () => {
    const { acme } = await seedAcme();
    const services = build();
    await services.pageReported(5, fixtureContext('meet', 'meet/2026-11-21-call.html', MEET), true);
    const phrases = [
      'Honestly the team is exhausted after the outage.',
      'We spent three weekends firefighting.',
      'We cannot afford another failed rollout and the board will ask who signed off.',
      'We are drowning in spreadsheets every Monday.',
      'I need to show my boss this will grow revenue next year.',
      'If this goes wrong it is my head on the block.',
      'We want something simple that just works out of the box.',
      'I need the CFO to sign off before we can move.',
      'Honestly the team is exhausted after the outage.',
    ];
    const speakers = ['Dana Reyes', 'Marcus Lindqvist', 'Jo Whitfield'];
    let raw = 0;
    const motivations = new Set<string>();
    for (let second = 0; second < 20; second++) {
      const lines = phrases.map((text, i) => ({
        id: `flood:${second}:${i}`,
        speaker: speakers[(second + i) % speakers.length]!,
        text,
        at: new Date(Date.parse(AT) + second * 1000).toISOString(),
      }));
      for (const line of lines) {
        const found = detector.detect(line.text, { side: 'buyer' }).motivations;
        raw += found.length;
        for (const d of found) motivations.add(d.motivation);
      }
      const result = await services.captionsReported(5, { lines });
      expect(result.evidence).toBeLessThanOrEqual(CAPTION_FLOOD_LIMITS.maxPerCall);
    }
    const written = await repos.evidence.forAccount(acme.id);
    expect(raw).toBeGreaterThanOrEqual(150);
    // At most one suggestion per speaker and motivation within the window, whatever the flood.
    expect(written.length).toBeLessThanOrEqual(speakers.length * motivations.size);
    expect(written.length).toBeLessThan(raw / 5);
    expect(await db.outbox.where('collection').equals('evidence').count()).toBe(written.length);
  });

  it('never stores a line twice: re-sent batches and a restarted worker add nothing', async () => {
    const { acme } = await seedAcme();
    const batch = { lines: [line('m:1:0', 'Dana Reyes', 'We spent three weekends firefighting.')] };
    const first = build();
    await first.pageReported(5, fixtureContext('meet', 'meet/2026-11-21-call.html', MEET), true);
    await first.captionsReported(5, batch);
    await first.captionsReported(5, batch);
    await build().captionsReported(5, batch);
    const count = (await repos.evidence.forAccount(acme.id)).length;
    expect(count).toBe(1);
  });

  it('holds evidence while the call is unresolved and writes it when the rep picks the account', async () => {
    const services = build();
    const context = fixtureContext('meet', 'meet/2026-11-21-call-captions-off.html', MEET);
    await services.pageReported(6, context, true);
    await services.captionsReported(6, {
      lines: [line('x:1:0', 'Dana Reyes', 'We spent three weekends firefighting.')],
    });
    expect(await db.evidence.count()).toBe(0);
    const { acme } = await seedAcme();
    await services.bindPage(6, acme.id);
    expect(await repos.evidence.forAccount(acme.id)).toHaveLength(1);
  });
});

describe('the active context for the panel', () => {
  it('resolves a Meet call from known people and offers unknown speakers and participants as new people', async () => {
    const { acme } = await seedAcme();
    const services = build();
    await services.pageReported(5, fixtureContext('meet', 'meet/2026-11-21-call.html', MEET), true);
    await services.captionsReported(5, {
      lines: [
        line('m:9:0', 'Priya Natarajan', 'Can we see the audit log?'),
        line('m:9:1', 'Unknown speaker', 'Sorry, I was on mute.'),
        line('m:9:2', 'Marcus Lindqvist (Guest)', 'Go on.'),
      ],
    });
    const context = await services.activeContext.current();
    expect(context.resolution).toMatchObject({ accountId: acme.id, method: 'name' });
    expect(context.meeting).toEqual({ title: 'Acme Corp / Seller renewal check-in', captionsOn: true });
    expect(context.suggestedPeople?.map((p) => p.name)).toEqual(['Priya Natarajan', 'Jo Whitfield']);
  });

  it('says captions are off and how to turn them on in that app', async () => {
    const services = build();
    await services.pageReported(
      6,
      fixtureContext('meet', 'meet/2026-11-21-call-captions-off.html', MEET),
      true,
    );
    const context = await services.activeContext.current();
    expect(context.meeting).toMatchObject({ captionsOn: false, captionsHelp: expect.stringContaining('CC') });
  });
});

describe('email threads → suggested evidence', () => {
  it('analyses the buyer’s message, not the user’s reply, once however often the thread is read', async () => {
    const { acme, dana } = await seedAcme();
    const services = build();
    const context = fixtureContext('gmail', 'gmail/2026-11-21-thread.html', GMAIL);
    await services.pageReported(8, context, true);
    await services.pageReported(8, context, true);
    const evidence = await repos.evidence.forAccount(acme.id);
    expect(evidence.length).toBeGreaterThan(0);
    expect(
      evidence.every((e) => e.source === 'email' && e.speaker === 'Dana Reyes' && e.personId === dana.id),
    ).toBe(true);
    expect(evidence.some((e) => e.quote?.includes('one-page summary'))).toBe(false);
    expect(evidence[0]?.origin).toBe('Re: Renewal and the Q3 outage');
    expect((await services.activeContext.current()).resolution.reason).toBe(
      'Matched on acme.com from the email participants.',
    );
  });
});

describe('meeting presence of known people', () => {
  it('counts each meeting once per person, and who spoke in it (the quiet-blocker counts)', async () => {
    const { acme } = await seedAcme();
    const services = build();
    const context = fixtureContext('meet', 'meet/2026-11-21-call.html', MEET);
    await services.pageReported(5, context, true);
    await services.pageReported(5, context, true);
    await services.captionsReported(5, {
      lines: [line('m:1:0', 'Dana Reyes', 'We spent three weekends firefighting.')],
    });
    await build().pageReported(5, context, true);
    const presence = Object.fromEntries(
      (await repos.people.forAccount(acme.id)).map((p) => [p.name, [p.presence.meetings, p.presence.spoke]]),
    );
    expect(presence).toEqual({ 'Dana Reyes': [1, 1], 'Marcus Lindqvist': [1, 0] });
  });
});

describe('when saved accounts change', () => {
  it('re-resolves the active tab and writes the evidence that waited for its account', async () => {
    const services = build();
    const stop = services.watchSavedRecords();
    await services.pageReported(6, fixtureContext('meet', 'meet/2026-11-21-call.html', MEET), true);
    await services.captionsReported(6, {
      lines: [line('w:1:0', 'Dana Reyes', 'We spent three weekends firefighting.')],
    });
    expect(await db.evidence.count()).toBe(0);
    const { acme } = await seedAcme();
    await expect.poll(async () => (await repos.evidence.forAccount(acme.id)).length).toBe(1);
    stop();
    await stop.settled();
    expect(published.at(-1)?.resolution).toMatchObject({ accountId: acme.id, method: 'name' });
  });
});
