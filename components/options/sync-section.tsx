import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { checkEndpoint, checkToken } from './endpoint-rules';
import { useOptionsDeps } from './options-deps';
import { SyncStatusLine } from './sync-status-line';
import { useSyncActions, useSyncStatus } from './use-sync-settings';

type Feedback = { kind: 'ok' | 'error'; text: string } | null;

/** Sync endpoint + token: check the form, test without saving, save, disconnect. */
export function SyncSection() {
  const { now, sync } = useOptionsDeps();
  const status = useSyncStatus();
  const actions = useSyncActions();
  const [endpoint, setEndpoint] = useState('');
  const [token, setToken] = useState('');
  const [problems, setProblems] = useState<{ endpoint?: string; token?: string }>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = useId();
  // Prefill the saved endpoint once (the token is never read back into the page).
  useEffect(() => {
    let live = true;
    sync
      .savedEndpoint()
      .then((saved) => {
        if (live && saved) setEndpoint((typed) => typed || saved);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [sync]);
  const busy = actions.test.isPending || actions.save.isPending || actions.disconnect.isPending;

  function validated(): { endpoint: string; token: string } | null {
    const url = checkEndpoint(endpoint);
    const tokenProblem = checkToken(token);
    setProblems({
      ...(url.ok ? {} : { endpoint: url.message }),
      ...(tokenProblem ? { token: tokenProblem } : {}),
    });
    return url.ok && !tokenProblem ? { endpoint: url.endpoint, token: token.trim() } : null;
  }

  async function run(action: 'test' | 'save') {
    setFeedback(null);
    const data = validated();
    if (!data) return;
    try {
      if (action === 'test') {
        const result = await actions.test.mutateAsync(data);
        const version = result.serverVersion ? ` (server ${result.serverVersion})` : '';
        setFeedback({ kind: result.ok ? 'ok' : 'error', text: `${result.message}${version}` });
      } else {
        await actions.save.mutateAsync(data);
        setToken('');
        setFeedback({ kind: 'ok', text: 'Saved. Motive will sync in the background.' });
      }
    } catch (error) {
      setFeedback({
        kind: 'error',
        text: `Could not ${action === 'test' ? 'test' : 'save'}: ${(error as Error).message}`,
      });
    }
  }

  async function disconnect() {
    setFeedback(null);
    try {
      await actions.disconnect.mutateAsync();
      setFeedback({ kind: 'ok', text: 'Disconnected. Your local data stays on this computer.' });
    } catch (error) {
      setFeedback({ kind: 'error', text: `Could not disconnect: ${(error as Error).message}` });
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('save');
  };

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Team sync</h2>
      <p>
        Connect to your team’s sync endpoint to share accounts, notes and the team playbook. The URL must
        start with <code>https://</code>; plain <code>http://</code> is accepted only for a server on this
        computer (localhost), because the token is sent with every request.
      </p>
      <SyncStatusLine status={status.data} now={now()} />
      {status.error && (
        <p className="message error">Could not read the sync status: {status.error.message}</p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Field id={`${id}-endpoint`} label="Endpoint URL" problem={problems.endpoint}>
          <input
            id={`${id}-endpoint`}
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://sync.your-team.example"
            value={endpoint}
            onChange={(e) => setEndpoint(e.target.value)}
            aria-invalid={problems.endpoint ? true : undefined}
            aria-describedby={problems.endpoint ? `${id}-endpoint-problem` : undefined}
          />
        </Field>
        <Field id={`${id}-token`} label="Access token" problem={problems.token}>
          <input
            id={`${id}-token`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-invalid={problems.token ? true : undefined}
            aria-describedby={problems.token ? `${id}-token-problem` : undefined}
          />
        </Field>
        <div className="actions">
          <button type="button" onClick={() => void run('test')} disabled={busy}>
            Test connection
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Save
          </button>
          {status.data?.configured && (
            <button type="button" onClick={() => void disconnect()} disabled={busy}>
              Disconnect
            </button>
          )}
        </div>
      </form>
      <p
        aria-live="polite"
        className={feedback ? `message ${feedback.kind}` : 'message'}
        data-testid="sync-feedback"
      >
        {feedback?.text}
      </p>
    </section>
  );
}

function Field(props: { id: string; label: string; problem: string | undefined; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.problem && (
        <p id={`${props.id}-problem`} className="field-problem">
          {props.problem}
        </p>
      )}
    </div>
  );
}
