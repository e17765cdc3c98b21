import { PanelShell } from '@/components/app/panel-shell';

export function App() {
  return <PanelShell />;
}
