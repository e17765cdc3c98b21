import { useMemo } from 'react';
import { buildRenewalBrief } from '@/lib/domain/briefs/renewal-brief';
import { RenewalBriefSections } from './renewal-brief-sections';
import { useBriefInputs, type BriefSources } from './use-brief-inputs';

/** The renewal brief, compact: why they bought, the metric, who changed, the top risks. */
export function RenewalBriefSummary(sources: BriefSources) {
  const inputs = useBriefInputs(sources);
  const brief = useMemo(() => (inputs ? buildRenewalBrief(inputs) : undefined), [inputs]);
  return (
    <section aria-label="Renewal brief" className="card-block">
      <h3>Renewal brief</h3>
      {brief ? (
        <RenewalBriefSections brief={brief} compact />
      ) : (
        <p role="status">Preparing the renewal brief…</p>
      )}
    </section>
  );
}
