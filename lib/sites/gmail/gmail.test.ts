import { describe, expect, it } from 'vitest';
import { documentFrom, loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { parseGmailUrl } from './gmail-url';
import { gmailReader } from './index';
import { readGmail } from './read-gmail';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkqzWcRtLbVnPsDgHmKxTwZq';

describe('parseGmailUrl', () => {
  it.each([
    [
      'reads a thread open in the inbox',
      THREAD_URL,
      { kind: 'thread', itemId: 'FMfcgzQXJkqzWcRtLbVnPsDgHmKxTwZq' },
    ],
    [
      'reads a thread open from a label',
      'https://mail.google.com/mail/u/1/#label/Clients/FMfcgzQXJkqzWcRtLbVnPsDgHmKxTwZq',
      { kind: 'thread', itemId: 'FMfcgzQXJkqzWcRtLbVnPsDgHmKxTwZq' },
    ],
    ['treats the inbox list as the mailbox', 'https://mail.google.com/mail/u/0/#inbox', { kind: 'inbox' }],
    ['treats a search as the mailbox', 'https://mail.google.com/mail/u/0/#search/acme', { kind: 'inbox' }],
    ['ignores pages outside /mail/', 'https://mail.google.com/chat/u/0/', null],
  ])('%s', (_rule, href, expected) => {
    expect(parseGmailUrl(new URL(href))).toEqual(expected);
  });
});

describe('readGmail over fixtures', () => {
  const doc = () => loadFixture('gmail/2026-11-21-thread.html', THREAD_URL);

  it('reads the subject, the user and every message with its sender, recipients and date', () => {
    const read = readGmail(doc(), new URL(THREAD_URL));
    expect(read).toMatchObject({ readStatus: 'ok', userEmail: 'riley@seller.io', userName: 'Riley Seller' });
    expect(read.thread?.subject).toBe('Re: Renewal and the Q3 outage');
    expect(read.thread?.messages.map((m) => m.from.email)).toEqual([
      'dana.reyes@acme.com',
      'riley@seller.io',
    ]);
    expect(read.thread?.messages[0]?.to.map((p) => p.email)).toEqual([
      'riley@seller.io',
      'm.lindqvist@acme.com',
    ]);
    expect(read.thread?.messages[0]?.at).toBe('Thu, Nov 19, 2026, 9:14 AM');
  });

  it('leaves quoted history out of the body (the buyer did not write it in this message)', () => {
    const text = readGmail(doc(), new URL(THREAD_URL)).thread?.messages[0]?.text ?? '';
    expect(text).toContain('the team is exhausted');
    expect(text).not.toContain('strategy deck');
  });

  it('reads the user from a localised account button on the inbox, with no thread', () => {
    const url = 'https://mail.google.com/mail/u/1/#inbox';
    const read = readGmail(loadFixture('gmail/2026-11-21-inbox.html', url), new URL(url));
    expect(read).toMatchObject({ readStatus: 'ok', userEmail: 'riley@seller.io', people: [] });
    expect(read.thread).toBeUndefined();
  });

  it('finds the open reply box as the compose box', () => {
    expect(gmailReader.composeBox?.(doc())?.getAttribute('aria-label')).toBe('Message Body');
  });
});

describe('a partial message is kept', () => {
  it('keeps the body of a message whose sender chip did not render, and names what is missing', () => {
    const doc = documentFrom(
      `<div role="main"><h2 class="hP" data-thread-perm-id="t">Pricing</h2>
       <div class="adn ads" data-message-id="m1"><div class="a3s aiL"><div>Need the final price.</div><div>Thanks</div></div></div></div>`,
      THREAD_URL,
    );
    const read = readGmail(doc, new URL(THREAD_URL));
    expect(read.readStatus).toBe('partial');
    expect(read.missing).toEqual(['your address', 'sender']);
    expect(read.thread?.messages).toEqual([
      { from: { name: '' }, to: [], cc: [], text: 'Need the final price.\nThanks', missing: ['sender'] },
    ]);
    expect(read.people).toEqual([]);
  });
});
