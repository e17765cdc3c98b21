import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDetector, parseDetectorModel } from '@/lib/domain/detector';
import { createRepositories, type Repositories } from '@/lib/db/repositories';
import { MotiveDatabase } from '@/lib/db/schema';
import { pageContextSchema } from '@/lib/messaging/page-context';
import { readPin } from './account-pin';
import { overrideAccount } from './account-messaging';
import { createPageServices } from './page-services';

const AT = '2026-11-22T10:00:00.000Z';
let db: MotiveDatabase;
let repos: Repositories;

const detector = createDetector(
  parseDetectorModel(JSON.parse(readFileSync('public/models/detector.json', 'utf8'))),
);
const build = () => ({
  db,
  repos,
  ...createPageServices({
    db,
    repos,
    now: () => new Date(AT),
    notify: () => undefined,
    detector: () => Promise.resolve(detector),
  }),
});
const account = (name: string, domain: string) =>
  repos.accounts.create({
    name,
    domain,
    crmKeys: [],
  });
const gmailPage = (email: string) =>
  pageContextSchema.parse({
    app: 'gmail',
    surface: 'email',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkqzWcRtLbVnPsDgHmKxTwZq',
    readStatus: 'ok',
    userEmail: 'riley@seller.io',
    thread: { subject: 'Hello', messages: [{ from: { name: 'X', email }, text: 'Thanks.' }] },
    readAt: AT,
  });

beforeEach(async () => {
  db = new MotiveDatabase(`override-${crypto.randomUUID()}`);
  await db.open();
  repos = createRepositories({ db, now: () => new Date(AT) });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('overrideAccount', () => {
  it('wins on the tab where it was chosen, is kept on other tabs, and survives a restarted worker', async () => {
    const acme = await account('Acme', 'acme.com');
    const globex = await account('Globex', 'globex.com');
    const services = build();
    await services.pageReported(1, gmailPage('ceo@acme.com'), true);
    expect((await services.activeContext.current()).resolution.accountId).toBe(acme.id);

    const chosen = await overrideAccount(services, globex.id);
    expect(chosen.resolution).toMatchObject({ accountId: globex.id, method: 'manual', confidence: 1 });

    const restarted = build();
    await restarted.pageReported(2, gmailPage('ceo@acme.com'), true);
    expect((await restarted.activeContext.current()).resolution).toMatchObject({
      accountId: globex.id,
      method: 'pinned',
    });
  });

  it('clears the pin with null, letting the page decide again', async () => {
    const acme = await account('Acme', 'acme.com');
    const globex = await account('Globex', 'globex.com');
    const services = build();
    await services.pageReported(1, gmailPage('ceo@acme.com'), true);
    await overrideAccount(services, globex.id);
    const cleared = await overrideAccount(services, null);
    expect(cleared.resolution).toMatchObject({ accountId: acme.id, method: 'email-domain' });
    expect(await readPin(db)).toBeUndefined();
  });

  it('rejects an account that does not exist and changes nothing', async () => {
    const services = build();
    await expect(overrideAccount(services, 'a_missing')).rejects.toThrow('Rejected: no account a_missing.');
    expect(await readPin(db)).toBeUndefined();
  });
});
