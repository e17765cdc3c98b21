import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanel, openPanelOnActionClick, setPanelEnabledForTab } from './side-panel';

/** fakeBrowser lacks both APIs; the tests add and remove them. */
const target = fakeBrowser as unknown as Record<string, unknown>;

afterEach(() => {
  delete target['sidePanel'];
  delete target['sidebarAction'];
});

describe('side panel wrapper', () => {
  it('on Chrome, makes the toolbar action open the panel and enables it per tab', async () => {
    const sidePanel = {
      setPanelBehavior: vi.fn(() => Promise.resolve()),
      setOptions: vi.fn(() => Promise.resolve()),
      open: vi.fn(() => Promise.resolve()),
    };
    target['sidePanel'] = sidePanel;
    await openPanelOnActionClick();
    await setPanelEnabledForTab(7, false);
    await openPanel({ tabId: 7 });
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(sidePanel.setOptions).toHaveBeenCalledWith({ tabId: 7, path: 'sidepanel.html', enabled: false });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('on Firefox, opens the sidebar instead', async () => {
    const sidebarAction = { open: vi.fn(() => Promise.resolve()) };
    target['sidebarAction'] = sidebarAction;
    await openPanel({});
    expect(sidebarAction.open).toHaveBeenCalled();
  });

  it('says so when the browser has neither', async () => {
    await expect(openPanel({})).rejects.toThrow('This browser has no side panel or sidebar.');
    await expect(openPanelOnActionClick()).resolves.toBeUndefined();
  });
});
