/**
 * Google Meet (2024+ Material 3 call UI). Class names are obfuscated and rotate; `jsname`
 * values and ARIA labels are steadier. Labels are localised: English, French and German
 * variants are listed where a selector depends on them.
 */
import { pressedState, type CallPageSelectors } from '../calls/call-page';
import { selectorSet } from '../dom/selector-set';

export const meetSelectors: CallPageSelectors = {
  title: selectorSet('meeting title', [
    ['[data-meeting-title]', 'Call info chip: the attribute carries the calendar event title'],
    ['div[jsname="r4nke"]', 'Meeting details panel title (2023 builds)'],
  ]),
  // "Meet – Acme renewal" (event title) or "Meet – abc-defg-hij" (no event).
  titleFromDocument: (title) => {
    const stripped = title.replace(/^Meet\s*[–-]\s*/, '').trim();
    return /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(stripped) ? '' : stripped;
  },
  participants: selectorSet('participants', [
    [
      'div[role="list"] div[role="listitem"][data-participant-id]',
      'People panel: one list item per participant',
    ],
    ['div[data-participant-id] span.notranslate', 'Video tiles: the name overlay (panel closed)'],
  ]),
  participantName: (el) => el.getAttribute('aria-label') ?? el.textContent ?? '',
  selfMarker: /\s*\((?:You|Vous|Du|Tú|Você)\)\s*$/,
  inCall: selectorSet('in call', [
    ['button[jsname="CQylAd"]', 'Leave call button'],
    [
      'button[aria-label="Leave call"], button[aria-label="Quitter l\'appel"], button[aria-label="Anruf verlassen"]',
      'Leave call button by its localised label',
    ],
  ]),
  captionRegion: selectorSet('captions region', [
    [
      'div[role="region"][aria-label="Captions"], div[role="region"][aria-label="Sous-titres"], div[role="region"][aria-label="Untertitel"]',
      'Caption region (2024+), labelled per locale',
    ],
    ['div.a4cQT', 'Caption container class in 2023 builds'],
  ]),
  captionBlocks: selectorSet('caption blocks', [
    ['div.nMcdL', 'One block per speaker turn (2024+)'],
    ['div.TBMuR', 'Speaker turn block (2023 builds)'],
  ]),
  captionSpeaker: selectorSet('caption speaker', [
    ['div.KcIKyf span', 'Speaker name above the turn (2024+)'],
    ['div.zs7s8d', 'Speaker name (2023 builds)'],
  ]),
  captionText: selectorSet('caption text', [
    ['div.bh44bd', 'Turn text, rewritten in place while interim (2024+)'],
    ['div[jsname="tgaKEf"]', 'Turn text (2023 builds)'],
  ]),
  captionToggle: selectorSet('captions button', [
    ['button[jsname="r8qRAd"]', 'CC button in the call toolbar; aria-pressed is its state'],
    [
      'button[aria-label^="Turn on captions"], button[aria-label^="Turn off captions"], button[aria-label^="Activer les sous-titres"], button[aria-label^="Désactiver les sous-titres"]',
      'CC button by its localised label',
    ],
  ]),
  toggleSaysOn: (toggle) => {
    const pressed = pressedState(toggle);
    if (pressed !== null) return pressed;
    const label = toggle.getAttribute('aria-label') ?? '';
    if (/^(Turn on|Activer)/.test(label)) return false;
    if (/^(Turn off|Désactiver)/.test(label)) return true;
    return null;
  },
};
