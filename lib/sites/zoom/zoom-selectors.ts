/**
 * Zoom web client (2024+ React client). Its BEM-style class names come from Zoom's Web SDK and
 * are stable across releases, so here they are the hooks; ARIA labels are a fallback. The
 * meeting renders inside `iframe#webclient`. The caption overlay shows one row per speaker
 * (each row repeats `id="live-transcription-subtitle"`), an avatar or initials and the text,
 * but no name: the name is found beside the same avatar in the participants list or a video
 * tile, else the turn is kept with an unknown speaker. Sources: tests/fixtures/sites/zoom.
 */
import { pressedState, type CallPageSelectors } from '../calls/call-page';
import { selectorSet } from '../dom/selector-set';

export const shellFrame = selectorSet('meeting frame', [
  ['iframe#webclient', 'The outer /wc/<id>/join page hosts the meeting in this same-origin frame'],
]);

export const zoomSelectors: CallPageSelectors = {
  title: selectorSet('meeting title', [
    ['.meeting-info-container__topic', 'Meeting information popover: topic line'],
    ['[class*="meeting-title"]', 'Header title in the gallery layout'],
  ]),
  titleFromDocument: (title) =>
    /^Zoom( Meeting)?$/i.test(title.trim()) ? '' : title.replace(/\s*-\s*Zoom$/i, ''),
  participants: selectorSet('participants', [
    ['.participants-item__display-name', 'Participants panel: display name per row'],
    ['.video-avatar__avatar-name', 'Video tiles: name overlay (panel closed)'],
  ]),
  participantName: (el) => {
    // The "(Host, me)" / "(Me)" label sits in a sibling span; join it so the marker is seen.
    const label = el.parentElement?.querySelector('.participants-item__name-label')?.textContent ?? '';
    return `${el.textContent ?? ''} ${label}`.trim();
  },
  selfMarker: /\s*\((?:[^()]*,\s*)?(?:me|moi|ich|yo|eu|io|ik|自分|я)\)\s*$/i,
  inCall: selectorSet('in call', [
    ['.footer__leave-btn-container button, button.footer__leave-btn', 'Leave button in the footer toolbar'],
    ['button[aria-label="Leave"]', 'Leave button by its English label'],
  ]),
  captionRegion: selectorSet('captions region', [
    ['.live-transcription-subtitle__box', 'Caption overlay above the toolbar (rows inside)'],
    ['.lt-full-transcript__list', 'Full transcript side panel'],
    [
      'structure:text-ancestor .live-transcription-subtitle__item | img',
      'Overlay box renamed: the element holding every caption text',
    ],
  ]),
  captionBlocks: selectorSet('caption blocks', [
    ['[id="live-transcription-subtitle"]', 'One overlay row per speaker; the id repeats, so never #id'],
    ['.lt-full-transcript__item', 'Transcript panel row'],
    ['structure:around .live-transcription-subtitle__item | img', 'Rows renamed: one turn per caption text'],
  ]),
  captionSpeaker: selectorSet('caption speaker', [
    ['.lt-full-transcript__display-name', 'Speaker name in the transcript panel'],
    ['structure:avatar-elsewhere', 'Overlay: the name beside the same avatar image elsewhere on the page'],
  ]),
  captionText: selectorSet('caption text', [
    ['.live-transcription-subtitle__item', 'Overlay text: the item element itself holds it'],
    ['.lt-full-transcript__message', 'Transcript panel text'],
    ['structure:last-text-child', 'Classes renamed: the row’s last child with text'],
  ]),
  captionToggle: selectorSet('captions button', [
    [
      'button[aria-label="Show Captions"], button[aria-label="Hide Captions"]',
      'Captions (CC) button in the footer, English label',
    ],
    ['button.footer-button__captions', 'Captions button by class'],
  ]),
  toggleSaysOn: (toggle) => {
    const label = toggle.getAttribute('aria-label') ?? '';
    if (label === 'Show Captions') return false;
    if (label === 'Hide Captions') return true;
    return pressedState(toggle);
  },
};
