/**
 * Where each call app keeps its live-captions switch, told to the rep when captions are off.
 * Plain data, so the background can say it without bundling the page readers.
 */
import type { AppId } from '../../domain/vocabulary';

export const CAPTIONS_HELP: Readonly<Partial<Record<AppId, string>>> = {
  meet: 'In Meet, click the CC button in the bottom toolbar (or press c).',
  zoom: 'In Zoom, click Captions (CC) in the meeting toolbar, then Show Captions.',
  teams: 'In Teams, open More (…) → Language and speech → Turn on live captions.',
};
