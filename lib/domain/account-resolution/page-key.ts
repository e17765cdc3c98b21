/**
 * Which page a hand-picked account belongs to. A rep's choice ("this thread is Northwind")
 * binds to the thing the page shows, not to the browser tab and not to every tab:
 *  - a CRM record: `<app>:<type>:<id>` (the same key accounts bind CRM records with);
 *  - an email thread: `<app>:thread:<id>` (Gmail/Outlook thread or item id from the URL);
 *  - a meeting: `<app>:meeting:<code>` (Meet code, Zoom/Teams meeting id), or, when the URL
 *    names none (Teams' single-page app), `<app>:meeting-title:<title folded>`;
 *  - anything else (an inbox, a call lobby): the tab itself, `tab:<id>`, forgotten with it.
 * Pure.
 */
import { cutText, nameMatchKey } from '../text';
import type { AppId, Surface } from '../vocabulary';

export interface PageIdentity {
  app: AppId;
  surface: Surface;
  record?: { type: string; id: string } | undefined;
  /** Thread or meeting id parsed from the URL by the app's reader. */
  itemId?: string | undefined;
  meetingTitle?: string | undefined;
}

export interface PageKey {
  key: string;
  /** How the rep calls it: "this thread", "this meeting", "this record", "this tab". */
  label: string;
}

/** Keys stay within the 300 characters of a CRM key; ids longer than that are cut. */
const MAX_PART = 240;

/** The key of the tab itself, for pages that name no record, thread or meeting. */
export function tabPageKey(tabId: number): PageKey {
  return { key: `tab:${tabId}`, label: 'this tab' };
}

/** True for keys that only live as long as their tab. */
export function isTabPageKey(key: string): boolean {
  return key.startsWith('tab:');
}

/** The page's own key, or undefined when the page names nothing lasting (see module comment). */
export function pageKey(page: PageIdentity): PageKey | undefined {
  if (page.record) {
    const { type, id } = page.record;
    return { key: `${page.app}:${type}:${id}`, label: 'this record' };
  }
  if (page.surface === 'email' && page.itemId) {
    return { key: `${page.app}:thread:${cutText(page.itemId, MAX_PART)}`, label: 'this thread' };
  }
  if (page.surface !== 'call') return undefined;
  if (page.itemId)
    return { key: `${page.app}:meeting:${cutText(page.itemId, MAX_PART)}`, label: 'this meeting' };
  const title = page.meetingTitle ? nameMatchKey(page.meetingTitle) : '';
  return title
    ? { key: `${page.app}:meeting-title:${cutText(title, MAX_PART)}`, label: 'this meeting' }
    : undefined;
}
