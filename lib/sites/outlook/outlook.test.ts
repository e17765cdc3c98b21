import { describe, expect, it } from 'vitest';
import { documentFrom, loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { outlookReader } from './index';
import { parseOutlookUrl } from './outlook-url';
import { readOutlook } from './read-outlook';

const THREAD_URL =
  'https://outlook.office.com/mail/inbox/id/AAQkADU3YjQ1ZTJmLWI5NzMtNGE1Ny1hOGQ4LTdhOWE0YmMxZDI1ZQAQAKQ8';

describe('parseOutlookUrl', () => {
  it.each([
    ['reads an item open in a work mailbox', THREAD_URL, 'thread'],
    [
      'reads an item in a consumer mailbox with an account index',
      'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNQ%3D%3D',
      'thread',
    ],
    [
      'reads an item opened in its own window',
      'https://outlook.office365.com/mail/deeplink/read/id/AAQkAD',
      'thread',
    ],
    ['treats the message list as the mailbox', 'https://outlook.live.com/mail/0/inbox', 'inbox'],
    ['reads the new work host', 'https://outlook.cloud.microsoft/mail/inbox/id/AAQkAD', 'thread'],
  ])('%s', (_rule, href, kind) => {
    expect(parseOutlookUrl(new URL(href))?.kind).toBe(kind);
  });

  it.each([
    ['ignores the calendar', 'https://outlook.office.com/calendar/view/week'],
    ['ignores people', 'https://outlook.office.com/people/'],
  ])('%s', (_rule, href) => {
    expect(parseOutlookUrl(new URL(href))).toBeNull();
  });
});

describe('readOutlook over fixtures', () => {
  const doc = () => loadFixture('outlook/2026-11-21-thread.html', THREAD_URL);

  it('reads a German conversation through ids, roles and labels, never hashed classes', () => {
    const read = readOutlook(doc(), new URL(THREAD_URL));
    expect(read).toMatchObject({ readStatus: 'ok', userEmail: 'riley@seller.io', userName: 'Riley Seller' });
    expect(read.thread?.subject).toBe('AW: Datenschutzprüfung vor der Unterschrift');
    const [message] = read.thread?.messages ?? [];
    expect(message?.from).toEqual({ name: 'Lena Vogt', email: 'lena.vogt@stark-mfg.de' });
    expect(message?.to.map((p) => p.email)).toEqual(['riley@seller.io', 'kwame.mensah@stark-mfg.de']);
    expect(message?.text).toContain('data protection officer need to approve');
  });

  it('drops the reply header and the quoted message from the body', () => {
    const text = readOutlook(doc(), new URL(THREAD_URL)).thread?.messages[0]?.text ?? '';
    expect(text).not.toContain('sign by Friday');
    expect(text).not.toContain('Gesendet');
  });

  it('reads the consumer mailbox user with nothing open', () => {
    const url = 'https://outlook.live.com/mail/0/inbox';
    const read = readOutlook(loadFixture('outlook/2026-11-21-inbox.html', url), new URL(url));
    expect(read).toMatchObject({ readStatus: 'ok', userEmail: 'riley.seller@outlook.com' });
    expect(read.thread).toBeUndefined();
  });

  it('finds the reply editor as the compose box', () => {
    expect(outlookReader.composeBox?.(doc())?.getAttribute('role')).toBe('textbox');
  });
});

describe('the sender is found by its localised "From:" label', () => {
  const page = (label: string, to: string) =>
    documentFrom(
      `<div role="main"><span role="heading" id="MSG_1_SUBJECT" title="Hi">Hi</span>
       <div aria-label="Email message"><span aria-label="${label} Ana Ruiz"><span>Ana Ruiz</span><span>&lt;ana@ruiz.es&gt;</span></span>
       <div aria-label="${to} Riley Seller"></div>
       <div id="UniqueMessageBody_1" role="document"><p>Body</p></div></div></div>`,
      THREAD_URL,
    );

  it.each([
    ['English', 'From:', 'To:'],
    ['Spanish', 'De:', 'Para:'],
    ['Portuguese', 'De:', 'Para:'],
    ['French', 'De :', 'À :'],
    ['French with a no-break space', 'De\u00a0:', 'À\u00a0:'],
    ['German', 'Von:', 'An:'],
    ['Italian', 'Da:', 'A:'],
    ['Dutch', 'Van:', 'Aan:'],
    ['Japanese', '差出人:', '宛先:'],
    ['Japanese with a full-width colon', '差出人：', '宛先：'],
    ['Russian', 'От:', 'Кому:'],
  ])('%s', (_language, from, to) => {
    const [message] = readOutlook(page(from, to), new URL(THREAD_URL)).thread?.messages ?? [];
    expect(message?.from).toEqual({ name: 'Ana Ruiz', email: 'ana@ruiz.es' });
    expect(message?.to).toEqual([{ name: 'Riley Seller' }]);
  });
});
