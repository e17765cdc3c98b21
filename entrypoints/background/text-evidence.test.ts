import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDetector, parseDetectorModel } from '@/lib/domain/detector';
import { createRepositories, type Repositories } from '@/lib/db/repositories';
import { MotiveDatabase } from '@/lib/db/schema';
import { panelSchemas } from '@/lib/messaging/schemas';
import { createTextEvidence } from './text-evidence';

const detector = createDetector(
  parseDetectorModel(JSON.parse(readFileSync('public/models/detector.json', 'utf8'))),
);
const AT = '2026-11-22T10:00:00.000Z';
const BUYER_WORDS = 'My team is drowning in manual spreadsheets every week and we are exhausted.';
const OTHER_WORDS = 'The board is worried we will fail the audit again this year.';

let db: MotiveDatabase;
let repos: Repositories;
let accountId: string;
const service = () =>
  createTextEvidence({ db, repos, now: () => new Date(AT), detector: () => Promise.resolve(detector) });
const answer = (text: string, origin = 'discovery:pain') =>
  service().handle({ accountId, source: 'answer', text, origin });
const suggested = async () =>
  (await repos.evidence.forAccount(accountId)).filter((e) => e.status === 'suggested');

beforeEach(async () => {
  db = new MotiveDatabase(`text-evidence-${Math.random().toString(36).slice(2)}`);
  repos = createRepositories({ db, now: () => new Date(AT) });
  const account = await repos.accounts.create({
    name: 'Acme',
    domain: 'acme.com',
    crmKeys: [],
  });
  accountId = account.id;
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('text evidence (discovery answers and notes)', () => {
  it('stores buyer language from an answer as suggested evidence with source answer', async () => {
    expect(await answer(BUYER_WORDS)).toEqual({ created: 1, removed: 0 });
    const rows = await suggested();
    expect(rows).toEqual([
      expect.objectContaining({ motivation: 'relief', source: 'answer', origin: 'discovery:pain', at: AT }),
    ]);
    expect(rows[0]!.quote).toContain('drowning');
  });

  it('re-analysing the same text for the same origin does not duplicate', async () => {
    await answer(BUYER_WORDS);
    expect(await answer(BUYER_WORDS)).toEqual({ created: 0, removed: 0 });
    expect(await suggested()).toHaveLength(1);
  });

  it('an edited answer replaces its earlier suggestion but keeps what the rep confirmed', async () => {
    await answer(BUYER_WORDS);
    await answer(OTHER_WORDS, 'discovery:avoid');
    const relief = (await suggested()).find((e) => e.origin === 'discovery:pain');
    await answer(BUYER_WORDS, 'discovery:achieve');
    const confirmed = (await suggested()).find((e) => e.origin === 'discovery:achieve')!;
    await repos.evidence.setStatus(confirmed.id, 'confirmed');

    expect(await answer('We are fine, thanks.')).toEqual({ created: 0, removed: 1 });
    expect(await answer('', 'discovery:achieve')).toEqual({ created: 0, removed: 0 });

    const live = await repos.evidence.forAccount(accountId);
    expect(live.map((e) => e.id)).not.toContain(relief!.id);
    expect(live.find((e) => e.id === confirmed.id)?.status).toBe('confirmed');
    expect(live.filter((e) => e.origin === 'discovery:avoid')).toHaveLength(1);
  });

  it('a note linked to a person is about them in the rep’s words, never put in their mouth', async () => {
    const dana = await repos.people.create({
      accountId,
      name: 'Dana Ruiz',
      roles: [],
      stance: 'neutral',
      influence: 'medium',
      motivations: [],
      presence: { meetings: 0, spoke: 0 },
    });
    await service().handle({
      accountId,
      source: 'note',
      text: BUYER_WORDS,
      origin: 'note:n_1',
      personId: dana.id,
    });
    expect(await suggested()).toEqual([
      expect.objectContaining({
        source: 'note',
        personId: dana.id,
        side: 'rep-note',
        origin: 'note:n_1',
      }),
    ]);
    expect((await suggested())[0]).not.toHaveProperty('speaker');
  });

  it.each([
    ['an unknown account', { accountId: 'a_missing' }, /no account/],
    ['a person of no account', { personId: 'p_missing' }, /no person/],
  ])('rejects %s and writes nothing', async (_rule, over, error) => {
    await expect(
      service().handle({ accountId, source: 'answer', text: BUYER_WORDS, origin: 'discovery:pain', ...over }),
    ).rejects.toThrow(error);
    expect(await db.evidence.count()).toBe(0);
  });

  it.each([
    ['a source other than answer or note', { source: 'caption' }],
    ['an empty origin', { origin: '' }],
    ['an extra field', { status: 'confirmed' }],
  ])('the message schema refuses %s', (_rule, over) => {
    const valid = { accountId: 'a_1', source: 'answer', text: 'x', origin: 'discovery:pain' };
    expect(panelSchemas.suggestEvidenceFromText.safeParse(valid).success).toBe(true);
    expect(panelSchemas.suggestEvidenceFromText.safeParse({ ...valid, ...over }).success).toBe(false);
  });
});
