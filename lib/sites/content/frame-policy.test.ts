import { describe, expect, it } from 'vitest';
import { loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { meetReader } from '../meet';
import { zoomReader } from '../zoom';
import { frameShouldRead } from './frame-policy';

const ZOOM_SHELL = 'https://app.zoom.us/wc/85012345678/join';
const ZOOM_FRAME = 'https://app.zoom.us/wc/85012345678/meeting';

describe('frameShouldRead', () => {
  it.each([
    [
      'the Zoom shell defers to its meeting frame',
      zoomReader,
      'zoom/2026-11-20-call-shell.html',
      ZOOM_SHELL,
      true,
      false,
    ],
    ['the Zoom meeting frame reads', zoomReader, 'zoom/2026-11-20-call.html', ZOOM_FRAME, false, true],
    [
      'a Meet page reads in its top frame',
      meetReader,
      'meet/2026-11-21-call.html',
      'https://meet.google.com/kfz-qwmx-dpr',
      true,
      true,
    ],
    [
      'frames inside Meet (widgets) stay silent',
      meetReader,
      'meet/2026-11-21-call.html',
      'https://meet.google.com/kfz-qwmx-dpr',
      false,
      false,
    ],
  ] as const)('%s', (_rule, reader, file, url, isTop, expected) => {
    expect(frameShouldRead(reader, loadFixture(file, url), isTop)).toBe(expected);
  });
});
