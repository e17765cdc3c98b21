import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { APP_HOSTS, hostPermissionsOf } from './lib/sites/hosts';
import { startupChunks } from './scripts/startup-chunks';

/** The strict CSP of Motive's extension pages (panel, options, background). */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:* http://[::1]:*",
].join('; ');
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Every import is written out: auto-imports once pulled a storage library into the panel's
  // first bundle for a parameter named `storage`.
  imports: false,
  vite: () => ({
    plugins: [startupChunks()],
    resolve: {
      alias: {
        // WXT's content-script context talks to the page (postMessage to '*', a CustomEvent a
        // page can forge to stop our scripts). Ours has the same API and stays private:
        // see lib/sites/content/private-context.ts.
        'wxt/utils/content-script-context': fileURLToPath(
          new URL('./lib/sites/content/private-context.ts', import.meta.url),
        ),
      },
    },
    build: {
      // Lazy chunks load without <link rel="modulepreload"> tags for their imports: the files
      // are local, and inserting the tags cost ~3 ms on the panel's first frame (traced).
      modulePreload: {
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Motive',
    description:
      'Why this customer is moving, who is really deciding, and what to say next — beside your CRM, inbox and calls.',
    // Minimal permissions: local storage, alarms for sync, the side panel on Chrome.
    permissions:
      browser === 'firefox'
        ? ['storage', 'alarms', 'unlimitedStorage']
        : ['storage', 'alarms', 'unlimitedStorage', 'sidePanel'],
    // Only the apps Motive reads (lib/sites/hosts.ts). No <all_urls>.
    host_permissions: hostPermissionsOf(APP_HOSTS),
    // Extension pages run only our own files; data goes only to an https sync endpoint (plain
    // http only on this computer). Page text is never markup, and this is the backstop.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // Rendered from assets/motive-icon.svg (hand-written) into public/icon/<size>.png.
    icons: ICONS,
    action: { default_title: 'Open Motive (Alt+Shift+M)', default_icon: ICONS },
    commands: {
      // Chrome: the action opens the side panel (setPanelBehavior), so this opens it too.
      // Firefox: WXT maps the side panel to sidebar_action; `_execute_sidebar_action` toggles it.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Open the Motive panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'motive@motive.dev',
              strict_min_version: '140.0',
              // Motive collects nothing: analysis is local; sync goes only to the user's own endpoint.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
