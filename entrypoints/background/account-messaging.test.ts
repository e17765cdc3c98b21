import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDetector, parseDetectorModel } from '@/lib/domain/detector';
import { createRepositories, type Repositories } from '@/lib/db/repositories';
import { MotiveDatabase } from '@/lib/db/schema';
import { pageContextSchema } from '@/lib/messaging/page-context';
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

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/';
const thread = (id: string, email: string) => ({ ...gmailPage(email), url: `${GMAIL}${id}` });

describe('overrideAccount binds the account to the page, not globally', () => {
  it('"this thread is Northwind": another company’s thread on another tab follows its own page', async () => {
    const lakeside = await account('Lakeside Health', 'lakeside.example');
    const acme = await account('Acme', 'acme.com');
    const northwind = await account('Northwind', 'northwind.example');
    const services = build();
    await services.pageReported(1, thread('FMfcgzLakesideThread01', 'cfo@lakeside.example'), true);
    const chosen = await overrideAccount(services, { accountId: northwind.id, tabId: 1 });
    expect(chosen.resolution).toMatchObject({ accountId: northwind.id, method: 'manual', confidence: 1 });
    expect(chosen.resolution.reason).toBe('You chose Northwind for this thread.');

    await services.pageReported(2, thread('FMfcgzAcmeThread000002', 'ceo@acme.com'), true);
    expect((await services.activeContext.current()).resolution).toMatchObject({
      accountId: acme.id,
      method: 'email-domain',
    });
    // Back on the first thread (and after a restarted worker), the choice holds for that thread.
    const restarted = build();
    await restarted.activeContext.activateTab(1);
    expect((await restarted.activeContext.current()).resolution.accountId).toBe(northwind.id);
    expect(lakeside.id).not.toBe(northwind.id);
  });

  it('follows the thread, not the tab: the same thread opened in another tab keeps the choice', async () => {
    await account('Lakeside Health', 'lakeside.example');
    const northwind = await account('Northwind', 'northwind.example');
    const services = build();
    await services.pageReported(1, thread('FMfcgzLakesideThread01', 'cfo@lakeside.example'), true);
    await overrideAccount(services, { accountId: northwind.id, tabId: 1 });
    await services.pageReported(5, thread('FMfcgzLakesideThread01', 'cfo@lakeside.example'), true);
    expect((await services.activeContext.current()).resolution.accountId).toBe(northwind.id);
  });

  it('clears the choice with null, letting the page decide again', async () => {
    const acme = await account('Acme', 'acme.com');
    const globex = await account('Globex', 'globex.com');
    const services = build();
    await services.pageReported(1, gmailPage('ceo@acme.com'), true);
    await overrideAccount(services, { accountId: globex.id, tabId: 1 });
    const cleared = await overrideAccount(services, { accountId: null, tabId: 1 });
    expect(cleared.resolution).toMatchObject({ accountId: acme.id, method: 'email-domain' });
    expect(await db.pageBindings.count()).toBe(0);
  });

  it('a choice on a page Motive cannot name holds for that tab only, until it is closed', async () => {
    const acme = await account('Acme', 'acme.com');
    const services = build();
    await services.pageReported(3, { ...gmailPage('ceo@globex.com'), url: `${GMAIL}` }, true);
    expect((await overrideAccount(services, { accountId: acme.id, tabId: 3 })).resolution.accountId).toBe(
      acme.id,
    );
    await services.forgetTab(3);
    expect(await db.pageBindings.count()).toBe(0);
  });

  it('rejects an account that does not exist and changes nothing', async () => {
    const services = build();
    await services.pageReported(1, gmailPage('ceo@acme.com'), true);
    await expect(overrideAccount(services, { accountId: 'a_missing', tabId: 1 })).rejects.toThrow(
      'Rejected: no account a_missing.',
    );
    expect(await db.pageBindings.count()).toBe(0);
  });
});
