import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { useDiagnosisResult } from '@/components/diagnosis/use-diagnosis';
import { useSnapshots } from '@/components/diagnosis/use-snapshots';
import { ModeCard } from '@/components/modes/mode-card';
import { createNoteRequest, type NoteRequest } from '@/components/notes/note-request';
import { TalkingTo } from '@/components/people/talking-to';
import { useRemembered } from '@/components/ui/session-memory';
import { VIEW_PANEL_ID, ViewSwitcher } from '@/components/shell/view-switcher';
import { useCommand } from '@/components/kernel/panel-commands';
import {
  MODE_CHANNEL,
  MODE_LABELS,
  VIEW_LABELS,
  type PanelMode,
  type PanelView,
} from '@/components/kernel/panel-mode';
import { ViewBoundary } from '@/components/ui/view-boundary';
import type { AccountRecords } from '@/components/kernel/account-source';
import { usePeopleChanges } from '@/components/kernel/use-people-changes';
import type { SuggestedPerson } from '@/lib/messaging/protocol';

// The views load as their own chunks, after the glanceable part is on screen (they render
// deferred anyway); briefs are long documents read before a call, not during one.
const DiagnoseView = lazy(() =>
  import('@/components/diagnosis/diagnose-view').then((m) => ({ default: m.DiagnoseView })),
);
const PeopleView = lazy(() =>
  import('@/components/people/people-view').then((m) => ({ default: m.PeopleView })),
);
const PlayView = lazy(() => import('@/components/play/play-view').then((m) => ({ default: m.PlayView })));
const NotesView = lazy(() => import('@/components/notes/notes-view').then((m) => ({ default: m.NotesView })));
const BriefView = lazy(() => import('@/components/brief/brief-view').then((m) => ({ default: m.BriefView })));
const QualifyView = lazy(() =>
  import('@/components/qualify/qualify-view').then((m) => ({ default: m.QualifyView })),
);
const PrecallBriefSection = lazy(() =>
  import('@/components/precall/precall-brief-section').then((m) => ({ default: m.PrecallBriefSection })),
);
const DealRiskList = lazy(() =>
  import('@/components/qualify/deal-risk-list').then((m) => ({ default: m.DealRiskList })),
);

const NOTE_KIND = { live: 'call', email: 'email', prep: 'prep' } as const;
/** Mode cards that show the suggested-evidence list themselves (live-call-card, email-card). */
const CARD_LISTS_SUGGESTIONS: Record<PanelMode, boolean> = { live: true, email: true, prep: false };

export interface AccountWorkspaceProps {
  records: AccountRecords;
  /** The records are the last panel's saved copy, not yet confirmed by the database. */
  fromSavedCopy?: boolean;
  mode: PanelMode;
  tabId: number | null;
  /** People seen on the active tab, as the background reported them. */
  seenPeople?: readonly SuggestedPerson[];
  /** The active call tab, of this account, is in its lobby (components/precall/use-lobby.ts). */
  lobby?: boolean;
}

/**
 * Everything about the open account: the mode's glanceable card first, then the views folded
 * behind it. Which view is open (none at first) is remembered per mode for the session.
 */
