import { useEffect, useMemo, useRef, useState } from 'react';
import { briefFileName, BriefActions } from '@/components/brief/brief-actions';
import { useAccountSource } from '@/components/kernel/account-source';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { buildRecap } from '@/lib/briefs/recap/build-recap';
import { recapToMarkdown } from '@/lib/briefs/recap/recap-markdown';
import { nameMatchKey } from '@/lib/domain/text';
import { useCallRecord } from './call-queries';
import { FollowUpCard } from './follow-up-card';
import { HeardSection } from './heard-section';
import { Commitments, Discovery, NotDiagnosed, Risks, WhoSpoke } from './recap-sections';
import { useRecapNote } from './use-recap-note';

const NAMES = Object.fromEntries(Object.values(MOTIVATION_CATALOGUE).map((m) => [m.id, m.name])) as Record<
  keyof typeof MOTIVATION_CATALOGUE,
  string
>;

/** The call recap: one screen, saved as a call note, exportable as Markdown, with the follow-up. */
export function CallRecapView({
  callId,
  fallbackAccountId,
  onClose,
}: {
  callId: string;
  fallbackAccountId: string | null;
  onClose: () => void;
}) {
  const { data: call, isPending, error } = useCallRecord(callId);
  // The call's own account (resolved for its tab), never whatever the panel shows.
  const accountId = call ? (call.accountId ?? fallbackAccountId) : null;
  const { records } = useAccountSource(accountId);
  const recap = useMemo(
    () =>
      call && records
        ? buildRecap({ call, account: records.account, people: records.people, evidence: records.evidence })
        : undefined,
    [call, records],
  );
  const markdown = useMemo(() => (recap ? recapToMarkdown(recap, NAMES) : ''), [recap]);
  const personIds = useMemo(() => {
    const present = new Set(
      [...(call?.participants ?? []), ...(recap?.speakers.map((s) => s.name) ?? [])].map(nameMatchKey),
    );
    return (records?.people ?? []).filter((p) => present.has(nameMatchKey(p.name))).map((p) => p.id);
  }, [call, recap, records]);
  const note = useRecapNote(recap, markdown, records?.account.id ?? null, personIds);
  const [agreed, setAgreed] = useState<ReadonlySet<number>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = recap !== undefined;
  // Focus moves to the recap once, when it is ready: keyboard and screen-reader users land on it.
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  const close = (
    <button type="button" className="secondary" onClick={onClose}>
      Close recap
    </button>
  );
  if (isPending) return <p role="status">Opening the recap…</p>;
  if (error || !call)
    return (
      <section aria-label="Call recap" className="recap">
        <p role="alert">
          {error ? `Could not read the call (${error.message}).` : 'This call is no longer kept.'}
        </p>
        {close}
      </section>
    );
  if (!records || !recap)
    return (
      <p role="status">{accountId ? 'Opening the recap…' : 'Pick the call’s account to see its recap.'}</p>
    );
  const toggle = (i: number) =>
    setAgreed((current) => {
      const next = new Set(current);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  return (
    <section className="recap" aria-labelledby="recap-title" data-testid="call-recap">
      <div className="recap-top">
        <h2 id="recap-title" ref={heading} tabIndex={-1}>
          Call recap: <bdi>{recap.title}</bdi>
        </h2>
        {close}
      </div>
      <p role="status" className="small" data-testid="recap-note-status">
        {note.status}
      </p>
      <HeardSection recap={recap} evidence={records.evidence} />
      <WhoSpoke recap={recap} />
      <Commitments commitments={recap.commitments} agreed={agreed} onToggle={toggle} />
      <Risks recap={recap} />
      <Discovery recap={recap} />
      <NotDiagnosed recap={recap} />
      <div className="row">
        <button type="button" onClick={() => void note.save()}>
          Save call note
        </button>
      </div>
      <BriefActions
        markdown={markdown}
        fileName={briefFileName(records.account.name, 'call recap')}
        describe="the call recap"
      />
      <FollowUpCard
        recap={recap}
        account={records.account}
        agreed={recap.commitments.filter((_, i) => agreed.has(i))}
      />
    </section>
  );
}
