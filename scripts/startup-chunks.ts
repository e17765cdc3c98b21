/**
 * Build plugin: the side panel starts from three script files instead of twelve.
 *
 * WXT builds the extension's HTML pages (side panel, options) in one multi-page build, so by
 * default every module shared by the two pages, or by a page and one of its lazy views, lands
 * in its own small chunk; the panel's first frame waited on twelve module fetches, each
 * ~1–2 ms of request and response handling in the renderer (seen in a Chromium trace). Here
 * the modules on the panel's static import chain go into one chunk (the options page loads it
 * too: it shares most of it). The rest is split by the bundler as usual: lazy views stay lazy,
 * and so does everything the panel imports only dynamically (Dexie, zod, the repositories),
 * even where the options page, which is opened rarely and not timed, imports it statically.
 *
 * Only the multi-page build is touched: content scripts and the background are single IIFE
 * files, which cannot be code-split at all.
 */
import type { Plugin } from 'vite';

// A page's entry modules stay in its own entry chunk: grouped, they would run on the other page too.
const ENTRYPOINT = /[\\/]entrypoints[\\/]/;
// Style sheets stay with the page that imports them: grouped, the panel's styles would apply to the options page.
const STYLE = /\.css(?:$|\?)/;

export function startupChunks(): Plugin {
  /** The panel page's entry (its HTML file): its static import chain is the panel's start-up code. */
  let panelEntry: string | undefined;
  const panelStart = new Set<string>();
  return {
    name: 'motive:startup-chunks',
    apply: 'build',
    options(input) {
      const entries = input.input;
      panelEntry = typeof entries === 'object' && !Array.isArray(entries) ? entries['sidepanel'] : undefined;
      return null;
    },
    buildEnd() {
      panelStart.clear();
      if (panelEntry === undefined) return;
      const pending = [
        this.getModuleInfo(panelEntry)?.id ?? this.error(`startup-chunks: no module ${panelEntry}`),
      ];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (panelStart.has(id)) continue;
        panelStart.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    outputOptions(output) {
      if (panelEntry === undefined) return null;
      const ownedByPage = (id: string) => ENTRYPOINT.test(id) || STYLE.test(id);
      return {
        ...output,
        codeSplitting: {
          groups: [{ name: 'panel-start', test: (id: string) => panelStart.has(id) && !ownedByPage(id) }],
        },
      };
    },
  };
}
