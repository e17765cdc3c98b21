/**
 * Google Meet's localised labels, for the few places where no language-free hook exists. The
 * English ones come from third-party captures (see tests/fixtures/sites/meet/*.source.md);
 * the others are Meet's wording in es, pt, fr, de, it, nl, ja and ru as commonly seen, and are
 * only a fallback behind `jsname` and `aria-pressed`, which do not depend on the language.
 */

/** aria-label of the captions region. */
export const CAPTIONS_REGION_LABELS = [
  'Captions',
  'Subtítulos',
  'Legendas',
  'Sous-titres',
  'Untertitel',
  'Sottotitoli',
  'Ondertiteling',
  '字幕',
  'Субтитры',
];

/** Start of the CC button's label while captions are off ("Turn on captions (c)"). */
export const TURN_ON_CAPTIONS = [
  'Turn on captions',
  'Activar subtítulos',
  'Ativar legendas',
  'Activer les sous-titres',
  'Untertitel aktivieren',
  'Attiva i sottotitoli',
  'Ondertiteling aanzetten',
  '字幕をオンにする',
  'Включить субтитры',
];

/** Start of the CC button's label while captions are on. */
export const TURN_OFF_CAPTIONS = [
  'Turn off captions',
  'Desactivar subtítulos',
  'Desativar legendas',
  'Désactiver les sous-titres',
  'Untertitel deaktivieren',
  'Disattiva i sottotitoli',
  'Ondertiteling uitzetten',
  '字幕をオフにする',
  'Выключить субтитры',
  'Отключить субтитры',
];

/** aria-label of the leave button. */
export const LEAVE_CALL = [
  'Leave call',
  'Salir de la llamada',
  'Sair da chamada',
  "Quitter l'appel",
  'Anruf verlassen',
  'Abbandona la chiamata',
  'Gesprek verlaten',
  '通話から退出',
  'Покинуть звонок',
];

/** The user's own entry in the People panel: "Riley (You)", "Riley (Вы)". */
export const SELF_MARKER = /\s*[(（]\s*(?:You|Tú|Tu|Você|Vous|Du|Sie|Jij|自分|あなた|Вы)\s*[)）]\s*$/;

/** `[attr="a"], [attr="b"]` over a list of labels (quotes escaped). */
export function labelled(prefix: string, attr: string, labels: readonly string[], op = '='): string {
  return labels.map((label) => `${prefix}[${attr}${op}"${label.replace(/"/g, '\\"')}"]`).join(', ');
}
