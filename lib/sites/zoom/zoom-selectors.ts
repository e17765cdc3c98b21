/**
 * Zoom web client (2024+ React client). Its BEM-style class names come from Zoom's Web SDK and
 * are stable across releases; ARIA labels are English-only in the client, so they are a
 * fallback. The meeting itself renders inside `iframe#webclient`.
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
  selfMarker: /\s*\((?:[^()]*,\s*)?(?:me|moi|ich)\)\s*$/i,
  inCall: selectorSet('in call', [
    ['button.footer__leave-btn', 'Leave button in the footer toolbar'],
    ['button[aria-label="Leave"]', 'Leave button by label'],
  ]),
  captionRegion: selectorSet('captions region', [
    ['#live-transcription-subtitle', 'Caption overlay above the toolbar'],
    ['.lt-full-transcript__list', 'Full transcript side panel (captions shown there too)'],
  ]),
  captionBlocks: selectorSet('caption blocks', [
    ['.live-transcription-subtitle__item', 'One overlay line per speaker turn'],
    ['.lt-full-transcript__item', 'Transcript panel item'],
  ]),
  captionSpeaker: selectorSet('caption speaker', [
    ['.live-transcription-subtitle__name', 'Speaker name in the overlay'],
    ['.lt-full-transcript__display-name', 'Speaker name in the transcript panel'],
  ]),
  captionText: selectorSet('caption text', [
    ['.live-transcription-subtitle__text', 'Overlay text, rewritten while interim'],
    ['.lt-full-transcript__message', 'Transcript panel text'],
  ]),
  captionToggle: selectorSet('captions button', [
    [
      'button[aria-label="Show Captions"], button[aria-label="Hide Captions"]',
      'Captions (CC) button in the footer',
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
