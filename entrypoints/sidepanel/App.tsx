import { PanelShell } from '@/components/app/panel-shell';

/** `sidepanel.html?account=<id>` opens that account directly (links from the options page, tests). */
export function App() {
  const initialAccountId = new URLSearchParams(location.search).get('account');
  return <PanelShell initialAccountId={initialAccountId} />;
}
