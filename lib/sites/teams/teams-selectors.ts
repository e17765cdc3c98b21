/**
 * Teams (new client, 2024+). Fluent UI class names are generated; Teams' own `data-tid` test
 * ids are the stable anchors. Captions are turned on from More → Language and speech.
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
  selfMarker: /\s*\((?:You|Vous|Sie|Du)\)\s*$/,
  inCall: selectorSet('in call', [
    ['button#hangup-button', 'Leave button in the call toolbar'],
    ['button[data-tid="hangup-main-btn"]', 'Leave button by test id'],
  ]),
  captionRegion: selectorSet('captions region', [
    ['[data-tid="closed-caption-v2-window-wrapper"]', 'Live captions window (2024+)'],
    ['[data-tid="closed-caption-renderer-wrapper"]', 'Live captions renderer (2023 builds)'],
  ]),
  captionBlocks: selectorSet('caption blocks', [
    ['.fui-ChatMessageCompact', 'One compact message per speaker turn'],
    ['[data-tid="closed-caption-message"]', 'Caption item by test id'],
  ]),
  captionSpeaker: selectorSet('caption speaker', [['[data-tid="author"]', 'Speaker name above the turn']]),
  captionText: selectorSet('caption text', [
    ['[data-tid="closed-caption-text"]', 'Turn text, rewritten while interim'],
  ]),
  captionToggle: selectorSet('captions button', [
    ['button[data-tid="closed-captions-button"]', 'Captions button when pinned to the toolbar'],
  ]),
  toggleSaysOn: pressedState,
};
