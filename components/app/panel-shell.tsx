import { useActiveContext } from './use-active-context';

/** The panel's frame. Honest about what it knows: no account yet means it says so. */
export function PanelShell() {
  const { data, error, isPending } = useActiveContext();
  return (
    <main aria-labelledby="motive-title">
      <h1 id="motive-title">Motive</h1>
      {isPending && <p role="status">Reading the active tab…</p>}
      {error && <p role="alert">Could not reach Motive’s background: {error.message}</p>}
      {data && (
        <section aria-label="Active tab" data-testid="active-context">
          <p data-testid="active-app">{data.app ?? 'No app'}</p>
          <p data-testid="read-status">{data.readStatus}</p>
          <p data-testid="resolution">{data.resolution.reason}</p>
        </section>
      )}
    </main>
  );
}
