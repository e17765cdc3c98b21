import { useId, useState } from 'react';
import { usePanelData } from '@/components/kernel/panel-data';
import { isAfterSale } from '@/lib/domain/vocabulary';
import { ContractFields } from './contract-fields';
import type { ModeCardProps } from './mode-card-props';
import { RenewalBriefLauncher } from './renewal-brief-launcher';
import { usePanelWrite } from '@/components/kernel/panel-writes';

/**
 * Renewal prep (account manager): the brief first (why they bought, the metric, who changed
 * since the sale, risks), then the promised success metric, editable in place. New people
 * are also highlighted on the People map below.
 */
export function PrepCard({ account, people, evidence, snapshots, result, onRecordBaseline }: ModeCardProps) {
  const { repos } = usePanelData();
  const write = usePanelWrite();
  const id = useId();
  const [metric, setMetric] = useState<string | null>(null);
  return (
    <section className="mode-card prep-card" aria-label="Renewal prep" data-testid="prep-card">
      <RenewalBriefLauncher
        account={account}
        people={people}
        evidence={evidence}
        snapshots={snapshots}
        result={result}
        {...(onRecordBaseline ? { onRecordBaseline } : {})}
      />
      <div className="card-block">
        <label className="card-label" htmlFor={`${id}-metric`}>
          {isAfterSale(account.stage) ? 'Success metric promised' : 'Success metric'}
        </label>
        <textarea
          id={`${id}-metric`}
          rows={2}
          value={metric ?? account.successMetric ?? ''}
          placeholder="What they said success would look like"
          onChange={(e) => setMetric(e.target.value)}
          onBlur={() => {
            if (metric === null) return;
            const trimmed = metric.trim();
            // The typed text stays in the box until it is saved.
            void write('the success metric', () =>
              repos.accounts.update(
                account.id,
                trimmed ? { successMetric: trimmed } : { successMetric: undefined },
              ),
            ).then((saved) => saved && setMetric(null));
          }}
        />
      </div>
      <ContractFields account={account} />
    </section>
  );
}
