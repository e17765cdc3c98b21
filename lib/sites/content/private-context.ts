/**
 * Motive's content-script context: the same surface as WXT's `ContentScriptContext`
 * (signal, onInvalidated, setTimeout, setInterval, addEventListener with
 * `wxt:locationchange`), minus the page-visible parts.
 *
 * Why: WXT 0.21's context announces every start with `window.postMessage(…, '*')` (which
 * reveals the extension id to the page) and stops itself on a matching `CustomEvent` on
 * `document`, which any page script can dispatch. A page could switch Motive off in its tab
 * and detect that Motive runs. WXT offers no option to turn the listener off, so
 * `wxt.config.ts` aliases `wxt/utils/content-script-context` to this module for our bundles.
 *
 * This context touches nothing the page can see: no DOM events, no window messages. It ends
 * when the extension is updated or removed (`browser.runtime.id` disappears: the next timer,
 * listener or check notices) — signals a page cannot forge.
 */
import { browser } from 'wxt/browser';

type Listener = (event: Event) => void;

/** The name every `wxt:` event carries; kept so callers read like WXT's API. */
const LOCATION_CHANGE = 'wxt:locationchange';

interface NavigationLike {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string } }) => void,
    options: object,
  ): void;
}

export class ContentScriptContext {
  readonly #controller = new AbortController();
  #watchingLocation = false;
  readonly #locationListeners = new Set<Listener>();

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.signal.aborted && extensionIsGone()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** A promise that never settles: for async work that must not continue once invalid. */
  block<T>(): Promise<T> {
    return new Promise<T>(() => undefined);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = window.requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => window.cancelAnimationFrame(id));
    return id;
  }

  /**
   * Like `target.addEventListener`, removed when the context ends. `wxt:locationchange`
   * is delivered privately (SPA navigation seen through the Navigation API, or popstate and
   * hashchange where it is missing), never as an event the page could see or dispatch.
   */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: Listener,
    options?: AddEventListenerOptions,
  ): void {
    if (type === LOCATION_CHANGE) {
      this.#locationListeners.add(handler);
      this.#watchLocation();
      return;
    }
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  #watchLocation(): void {
    if (this.#watchingLocation) return;
    this.#watchingLocation = true;
    let last = location.href;
    const changedTo = (href: string) => {
      if (href === last || this.isInvalid) return;
      last = href;
      const event = new Event(LOCATION_CHANGE);
      for (const listener of this.#locationListeners) listener(event);
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changedTo(event.destination.url), {
        signal: this.signal,
      });
      return;
    }
    for (const type of ['popstate', 'hashchange']) {
      window.addEventListener(type, () => changedTo(location.href), { signal: this.signal });
    }
  }
}

/** True once the extension was updated or removed: this script is then an orphan. */
function extensionIsGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}
