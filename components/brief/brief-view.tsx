import { useId, useMemo, useState } from 'react';
import { useAccountNotes } from '@/components/kernel/account-source';
import {
  buildHandoffBrief,
  buildPermissionPack,
  buildRenewalBrief,
  handoffBriefToMarkdown,
  permissionPackToMarkdown,
  renewalBriefToMarkdown,
} from '@/lib/briefs';
import { BriefActions, briefFileName } from './brief-actions';
import { HandoffBriefSections } from './handoff-brief-sections';
import { MarkPackShared } from './mark-pack-shared';
import { PermissionPackSections } from './permission-pack-sections';
import { RenewalBriefSections } from './renewal-brief-sections';
import { useBriefInputs, type BriefSources } from './use-brief-inputs';

type BriefKind = 'renewal' | 'handoff' | 'permission';
const LABELS: Record<BriefKind, string> = {
  renewal: 'Renewal brief',
  handoff: 'Hand-off brief',
  permission: 'Permission pack',
};

/** The three briefs, each readable here and exportable as Markdown (copy or download). */
export function BriefView(sources: BriefSources) {
  const id = useId();
  const { account, people } = sources;
  const [kind, setKind] = useState<BriefKind>(account.stage === 'renewal' ? 'renewal' : 'handoff');
  const defaultChampion =
    people.find((p) => p.roles.includes('champion') || p.stance === 'champion') ?? people[0];
  const [championId, setChampionId] = useState<string | undefined>(defaultChampion?.id);
  const champion = people.find((p) => p.id === championId) ?? defaultChampion;
  const inputs = useBriefInputs(sources);
  const notes = useAccountNotes(account.id);

  const built = useMemo(() => {
    if (!inputs || !notes) return undefined;
    if (kind === 'renewal') {
      const brief = buildRenewalBrief({ ...inputs, notes });
      return {
        markdown: renewalBriefToMarkdown(brief),
        body: <RenewalBriefSections brief={brief} onRecordBaseline={sources.onRecordBaseline} />,
      };
    }
    if (kind === 'handoff') {
      const brief = buildHandoffBrief({ ...inputs, notes, scores: inputs.currentScores });
      return { markdown: handoffBriefToMarkdown(brief), body: <HandoffBriefSections brief={brief} /> };
    }
    if (!champion) return null;
    const pack = buildPermissionPack({ ...inputs, championId: champion.id, scores: inputs.currentScores });
    return { markdown: permissionPackToMarkdown(pack), body: <PermissionPackSections pack={pack} /> };
  }, [inputs, notes, kind, champion, sources.onRecordBaseline]);

  return (
    <section aria-labelledby={`${id}-h`} className="view">
      <h3 id={`${id}-h`}>Brief</h3>
      <fieldset className="chips brief-picker">
        <legend className="visually-hidden">Which brief</legend>
        {(Object.keys(LABELS) as BriefKind[]).map((k) => (
          <label key={k} className="chip">
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
            {LABELS[k]}
          </label>
        ))}
      </fieldset>
      {kind === 'permission' && people.length > 0 && (
        <label>
          Champion{' '}
          <select value={champion?.id ?? ''} onChange={(e) => setChampionId(e.target.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {built === undefined && <p role="status">Preparing the brief…</p>}
      {built === null && (
        <p className="muted">Add the champion on People first: the pack is written for them.</p>
      )}
      {built && (
        <>
          <BriefActions markdown={built.markdown} fileName={briefFileName(account.name, LABELS[kind])} />
          {kind === 'permission' && champion && notes && (
            <MarkPackShared accountId={account.id} champion={champion} notes={notes} />
          )}
          {built.body}
        </>
      )}
    </section>
  );
}
