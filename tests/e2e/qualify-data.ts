/**
 * Data of the qualification / risk / pre-call spec (qualify.e2e.ts): the Acme account as a rep
 * has it before a call, and a Meet lobby page. Hand-written for Motive's tests (2026-12-03);
 * all names invented.
 */
import type { Seed } from './panel-seed';
import { account, note, person } from './panel-seed';

export const LOBBY_URL = 'https://meet.google.com/lby-lobb-yqz';
export const CALL_URL = 'https://meet.google.com/kfz-qwmx-dpr';

/**
 * A Meet pre-join screen reduced to what the call reader looks at: the tab title and the
 * meeting-title chip, and no in-call toolbar (no Leave call button, Meet's in-call hook).
 * Hand-written, not captured: the lobby differs from the call page exactly by that hook.
 */
export const LOBBY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Meet – Acme Corp / Seller renewal check-in</title></head>
<body><main>
<div class="u6vdEc" data-meeting-title="Acme Corp / Seller renewal check-in">Acme Corp / Seller renewal check-in</div>
<h1>Ready to join?</h1>
<button type="button">Join now</button>
</main></body></html>`;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Acme at the proposal stage: a CFO who owns the budget, a champion, last call 20 days ago. */
export function qualifySeed(): Seed {
  return {
    accounts: [
      account({
        id: 'a_acme',
        name: 'Acme Corp',
        domain: 'acme.com',
        stage: 'proposal',
        motion: 'sales-assisted',
        crmKeys: ['salesforce:Account:001Hs00003ZkQpLIAV'],
      }),
    ],
    people: [
      person({
        id: 'p_marcus',
        accountId: 'a_acme',
        name: 'Marcus Lindqvist',
        title: 'CFO',
        roles: ['economic-buyer'],
        influence: 'high',
        motivations: ['blame'],
      }),
      person({ id: 'p_dana', accountId: 'a_acme', name: 'Dana Reyes', roles: ['champion'] }),
    ],
    notes: [
      note({
        id: 'n_last_call',
        accountId: 'a_acme',
        kind: 'call',
        at: daysAgo(20),
        text: 'Discovery call with Dana.\nI’ll send the SSO documentation before the security review.\n- [ ] Loop in procurement',
      }),
    ],
  };
}
