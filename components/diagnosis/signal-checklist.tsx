import { useId, useRef, useState, type ReactNode } from 'react';
import { useCommand } from '@/components/kernel/panel-commands';
import { usePanelData } from '@/components/kernel/panel-data';
import { useRemembered } from '@/components/ui/session-memory';
import type { AccountRow } from '@/lib/db/schema';
import { ALL_SIGNALS, MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { MOTIVATIONS, type MotivationId } from '@/lib/domain/vocabulary';
import { foldText } from '@/lib/db/search-words';
import { usePanelWrite } from '@/components/kernel/panel-writes';
import { useWriteGuard } from '@/components/kernel/write-guard';

/**
 * The ten motivations as a checklist of signals to tick. `t` focuses the filter: type a few
 * letters, Enter ticks (or unticks) the first match — no mouse needed during a call.
 * `compact` shows only the finder (the live card's); `shortcut` says whether this copy answers
 * `t`. Focus never scrolls: the rep's reading position stays where it was.
 */
export function SignalChecklist({
  account,
  compact = false,
  shortcut = true,
}: {
  account: AccountRow;
  compact?: boolean;
  shortcut?: boolean;
}) {
  const { repos } = usePanelData();
  const write = usePanelWrite();
  const guard = useWriteGuard();
  const id = useId();
  const filterInput = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState('');
  const [announce, setAnnounce] = useState('');
  const ticked = new Set(account.tickedSignals);
  useCommand('tick-signal', () => filterInput.current?.focus({ preventScroll: true }), shortcut);

  const toggle = (signalId: string, on: boolean) => {
    // A tick is evidence: it goes to the account of the tab in front, like a note; when the
    // panel shows another account the rep chooses first (write-guard.tsx). Ticks build on the
    // stored list: two quick ticks during a call both stay.
    void guard(
      'ticked signal',
      async (accountId) => {
        await write('the ticked signal', () =>
          repos.accounts.update(accountId, (current) => {
            const stored = current.tickedSignals;
            const next = on ? [...stored, signalId] : stored.filter((s) => s !== signalId);
            return { tickedSignals: [...new Set(next)] };
          }),
        );
      },
      account.id,
    );
    const label = ALL_SIGNALS.find((s) => s.id === signalId)?.label ?? signalId;
    setAnnounce(`${on ? 'Ticked' : 'Unticked'}: ${label}`);
  };
  const term = foldText(filter.trim());
  const matches = term
    ? ALL_SIGNALS.filter((s) => foldText(`${s.label} ${s.motivation}`).includes(term))
    : [];

  const checkbox = (signalId: string, label: string) => (
    <label key={signalId} className="signal">
      <input
        type="checkbox"
        checked={ticked.has(signalId)}
        onChange={(e) => toggle(signalId, e.target.checked)}
      />
      {label}
    </label>
  );

  return (
    <section aria-labelledby={`${id}-h`} className={compact ? 'checklist card-block' : 'checklist'}>
      <h4 id={`${id}-h`} className={compact ? 'card-label' : undefined}>
        Signals <span className="muted small">({ticked.size} ticked · t to find)</span>
      </h4>
      <label htmlFor={`${id}-f`} className="visually-hidden">
        Find a signal to tick
      </label>
      <input
        id={`${id}-f`}
        ref={filterInput}
        type="search"
        placeholder="Find a signal, Enter ticks it  ( t )"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => {
          const first = matches[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            toggle(first.id, !ticked.has(first.id));
            setFilter('');
          }
          if (e.key === 'Escape') {
            setFilter('');
            e.currentTarget.blur();
          }
        }}
      />
      <p role="status" className="visually-hidden">
        {announce}
      </p>
      {term ? (
        <div className="signal-matches" aria-label="Matching signals" role="group">
          {matches.length === 0 && <p className="muted">No signal matches.</p>}
          {matches
            .slice(0, 12)
            .map((s) => checkbox(s.id, `${MOTIVATION_CATALOGUE[s.motivation].name}: ${s.label}`))}
        </div>
      ) : compact ? null : (
        MOTIVATIONS.map((m) => (
          <SignalGroup
            key={m}
            motivation={m}
            count={MOTIVATION_CATALOGUE[m].signals.filter((s) => ticked.has(s.id)).length}
          >
            {MOTIVATION_CATALOGUE[m].signals.map((s) => checkbox(s.id, s.label))}
          </SignalGroup>
        ))
      )}
    </section>
  );
}

/**
 * One motivation's signals. A group with ticks opens the first time it is shown; after that
 * it is open or closed as the rep left it (remembered for the session), so taking back the
 * last tick never snaps shut the group the rep is working in.
 */
function SignalGroup({
  motivation,
  count,
  children,
}: {
  motivation: MotivationId;
  count: number;
  children: ReactNode;
}) {
  const profile = MOTIVATION_CATALOGUE[motivation];
  const [openedWithTicks] = useState(count > 0);
  const [chosen, setChosen] = useRemembered<boolean | null>(`signal-group:${motivation}`, null);
  const open = chosen ?? openedWithTicks;
  return (
    <details
      className="signal-group"
      open={open}
      // Only the rep's own toggles are remembered (not the event for a group drawn open).
      onToggle={(e) => e.currentTarget.open !== open && setChosen(e.currentTarget.open)}
    >
      <summary>
        {profile.name}
        {count > 0 && <span className="badge">{count}</span>}
        <span className="muted small"> — {profile.summary}</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{profile.name} signals</legend>
        {children}
      </fieldset>
    </details>
  );
}