export function AccountWorkspace({
  records,
  fromSavedCopy = false,
  mode,
  tabId,
  seenPeople,
  lobby = false,
}: AccountWorkspaceProps) {
  const { account, people, evidence, snapshots } = records;
  const [view, setView] = useRemembered<PanelView | null>(`view:${mode}`, null);
  // An open view renders just after the glanceable part (header, mode card, switcher): on the
  // first frame it is skipped, then drawn in a background render that input can interrupt.
  const shownView = useDeferredValue<PanelView | null>(view, null);
  const [personId, setPersonId] = useState<string | null>(null);
  const result = useDiagnosisResult(account, evidence);
  // A saved copy may lag the database: automatic snapshots wait for the live records.
  const recordSnapshot = useSnapshots(account, result, fromSavedCopy ? undefined : snapshots, people);
  const changes = usePeopleChanges(account, people, snapshots);
  const recordBaseline = () => void recordSnapshot('the buying group, recorded as the baseline');

  useCommand('view-diagnose', () => setView('diagnose'));
  useCommand('view-people', () => setView('people'));
  useCommand('view-play', () => setView('play'));
  useCommand('view-notes', () => setView('notes'));
  useCommand('view-brief', () => setView('brief'));
  useCommand('close-view', () => setView(null), view !== null);
  useCommand('view-qualify', () => setView('qualify'));
  // The pre-call brief opens by itself in a call's lobby, and with `b` anywhere.
  const [precall, setPrecall] = useState<{ open: boolean; reason: 'lobby' | 'key'; lobby: boolean }>({
    open: lobby,
    reason: 'lobby',
    lobby,
  });
  if (precall.lobby !== lobby)
    setPrecall({
      open: lobby || (precall.open && precall.reason === 'key'),
      reason: lobby ? 'lobby' : precall.reason,
      lobby,
    });
  useCommand('precall-brief', () => setPrecall((p) => ({ ...p, open: !p.open, reason: 'key' })));
  // Seen people are only reported when the active tab's page belongs to this account.
  const pageTabId = seenPeople ? tabId : null;
  // `n` away from a note box (live mode has one on its card; Notes has its own): open Notes
  // and start a note there, keeping what is typed while it opens.
  const [noteRequest, setNoteRequest] = useState<NoteRequest | null>(null);
  useCommand(
    'new-note',
    () => {
      setNoteRequest(createNoteRequest());
      setView('notes');
    },
    mode !== 'live' && view !== 'notes',
  );
  const cycle = (step: number) => {
    if (people.length === 0) return;
    const index = people.findIndex((p) => p.id === personId);
    setPersonId(people[(index + step + people.length) % people.length]!.id);
  };
  useCommand('next-person', () => cycle(1));
  useCommand('previous-person', () => cycle(-1));

  if (!result) return <p role="status">Opening {account.name}…</p>;
  const person = people.find((p) => p.id === personId);
  const channel = MODE_CHANNEL[mode];

  return (
    <div className="workspace" data-testid="workspace">
      <TalkingTo people={people} personId={personId} onChange={setPersonId} />
      {precall.open && (
        <Suspense fallback={<p role="status">Preparing the brief…</p>}>
          <PrecallBriefSection
            account={account}
            people={people}
            evidence={evidence}
            result={result}
            pageTabId={pageTabId}
            reason={precall.reason}
            onClose={() => setPrecall((p) => ({ ...p, open: false }))}
          />
        </Suspense>
      )}
      <ViewBoundary name={`The ${MODE_LABELS[mode]} card`}>
        <ModeCard
          mode={mode}
          account={account}
          people={people}
          person={person}
          evidence={evidence}
          snapshots={snapshots}
          result={result}
          changes={changes}
          onRecordBaseline={recordBaseline}
        />
      </ViewBoundary>
      <ViewSwitcher view={view} onChange={setView} />
      <div id={VIEW_PANEL_ID}>
        {/* One boundary per view (keyed by it): a view that fails says so, with a retry. */}
        <ViewBoundary key={shownView ?? 'none'} name={shownView ? VIEW_LABELS[shownView] : 'The view'}>
          <Suspense fallback={<p role="status">Loading…</p>}>
            {shownView === 'diagnose' && (
              <DiagnoseView
                account={account}
                evidence={evidence}
                result={result}
                snapshots={snapshots}
                onRecordSnapshot={() => void recordSnapshot('recorded by the rep')}
                people={people}
                // The live and email cards list the unconfirmed quotes already: once is enough.
                showSuggestions={!CARD_LISTS_SUGGESTIONS[mode]}
                signalShortcut={mode !== 'live'}
              />
            )}
            {shownView === 'people' && (
              <PeopleView
                accountId={account.id}
                people={people}
                stage={account.stage}
                scores={result.scores}
                seen={seenPeople}
                talkingTo={personId}
                onTalkTo={(id) => setPersonId((current) => (current === id ? null : id))}
                highlighted={changes.joined}
                dealRisks={
                  <Suspense fallback={null}>
                    <DealRiskList
                      account={account}
                      people={people}
                      evidence={evidence}
                      pageTabId={pageTabId}
                    />
                  </Suspense>
                }
              />
            )}
            {shownView === 'play' && (
              <PlayView
                account={account}
                person={person}
                channel={channel}
                result={result}
                evidence={evidence}
              />
            )}
            {shownView === 'notes' && (
              <NotesView
                accountId={account.id}
                defaultKind={NOTE_KIND[mode]}
                people={people}
                personId={personId}
                noteRequest={noteRequest}
              />
            )}
            {shownView === 'qualify' && (
              <QualifyView account={account} people={people} evidence={evidence} pageTabId={pageTabId} />
            )}
            {shownView === 'brief' && (
              <BriefView
                account={account}
                people={people}
                evidence={evidence}
                snapshots={snapshots}
                result={result}
                onRecordBaseline={recordBaseline}
              />
            )}
          </Suspense>
        </ViewBoundary>
      </div>
    </div>
  );
}
