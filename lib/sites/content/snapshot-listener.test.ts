// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SenderLike } from '../../messaging/guards';
import { answerSnapshotRequest } from './snapshot-listener';

const self = { id: 'motive-id', baseUrl: 'chrome-extension://motive-id/' };
const NOW = new Date('2026-12-03T09:00:00Z');

function page(): Document {
  return new DOMParser().parseFromString(
    `<title>Meet – Acme renewal</title><div role="region" aria-label="Captions" jsname="dsyhDe">
    <div class="nMcdL"><div class="KcIKyf"><span>Dana Reyes</span></div>
    <div class="bh44bd">We need sign-off from dana@acme.example by Friday.</div></div></div>`,
    'text/html',
  );
}

describe('answerSnapshotRequest', () => {
  it.each<[string, SenderLike]>([
    ['another extension', { id: 'other', url: 'chrome-extension://other/background.js' }],
    [
      'a content script of this extension (it has a tab)',
      { id: 'motive-id', url: 'https://meet.google.com/x', tab: { id: 4 } },
    ],
    [
      'an extension page that is not the background',
      { id: 'motive-id', url: 'chrome-extension://motive-id/sidepanel.html' },
    ],
  ])('refuses a request from %s, taking no snapshot', (_title, sender) => {
    const answer = answerSnapshotRequest(sender, self, page(), 'meet', NOW);
    expect(answer.snapshot).toBeUndefined();
    expect(answer.reason).toMatch(/^Refused: /);
  });

  it.each(['background.js', '_generated_background_page.html'])(
    'answers the background (%s) with the structure, names and text masked, the page untouched',
    (path) => {
      const doc = page();
      const before = doc.documentElement.outerHTML;
      const answer = answerSnapshotRequest(
        { id: 'motive-id', url: `${self.baseUrl}${path}` },
        self,
        doc,
        'meet',
        NOW,
      );
      expect(answer.app).toBe('meet');
      expect(answer.snapshot).toContain('class="nMcdL"');
      expect(answer.snapshot).toContain('jsname="dsyhDe"');
      expect(answer.snapshot).toContain('meet page, 2026-12-03T09:00:00.000Z');
      for (const secret of ['Dana', 'Reyes', 'sign-off', 'acme.example', 'Acme renewal'])
        expect(answer.snapshot).not.toContain(secret);
      expect(doc.documentElement.outerHTML).toBe(before);
    },
  );
});
