import { PanelShell } from '@/components/shell/panel-shell';
import type { PanelPreload } from '@/components/kernel/preload-panel';

/** `sidepanel.html?account=<id>` opens that account directly (links from the options page, tests). */
export function App({ preload }: { preload: PanelPreload }) {
  return <PanelShell initialAccountId={preload.linkedAccountId} firstSource={preload.source} />;
}
