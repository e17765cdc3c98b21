import { useState } from 'react';
import { AccountHeader } from '@/components/account/account-header';
import { ModeSwitch } from '@/components/shell/mode-switch';
import { RecapHost } from '@/components/recap/recap-host';
import { SessionMemoryProvider } from '@/components/ui/session-memory';
import { ShortcutOverlay } from '@/components/shell/shortcut-overlay';
import { effectiveMotion } from '@/lib/domain/segment/effective-motion';
import { AccountWorkspace } from './account-workspace';
import {
  CommandBusProvider,
  createCommandBus,
  useCommand,
  useCommandBus,
} from '@/components/kernel/panel-commands';
import { PANEL_MODES, modeForSurface, type PanelMode } from '@/components/kernel/panel-mode';
import { usePanelData } from '@/components/kernel/panel-data';
import { usePanelWrite, WriteFailures } from '@/components/kernel/panel-writes';
import { useAccountActions } from '@/components/kernel/use-account-actions';
import { useActiveContext } from '@/components/kernel/active-context';
import { useAccountSource, type AccountSource } from '@/components/kernel/account-source';
import { usePanelKeyboard } from './use-panel-keyboard';
import { useSelectedAccount } from '@/components/kernel/use-selected-account';
import { useLobby } from '@/components/precall/use-lobby';
import { FirstRun } from './first-run';
import { WriteGuardProvider, WriteTargetPrompt } from '@/components/kernel/write-guard';

/** The panel: one command bus for the keyboard, the session's memory of what is open, then the frame. */
export function PanelShell({
  initialAccountId = null,
  firstSource,
}: {
  initialAccountId?: string | null;
  /** The account source's first frame, read before the first render (preload-panel.ts). */
  firstSource?: AccountSource | undefined;
}) {
  const [bus] = useState(createCommandBus);
  return (
    <CommandBusProvider bus={bus}>
      <SessionMemoryProvider>
        <PanelFrame initialAccountId={initialAccountId} firstSource={firstSource} />
      </SessionMemoryProvider>
    </CommandBusProvider>
  );
}

function PanelFrame({
  initialAccountId,
  firstSource,
}: {
  initialAccountId: string | null;
  firstSource: AccountSource | undefined;
}) {
  const bus = useCommandBus();
  usePanelKeyboard(bus);
  const { now } = usePanelData();
  const { data: context, error } = useActiveContext();
  const selection = useSelectedAccount(context, initialAccountId);
  const { records, fromSavedCopy } = useAccountSource(selection.accountId, firstSource);
  const account = records === undefined ? undefined : (records?.account ?? null);
  const actions = useAccountActions();
  const write = usePanelWrite();
  const [helpOpen, setHelpOpen] = useState(false);
  const surface = context?.surface ?? null;
  const lobby = useLobby(context);

  // The mode follows the active tab's surface; a hand switch holds until the surface changes
  // (state adjusted during render, React's pattern for state derived from a changing prop).
  const [modeState, setModeState] = useState({ surface, mode: modeForSurface(surface, 'prep') });
  if (modeState.surface !== surface) setModeState({ surface, mode: modeForSurface(surface, modeState.mode) });
  const mode = modeState.mode;
  const setMode = (next: PanelMode | ((m: PanelMode) => PanelMode)) =>
    setModeState((s) => ({ ...s, mode: typeof next === 'function' ? next(s.mode) : next }));
  useCommand('next-mode', () =>
    setMode((m) => PANEL_MODES[(PANEL_MODES.indexOf(m) + 1) % PANEL_MODES.length]!),
  );
  useCommand('toggle-help', () => setHelpOpen((open) => !open));

  const motion = account ? effectiveMotion(account) : undefined;

  return (
    <WriteGuardProvider context={context}>
      <main className={`panel mode-${mode}`} aria-labelledby="motive-title">
        <div className="panel-top">
          <h1 id="motive-title">Motive</h1>
          <ModeSwitch mode={mode} onChange={setMode} />
          <button
            type="button"
            className="icon-button"
            onClick={() => setHelpOpen(true)}
            aria-label="Keyboard shortcuts (?)"
          >
            ?
          </button>
        </div>
        {error && (
          <p role="alert" className="notice notice-warn">
            Could not reach Motive’s background ({error.message}). Manual mode still works.
          </p>
        )}
        <WriteFailures />
        <AccountHeader
          account={account}
          context={context}
          pinned={selection.pinned}
          motion={motion}
          now={now}
          onPick={selection.pick}
          onCreate={(name, domain, crmKey) =>
            void write(`the account ${name}`, () => actions.create(name, domain, crmKey).then(selection.pick))
          }
          onFollowTab={selection.followTab}
          onStageChange={(stage) =>
            account && void write('the stage', () => actions.setStage(account.id, stage))
          }
        />
        <RecapHost fallbackAccountId={records?.account.id ?? null}>
          {records ? (
            <AccountWorkspace
              key={records.account.id}
              records={records}
              fromSavedCopy={fromSavedCopy}
              mode={mode}
              tabId={context?.tabId ?? null}
              seenPeople={
                context?.resolution.accountId === records.account.id ? context.suggestedPeople : undefined
              }
              lobby={lobby && context?.resolution.accountId === records.account.id}
            />
          ) : (
            records === null && <FirstRun onOpen={selection.pick} />
          )}
        </RecapHost>
        <WriteTargetPrompt />
        {helpOpen && <ShortcutOverlay onClose={() => setHelpOpen(false)} />}
      </main>
    </WriteGuardProvider>
  );
}
