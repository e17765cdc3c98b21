/**
 * The side-panel APIs, behind a seam: fakeBrowser has no `sidePanel`, and Firefox has
 * `sidebar_action` instead (its command opens it; nothing to call). Tests stub this module.
 */
interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}

/** Chrome: clicking the toolbar action (or its keyboard command) opens the panel. */
export async function openPanelOnActionClick(): Promise<void> {
  await chromeSidePanel()?.setPanelBehavior({ openPanelOnActionClick: true });
}

/** Enables or disables the panel for one tab (Chrome); a no-op where unsupported. */
export async function setPanelEnabledForTab(tabId: number, enabled: boolean): Promise<void> {
  await chromeSidePanel()?.setOptions({ tabId, path: 'sidepanel.html', enabled });
}
