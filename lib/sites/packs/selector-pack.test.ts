// @vitest-environment happy-dom
import { STRUCTURE } from '../calls/caption-structure';
import { STRUCTURE_PREFIX } from '../../domain/selector-pack';
import { afterEach, describe, expect, it } from 'vitest';
import { meetReader } from '../meet';
import { meetSelectors } from '../meet/meet-selectors';
import { TURN_ON_CAPTIONS } from '../meet/meet-labels';
import { ALL_SOURCES } from './all-sources';
import { applySelectorPack, builtInPack } from './apply-pack';
import { CALL_SOURCES } from './call-sources';
import { checkSelectorPack } from '../../sync/selector-pack-schema';
import { PACK_FORMAT, readStoredTeamPack, type SelectorPack } from './selector-pack';
import { APPS } from '../../domain/vocabulary';

const pack = (apps: SelectorPack['apps'], version = 3): SelectorPack => ({
  format: PACK_FORMAT,
  version,
  publishedAt: '2026-12-03T10:00:00Z',
  apps,
});

afterEach(() => applySelectorPack(CALL_SOURCES, null));

describe('the built-in pack', () => {
  it('covers every app, and passes the schema a team pack must pass', () => {
    const builtIn = builtInPack(ALL_SOURCES, '2026-12-03T00:00:00Z');
    expect(Object.keys(builtIn.apps).sort()).toEqual([...APPS].sort());
    expect(checkSelectorPack({ ...builtIn, version: 1 })).toEqual({ ok: true, pack: expect.anything() });
  });
  it('names call selectors by their property and keeps labels', () => {
    const meet = builtInPack(CALL_SOURCES, '2026-12-03T00:00:00Z').apps.meet!;
    expect(meet.selectors.captionText).toEqual(meetSelectors.captionText.variants.map((v) => v.css));
    expect(meet.labels.TURN_ON_CAPTIONS).toContain('Turn on captions');
  });
});

describe('checkSelectorPack refuses anything but bounded plain string lists', () => {
  const good = pack({ meet: { selectors: { captionText: ['div.newCaption'] }, labels: {} } });
  it.each([
    ['code instead of a list', { ...good, apps: { meet: { selectors: { captionText: 'x' }, labels: {} } } }],
    [
      'a function-like object',
      { ...good, apps: { meet: { selectors: { captionText: [{ css: 'a' }] }, labels: {} } } },
    ],
    ['an unparseable selector', pack({ meet: { selectors: { captionText: ['div[[['] }, labels: {} } })],
    [
      'an unknown structural cue',
      pack({ meet: { selectors: { captionText: ['structure:eval x'] }, labels: {} } }),
    ],
    ['an unknown app', { ...good, apps: { myspace: { selectors: {}, labels: {} } } }],
    ['an extra field', { ...good, script: 'alert(1)' }],
    ['a wrong format', { ...good, format: 'motive-selector-pack/9' }],
    ['version 0 (reserved for built-in)', { ...good, version: 0 }],
    ['too many selectors', pack({ meet: { selectors: { a: Array(25).fill('div') }, labels: {} } })],
    [
      'an oversized pack',
      pack({
        meet: {
          selectors: Object.fromEntries(
            Array.from({ length: 120 }, (_, i) => [
              `k${i}`,
              Array<string>(24).fill(`div.${'x'.repeat(100)}`),
            ]),
          ),
          labels: {},
        },
      }),
    ],
  ])('refuses %s', (_title, raw) => {
    expect(checkSelectorPack(raw).ok).toBe(false);
  });
  it('admits a good pack, including structure cues and shadow-piercing selectors', () => {
    const raw = pack({
      meet: {
        selectors: { captionText: ['div.x', 'structure:last-text-child'], title: ['a >>> b'] },
        labels: {},
      },
    });
    expect(checkSelectorPack(raw)).toEqual({ ok: true, pack: raw });
  });
});

describe('applySelectorPack', () => {
  const doc = () => {
    const d = document.implementation.createHTMLDocument('Meet');
    d.body.append(
      Object.assign(d.createElement('div'), { className: 'brandNewTitle', textContent: 'Renewal' }),
    );
    return d;
  };
  it('puts team selectors first, keeps built-in fallbacks, and restores built-in on null', () => {
    const before = meetSelectors.title.variants.map((v) => v.css);
    expect(
      applySelectorPack(
        CALL_SOURCES,
        pack({ meet: { selectors: { title: ['div.brandNewTitle'] }, labels: {} } }),
      ),
    ).toEqual({ meet: 3, teams: 'built-in', zoom: 'built-in' });
    expect(meetSelectors.title.variants.map((v) => v.css)).toEqual(['div.brandNewTitle', ...before]);
    expect(meetReader.read(doc(), new URL('https://meet.google.com/abc-defg-hij')).meeting?.title).toBe(
      'Renewal',
    );
    applySelectorPack(CALL_SOURCES, null);
    expect(meetSelectors.title.variants.map((v) => v.css)).toEqual(before);
  });
  it('merges label lists in place, team labels first', () => {
    applySelectorPack(
      CALL_SOURCES,
      pack({ meet: { selectors: {}, labels: { TURN_ON_CAPTIONS: ['Untertitel an'] } } }),
    );
    expect(TURN_ON_CAPTIONS[0]).toBe('Untertitel an');
    expect(TURN_ON_CAPTIONS).toContain('Turn on captions');
  });
  it('keeps an app built-in when one of its selectors cannot run here', () => {
    const before = meetSelectors.title.variants.map((v) => v.css);
    const applied = applySelectorPack(
      CALL_SOURCES,
      pack({ meet: { selectors: { title: ['div.ok', 'div[[['] }, labels: {} } }),
    );
    expect(applied.meet).toBe('built-in');
    expect(meetSelectors.title.variants.map((v) => v.css)).toEqual(before);
  });
});

describe('readStoredTeamPack (content scripts, no zod)', () => {
  const team = pack({ meet: { selectors: { title: ['div.t'] }, labels: {} } });
  it.each([
    ['nothing stored', undefined],
    ['a string', 'pack'],
    [
      'a pack whose selectors are not lists',
      { team: { pack: { ...team, apps: { meet: { selectors: { title: 'div' }, labels: {} } } } } },
    ],
    ['a pack of another format', { team: { pack: { ...team, format: 'x' } } }],
  ])('falls back to built-in on %s', (_title, raw) => {
    expect(readStoredTeamPack(raw)).toBeNull();
  });
  it('returns a well-formed stored pack', () => {
    expect(readStoredTeamPack({ team: { pack: team, fetchedAt: 'x' } })).toEqual(team);
  });
});

describe('the pack format and the readers agree', () => {
  it('on the structure prefix', () => {
    expect(STRUCTURE_PREFIX).toBe(STRUCTURE);
  });
});
