/**
 * Google Meet (2024+ Material 3 call UI). Class names are generated and were renamed in 2025
 * (caption text `bh44bd` → `ygicle`), so each target tries `jsname`, ARIA roles and labels
 * first, then the page's structure (a turn is a header with avatar and name, then the text),
 * and the generated classes only last. Sources: tests/fixtures/sites/meet/*.source.md.
 */
import { pressedState, type CallPageSelectors } from '../calls/call-page';
import { selectorSet } from '../dom/selector-set';
import {
  CAPTIONS_REGION_LABELS,
  LEAVE_CALL,
  SELF_MARKER,
  TURN_OFF_CAPTIONS,
  TURN_ON_CAPTIONS,
  labelled,
} from './meet-labels';

const startsWithAny = (label: string, starts: readonly string[]) => starts.some((s) => label.startsWith(s));

export const meetSelectors: CallPageSelectors = {
  title: selectorSet('meeting title', [
    ['[data-meeting-title]', 'Call info chip: the attribute carries the calendar event title'],
    ['div[jsname="r4nke"]', 'Meeting details panel title (2023 builds)'],
  ]),
  // "Meet – Acme renewal" (event title) or "Meet – abc-defg-hij" (no event).
  titleFromDocument: (title) => {
    const stripped = title
      .replace(/^Meet\s*[–-]\s*/, '')
      .replace(/\s*-\s*Google Meet$/, '')
      .trim();
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
  selfMarker: SELF_MARKER,
  inCall: selectorSet('in call', [
    ['button[jsname="CQylAd"]', 'Leave call button (jsname, any language)'],
    [labelled('button', 'aria-label', LEAVE_CALL), 'Leave call button by its label, nine languages'],
  ]),
  captionRegion: selectorSet('captions region', [
    [
      'div[jsname="dsyhDe"] div[role="region"]',
      '2025+: the captions region inside the jsname="dsyhDe" panel, whatever the UI language',
    ],
    [labelled('div[role="region"]', 'aria-label', CAPTIONS_REGION_LABELS), 'Captions region by its label'],
    ['div[jsname="dsyhDe"]', '2024 builds: the turn list itself carries the jsname'],
    ['div.a4cQT', 'Last resort: generated class of the 2023/24 captions container'],
  ]),
  captionBlocks: selectorSet('caption blocks', [
    ['structure:turn-rows', 'One turn per child: a header (avatar, name) then the text (2024+)'],
    ['div.nMcdL', 'Last resort: generated class of a turn (2024+)'],
    ['div.TBMuR', 'Last resort: generated class of a turn (2023 builds)'],
  ]),
  captionText: selectorSet('caption text', [
    ['[jsname="tgaKEf"]', '2024 builds: turn text by jsname, rewritten in place while interim'],
    ['structure:last-text-child', '2025+: the turn’s last child with text (no stable hook left)'],
    ['div.ygicle', 'Last resort: generated class of the turn text (2025+)'],
    ['div.bh44bd', 'Last resort: generated class of the turn text (2024 builds)'],
  ]),
  captionSpeaker: selectorSet('caption speaker', [
    [
      'structure:before-text',
      'Text of the turn header before the caption text: a span in 2025+, a plain div in 2024',
    ],
    ['.NWpY1d', 'Last resort: generated class of the name span (2025+)'],
    ['.KcIKyf', 'Last resort: generated class of the name holder (2024 builds)'],
    ['.zs7s8d', 'Last resort: generated class of the name (2023 builds)'],
  ]),
  captionToggle: selectorSet('captions button', [
    ['button[jsname="r8qRAd"]', 'CC button in the call toolbar; aria-pressed is its state'],
    [
      `${labelled('button', 'aria-label', TURN_ON_CAPTIONS, '^=')}, ${labelled('button', 'aria-label', TURN_OFF_CAPTIONS, '^=')}`,
      'CC button by its label, nine languages',
    ],
  ]),
  toggleSaysOn: (toggle) => {
    const pressed = pressedState(toggle);
    if (pressed !== null) return pressed;
    const label = toggle.getAttribute('aria-label') ?? '';
    if (startsWithAny(label, TURN_ON_CAPTIONS)) return false;
    if (startsWithAny(label, TURN_OFF_CAPTIONS)) return true;
    return null;
  },
};
