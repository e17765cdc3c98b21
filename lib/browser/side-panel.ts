/**
 * The side-panel APIs, behind a seam: fakeBrowser has no `sidePanel`, and Firefox has
 * `sidebarAction` instead. Tests stub this module.
 */
interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}
function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/** Chrome: clicking the toolbar action (or its keyboard command) opens the panel. */
export async function openPanelOnActionClick(): Promise<void> {
  await chromeSidePanel()?.setPanelBehavior({ openPanelOnActionClick: true });
}

/** Enables or disables the panel for one tab (Chrome); a no-op where unsupported. */
export async function setPanelEnabledForTab(tabId: number, enabled: boolean): Promise<void> {
  await chromeSidePanel()?.setOptions({ tabId, path: 'sidepanel.html', enabled });
}

/** Opens the panel; must run inside a user gesture. */
export async function openPanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  const chrome = chromeSidePanel();
  if (chrome) return chrome.open(target);
  const firefox = firefoxSidebar();
  if (firefox) return firefox.open();
  throw new Error('This browser has no side panel or sidebar.');
}
