import { describe, expect, it } from 'vitest';
import { loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { zoomReader } from './index';
import { parseZoomUrl } from './zoom-url';

const FRAME_URL = 'https://app.zoom.us/wc/85012345678/meeting?fromPWA=1';

describe('parseZoomUrl', () => {
  it.each([
    [
      'reads the join page',
      'https://app.zoom.us/wc/85012345678/join?fromPWA=1',
      { kind: 'call', itemId: '85012345678' },
    ],
    ['reads the meeting frame', FRAME_URL, { kind: 'call', itemId: '85012345678' }],
    [
      'reads the legacy join path on a vanity domain',
      'https://acme.zoom.us/wc/join/850123456',
      { kind: 'call', itemId: '850123456' },
    ],
    ['ignores the web client home', 'https://app.zoom.us/wc/home', null],
    ['ignores the marketing site', 'https://zoom.us/pricing', null],
  ])('%s', (_rule, href, expected) => {
    expect(parseZoomUrl(new URL(href))).toEqual(expected);
  });
});

describe('zoomReader over fixtures', () => {
  it('lets the outer shell defer to the meeting frame', () => {
    const shellUrl = 'https://app.zoom.us/wc/85012345678/join?fromPWA=1';
    expect(zoomReader.defersToFrame?.(loadFixture('zoom/2026-11-20-call-shell.html', shellUrl))).toBe(true);
    expect(zoomReader.defersToFrame?.(loadFixture('zoom/2026-11-20-call.html', FRAME_URL))).toBe(false);
  });

  it('reads the topic, participants without the host-me row, and captions in the frame', () => {
    const doc = loadFixture('zoom/2026-11-20-call.html', FRAME_URL);
    const read = zoomReader.read(doc, new URL(FRAME_URL));
    expect(read).toMatchObject({
      readStatus: 'ok',
      userName: 'Riley Seller',
      meeting: { title: 'Globex Logistics - telematics pilot review', captionsOn: true },
    });
    expect(read.people.map((p) => p.name)).toEqual(['Hannah Okafor', 'Tomás Ibáñez']);
    expect(zoomReader.captions!.entries(doc).map((e) => e.speaker)).toEqual(['Hannah Okafor']);
  });

  it('says captions are off from the Show Captions button', () => {
    const read = zoomReader.read(
      loadFixture('zoom/2026-11-20-call-captions-off.html', FRAME_URL),
      new URL(FRAME_URL),
    );
    expect(read.meeting?.captionsOn).toBe(false);
    expect(read.people.map((p) => p.name)).toEqual(['Hannah Okafor', 'Riley Seller']);
  });
});
