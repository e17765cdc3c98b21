import { useMemo } from 'react';
import { useAccountNotes } from '@/components/kernel/account-source';
import { buildRenewalBrief } from '@/lib/briefs/renewal-brief';
import { RenewalBriefSections } from './renewal-brief-sections';
import { useBriefInputs, type BriefSources } from './use-brief-inputs';

/** The renewal brief, compact: why they bought, the metric, who changed, the top risks. */
export function RenewalBriefSummary(sources: BriefSources) {
  const inputs = useBriefInputs(sources);
  const notes = useAccountNotes(sources.account.id);
  const brief = useMemo(
    () => (inputs && notes ? buildRenewalBrief({ ...inputs, notes }) : undefined),
    [inputs, notes],
  );
  return (
    <section aria-label={brief?.headings.title ?? 'Brief'} className="card-block">
      <h3>{brief?.headings.title ?? 'Brief'}</h3>
      {brief ? (
        <RenewalBriefSections brief={brief} compact onRecordBaseline={sources.onRecordBaseline} />
      ) : (
        <p role="status">Preparing the renewal brief…</p>
      )}
    </section>
  );
}
