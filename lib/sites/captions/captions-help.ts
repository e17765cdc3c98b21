/**
 * Where each call app keeps its live-captions switch, told to the rep when captions are off.
 * Plain data, so the background can say it without bundling the page readers; the text lives
 * in the app registry (lib/sites/hosts.ts).
 */
import type { AppId } from '../../domain/vocabulary';
import { APP_HOSTS, captionsHelpOf } from '../hosts';

export const CAPTIONS_HELP: Readonly<Partial<Record<AppId, string>>> = captionsHelpOf(APP_HOSTS);
