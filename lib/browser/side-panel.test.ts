import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanelOnActionClick, setPanelEnabledForTab } from './side-panel';

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
    };
    target['sidePanel'] = sidePanel;
    await openPanelOnActionClick();
    await setPanelEnabledForTab(7, false);
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(sidePanel.setOptions).toHaveBeenCalledWith({ tabId: 7, path: 'sidepanel.html', enabled: false });
  });

  it('says so when the browser has neither', async () => {
    await expect(openPanelOnActionClick()).resolves.toBeUndefined();
  });
});
