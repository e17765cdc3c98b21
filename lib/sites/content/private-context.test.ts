// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from './private-context';

describe('the private content-script context', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts without telling the page: no window message, no document event', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const ctx = new ContentScriptContext('call');
    expect(ctx.isValid).toBe(true);
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
  });

  it('is not stopped by a page replaying WXT’s “content script started” event', () => {
    const ctx = new ContentScriptContext('call');
    // What a page script can do: the event name is derived from the public extension id.
    const name = (WxtContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    expect(name).toMatch(/wxt:content-script-started$/);
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'call', messageId: 'x' } }));
    window.postMessage({ type: name, contentScriptName: 'call', messageId: 'x' }, '*');
    expect(ctx.isValid).toBe(true);
  });

  it('ends once the extension is gone, and cancels its timers', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('call');
    const ended = vi.fn();
    const tick = vi.fn();
    ctx.onInvalidated(ended);
    ctx.setTimeout(tick, 100);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(200);
    expect(tick).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('delivers SPA navigation privately to wxt:locationchange listeners', () => {
    const ctx = new ContentScriptContext('email');
    const changed = vi.fn();
    const pageSaw = vi.fn();
    window.addEventListener('wxt:locationchange', pageSaw);
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    history.pushState({}, '', '#inbox/thread-2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(changed).toHaveBeenCalledOnce();
    expect(pageSaw).not.toHaveBeenCalled();
  });

  it('removes its listeners when it ends', () => {
    const ctx = new ContentScriptContext('crm');
    const clicked = vi.fn();
    ctx.addEventListener(document, 'click', clicked);
    ctx.notifyInvalidated();
    document.dispatchEvent(new Event('click'));
    expect(clicked).not.toHaveBeenCalled();
  });
});
