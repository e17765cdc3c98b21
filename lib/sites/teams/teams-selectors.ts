/**
 * Teams (new client, 2024+) on teams.microsoft.com, teams.live.com and teams.cloud.microsoft.
 * Fluent UI class names are generated and not every build puts `fui-ChatMessageCompact` on a
 * caption turn; Teams' own `data-tid` test ids are the stable anchors, so turns are found
 * around each `closed-caption-text`. No step reads a localised label: captions are on when the
 * captions window shows, off when a call is on without it. Sources: tests/fixtures/sites/teams.
 */
import { pressedState, type CallPageSelectors } from '../calls/call-page';
import { selectorSet } from '../dom/selector-set';

export const teamsSelectors: CallPageSelectors = {
  title: selectorSet('meeting title', [
    ['[data-tid="call-title"]', 'Call header title (new client)'],
    ['[data-tid="meeting-title"]', 'Meeting stage title (classic meeting join)'],
  ]),
  // "Meeting with Acme | Microsoft Teams"
  titleFromDocument: (title) =>
    /^(Chat|Calendar|Activity)\b/.test(title) ? '' : title.replace(/\s*\|\s*Microsoft Teams$/, ''),
  participants: selectorSet('participants', [
    [
      '[data-tid^="participantsInCall-"] [data-tid="roster-participant-name"]',
      'People pane: "In this meeting" rows',
    ],
    ['[data-tid="roster-participant"] span[title]', 'Roster rows (2023 new-client builds)'],
    ['[data-tid="video-tile"] [data-tid="participant-name"]', 'Video tiles (people pane closed)'],
  ]),
  participantName: (el) => el.getAttribute('title') || el.textContent || '',
  selfMarker: /\s*[(（]\s*(?:You|Tú|Tu|Você|Vous|Du|Sie|Jij|自分|Вы)\s*[)）]\s*$/,
  inCall: selectorSet('in call', [
    ['#hangup-button', 'Leave button (a button, or a div around it in 2025+ builds)'],
    [
      'button[data-tid="hangup-main-btn"], button[data-tid="hangup-leave-button"], button[data-tid="hangup-end-meeting-button"]',
      'Leave / end buttons by test id',
    ],
  ]),
  captionRegion: selectorSet('captions region', [
    ['[data-tid="closed-caption-v2-window-wrapper"]', 'Live captions window (2024+)'],
    [
      '[data-tid="closed-caption-v2-virtual-list-content"]',
      'The captions list, when the window wrapper is absent',
    ],
    ['[data-tid="closed-caption-renderer-wrapper"]', 'Live captions renderer (2023 builds)'],
    ['[data-tid="closed-captions-renderer"]', 'Live captions renderer (older builds)'],
    [
      'structure:text-ancestor [data-tid="closed-caption-text"] | [data-tid="author"]',
      'No wrapper at all (2026 samples with one role="log" per turn): the element holding every caption text',
    ],
  ]),
  captionBlocks: selectorSet('caption blocks', [
    [
      'structure:around [data-tid="closed-caption-text"] | [data-tid="author"]',
      'One turn per caption text: its highest ancestor holding no other caption text',
    ],
    ['.fui-ChatMessageCompact', 'Last resort: Fluent class of a compact chat message'],
  ]),
  captionSpeaker: selectorSet('caption speaker', [
    ['[data-tid="author"]', 'Speaker name beside the turn'],
    ['.fui-ChatMessageCompact__author', 'Last resort: Fluent class of the author slot'],
  ]),
  captionText: selectorSet('caption text', [
    ['[data-tid="closed-caption-text"]', 'Turn text, rewritten while interim'],
  ]),
  captionToggle: selectorSet('captions button', [
    [
      'button[data-tid="closed-captions-button"], button#captions-button, button[data-tid="cc-toggle-button"]',
      'Captions button when pinned to the toolbar; aria-pressed is its state',
    ],
  ]),
  toggleSaysOn: pressedState,
};
