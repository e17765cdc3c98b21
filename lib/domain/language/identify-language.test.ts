import { describe, expect, it } from 'vitest';
import { detectorReads, identifyLanguage } from './identify-language';

describe('identifyLanguage', () => {
  it.each([
    [
      'English function words say English',
      'So the team is exhausted after the outage and we want to fix it.',
      'en',
    ],
    [
      'German function words say German',
      'Wir haben das schon einmal versucht, aber es hat nicht funktioniert.',
      'de',
    ],
    [
      'French function words say French',
      'Nous avons déjà essayé et ce n’est pas une priorité pour le moment.',
      'fr',
    ],
    [
      'Spanish function words say Spanish',
      'El equipo está cansado y no tenemos tiempo para esto ahora.',
      'es',
    ],
    ['Dutch function words say Dutch', 'We hebben het al eens geprobeerd en het is niet gelukt.', 'nl'],
    ['kana say Japanese, even with Kanji', '先週のリリースで障害が起きました。', 'ja'],
    ['Hangul says Korean', '지난주에 장애가 있었습니다', 'ko'],
    ['Cyrillic says Russian', 'Мы уже пробовали это в прошлом году.', 'ru'],
    [
      'Cyrillic with і and ї says Ukrainian',
      'Ми вже пробували це минулого року, і це їх не влаштувало.',
      'uk',
    ],
    ['a Latin brand name in Japanese text stays Japanese', 'Salesforceの連携はどうなりますか', 'ja'],
  ])('%s', (_rule, text, code) => {
    expect(identifyLanguage(text).code).toBe(code);
  });

  it.each([
    ['a line too short to tell is undetermined', 'Okay.'],
    ['numbers and punctuation alone are undetermined', '42 — 17%!'],
    ['a tie between languages is undetermined', 'la que'],
  ])('%s', (_rule, text) => {
    expect(identifyLanguage(text)).toEqual({ code: 'und', name: 'unknown' });
  });

  it.each([
    ['English is read', 'en', true],
    ['an undetermined line is read (nothing new is claimed either way)', 'und', true],
    ['German is not read', 'de', false],
    ['Japanese is not read', 'ja', false],
  ] as const)('%s', (_rule, code, read) => {
    expect(detectorReads({ code, name: '' })).toBe(read);
  });

  it('names the language for the panel', () => {
    expect(
      identifyLanguage('Wir haben das schon einmal versucht, aber es hat nicht funktioniert.').name,
    ).toBe('German');
  });
});
