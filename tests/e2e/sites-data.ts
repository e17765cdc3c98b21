/** Pages, URLs and seed data of the page-reader specs (fixtures under the apps' real hostnames). */
import { localFieldsOf } from '../../lib/db/local-fields';
import type { Account } from '../../lib/domain/records';
import { account, person, type Seed } from './panel-seed';

const T0 = '2026-11-20T09:00:00.000Z';
export const SF_URL =
  'https://northwind-sales.lightning.force.com/lightning/r/Account/001Hs00003ZkQpLIAV/view';
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkqzWcRtLbVnPsDgHmKxTwZq';
export const MEET_URL = 'https://meet.google.com/kfz-qwmx-dpr';
export const MEET_OFF_URL = 'https://meet.google.com/abc-defg-hij';
export const HOSTILE_URL = 'https://app.hubspot.com/contacts/4417723/record/0-2/999';
export const ZOOM_URL = 'https://app.zoom.us/wc/85012345678/join';
export const OUTLOOK_URL =
  'https://outlook.office.com/mail/inbox/id/AAQkADU3YjQ1ZTJmLWI5NzMtNGE1Ny1hOGQ4LTdhOWE0YmMxZDI1ZQAQAKQ8';

export const HOSTILE_NAME = '<img src=x onerror="document.title=\'pwned\'">Evil <b>Co</b>';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const hostilePage = `<!doctype html><html><head><title>${'T'.repeat(1_048_576)}</title></head><body>
<h1 data-test-id="record-highlight-title">${escapeHtml(HOSTILE_NAME)}${'x'.repeat(1_048_576)}</h1>
<section data-test-id="association-card-0-1"><ul><li data-test-id="association-card-item">
<a href="/contacts/4417723/record/0-1/1">${escapeHtml('<script>alert(1)</script>Mallory')}</a></li></ul></section>
</body></html>`;

/** As the repositories store rows: also written as-is by the benches' page-side seeding (tests/bench/lib/meet-call.ts). */
const stored = { serverVersion: null, deleted: 0 };
/** An account row with its local index fields (the finder's key), as the repositories store it. */
const storedAccount = (a: Account) => ({ ...a, ...localFieldsOf('accounts', { ...a }), ...stored });
const dated = { createdAt: T0, updatedAt: T0 };
const known = { influence: 'high', ...dated } as const;
/** Acme (bound to the Salesforce record) with two known people, and Globex. */
export const SEED = {
  accounts: [
    storedAccount(
      account({
        id: 'a_acme',
        name: 'Acme Corporation',
        stage: 'renewal',
        domain: 'acme.com',
        crmKeys: ['salesforce:Account:001Hs00003ZkQpLIAV'],
        ...dated,
      }),
    ),
    storedAccount(
      account({
        id: 'a_globex',
        name: 'Globex Logistics',
        stage: 'renewal',
        domain: 'globex-logistics.com',
        ...dated,
      }),
    ),
  ],
  people: [
    {
      ...person({
        id: 'p_dana',
        accountId: 'a_acme',
        name: 'Dana Reyes',
        email: 'dana.reyes@acme.com',
        ...known,
      }),
      ...stored,
    },
    { ...person({ id: 'p_marcus', accountId: 'a_acme', name: 'Marcus Lindqvist', ...known }), ...stored },
  ],
} satisfies Seed;
