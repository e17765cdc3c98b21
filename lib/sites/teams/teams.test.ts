import { describe, expect, it } from 'vitest';
import { documentFrom, loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { teamsReader } from './index';
import { parseTeamsUrl } from './teams-url';

const URL_ = 'https://teams.microsoft.com/v2/';

describe('parseTeamsUrl', () => {
  it.each([
    ['reads the new client', URL_, 'call'],
    [
      'reads a meeting join link',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
      'call',
    ],
    ['reads a Teams free meeting', 'https://teams.live.com/meet/9312345678901', 'call'],
  ])('%s', (_rule, href, kind) => {
    expect(parseTeamsUrl(new URL(href))?.kind).toBe(kind);
  });

  it('ignores download pages', () => {
    expect(parseTeamsUrl(new URL('https://teams.microsoft.com/downloads'))).toBeNull();
  });
});

describe('teamsReader over fixtures', () => {
  it('reads the call title, the roster without the user, and captions with speakers', () => {
    const doc = loadFixture('teams/2026-11-20-call.html', URL_);
    const read = teamsReader.read(doc, new URL(URL_));
    expect(read).toMatchObject({
      readStatus: 'ok',
      userName: 'Riley Seller',
      meeting: { title: 'Stark Manufacturing | Predictive maintenance sync', captionsOn: true },
    });
    expect(read.people.map((p) => p.name)).toEqual(['Lena Vogt', 'Kwame Mensah']);
    expect(teamsReader.captions!.entries(doc).map((e) => `${e.speaker}: ${e.text}`)).toEqual([
      'Lena Vogt: Our works council has to approve any new system first.',
      'Riley Seller: Who should I send the data processing terms to?',
    ]);
  });

  it('says captions are off when a call is on and no captions window shows (German UI)', () => {
    const read = teamsReader.read(
      loadFixture('teams/2026-11-20-call-captions-off.html', URL_),
      new URL(URL_),
    );
    expect(read.meeting).toEqual({ title: 'Besprechung mit Stark', captionsOn: false });
    expect(read.userName).toBe('Riley Seller');
    expect(read.people.map((p) => p.name)).toEqual(['Lena Vogt']);
  });

  it('reads a Teams chat page as "not in a call" rather than guessing', () => {
    const doc = loadFixture('teams/2026-11-20-call.html', URL_).implementation.createHTMLDocument(
      'Chat | Microsoft Teams',
    );
    const read = teamsReader.read(doc, new URL(URL_));
    expect(read.readStatus).toBe('unreadable');
    expect(read.meeting?.captionsOn).toBeNull();
  });
});

describe('Teams caption turns', () => {
  it('keeps a turn shown without an author, with an unknown (empty) speaker', () => {
    const doc = documentFrom(
      `<html><body><div data-tid="closed-caption-v2-window-wrapper">
        <div><div><span data-tid="author">Lena Vogt</span></div><div><span data-tid="closed-caption-text">First.</span></div></div>
        <div><div></div><div><span data-tid="closed-caption-text">Second.</span></div></div>
      </div></body></html>`,
      URL_,
    );
    expect(teamsReader.captions!.entries(doc).map((e) => [e.speaker, e.text])).toEqual([
      ['Lena Vogt', 'First.'],
      ['', 'Second.'],
    ]);
  });
});

describe('Teams captions without the captions window', () => {
  it('reads a single turn with its author when no wrapper holds the captions', () => {
    const doc = documentFrom(
      `<html><body><main><div role="log"><div class="x1"><div><span data-tid="author">Lena Vogt</span></div>
        <div><span data-tid="closed-caption-text">Only line.</span></div></div></div></main></body></html>`,
      URL_,
    );
    expect(teamsReader.captions!.entries(doc).map((e) => [e.speaker, e.text])).toEqual([
      ['Lena Vogt', 'Only line.'],
    ]);
  });
});

describe('Teams turn identity', () => {
  it('keeps a turn on the same element when a second turn appears (no line said twice)', () => {
    const doc = documentFrom(
      `<html><body><div data-tid="closed-caption-v2-window-wrapper"><div data-tid="closed-caption-v2-virtual-list-content">
        <div id="t1"><div><span data-tid="author">Lena Vogt</span></div><div><span data-tid="closed-caption-text">First.</span></div></div>
      </div></div></body></html>`,
      URL_,
    );
    const before = teamsReader.captions!.entries(doc)[0]?.element;
    const second = doc.getElementById('t1')!.cloneNode(true) as Element;
    second.id = 't2';
    doc.querySelector('[data-tid="closed-caption-v2-virtual-list-content"]')!.append(second);
    const after = teamsReader.captions!.entries(doc).map((e) => e.element.id);
    expect([before?.id, after]).toEqual(['t1', ['t1', 't2']]);
  });
});
