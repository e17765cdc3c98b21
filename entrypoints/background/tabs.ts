/**
 * Follows the active tab: switching tabs or windows changes the panel's context; closing a tab
 * or leaving an app forgets that tab's page context.
 */
import { isAppUrl } from '@/lib/sites/hosts';
import { getServices } from './services';

function report(error: unknown): void {
  console.error('Motive: tab tracking', error);
}

async function activateFocused(windowId?: number): Promise<void> {
  const query =
    windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
  const [tab] = await browser.tabs.query(query);
  if (tab?.id !== undefined) await getServices().activeContext.activateTab(tab.id);
}

export function setupTabs(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    getServices().activeContext.activateTab(tabId).catch(report);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    getServices().forgetTab(tabId).catch(report);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // Navigated away from the apps: what was read there no longer describes this tab.
    if (change.url !== undefined && !isAppUrl(change.url)) getServices().forgetTab(tabId).catch(report);
  });
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId !== browser.windows.WINDOW_ID_NONE) activateFocused(windowId).catch(report);
  });
  // A restarted worker starts from the tab in front, not from nothing.
  activateFocused().catch(report);
}
