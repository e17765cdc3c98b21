import { lazy, Suspense } from 'react';
import type { BriefSources } from '@/components/brief/use-brief-inputs';

// The brief code (and the playbook it matches against) loads on demand, outside the first bundle.
const RenewalBriefSummary = lazy(() =>
  import('@/components/brief/renewal-brief-summary').then((m) => ({ default: m.RenewalBriefSummary })),
);

/** Renewal prep opens with the brief: a compact version here, the full one under Brief. */
export function RenewalBriefLauncher(props: BriefSources) {
  return (
    <Suspense fallback={<p role="status">Preparing the renewal brief…</p>}>
      <RenewalBriefSummary {...props} />
    </Suspense>
  );
}
