import { useId, useState } from 'react';
import { usePanelData } from '@/components/app/panel-data';
import { topMotivations } from '@/components/diagnosis/use-diagnosis';
import { StakeholderWarnings } from '@/components/people/stakeholder-warnings';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import type { ModeCardProps } from './mode-card';
import { RenewalBriefLauncher } from './renewal-brief-launcher';

/**
 * Renewal prep (account manager): the brief first, then who changed in the buying group
 * since the sale, the risks, and the success metric that was promised.
 */
export function PrepCard({ account, people, evidence, snapshots, result, changes }: ModeCardProps) {
  const { repos } = usePanelData();
  const id = useId();
  const [metric, setMetric] = useState<string | null>(null);
  const joined = people.filter((p) => changes.joined.has(p.id));
  const updated = people.filter((p) => changes.updated.has(p.id));
  const top = topMotivations(result, 2);
  return (
    <section className="mode-card prep-card" aria-label="Renewal prep" data-testid="prep-card">
      <RenewalBriefLauncher account={account} people={people} evidence={evidence} snapshots={snapshots} result={result} />
      <div className="card-block">
        <span className="card-label">Why they bought</span>
        <p>
          {top.length > 0
            ? top.map((m) => `${MOTIVATION_CATALOGUE[m.motivation].name} (${Math.round(m.score * 100)})`).join(', ')
            : 'No motivation recorded yet.'}
        </p>
      </div>
      <div className="card-block">
        <label className="card-label" htmlFor={`${id}-metric`}>
          Success metric promised
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
            void repos.accounts.update(account.id, trimmed ? { successMetric: trimmed } : { successMetric: undefined });
            setMetric(null);
          }}
        />
      </div>
      <div className="card-block" data-testid="people-changes">
        <span className="card-label">
          Who changed{changes.since ? ` since ${changes.since.slice(0, 10)}` : ''}
        </span>
        {joined.length === 0 && updated.length === 0 ? (
          <p className="muted">No change in the buying group{changes.since ? '' : ' recorded yet'}.</p>
        ) : (
          <ul>
            {joined.map((p) => (
              <li key={p.id}>
                <span className="badge badge-new">new</span> {p.name}
                {p.roles.length > 0 && ` (${p.roles.join(', ')})`} · {p.stance}
              </li>
            ))}
            {updated.map((p) => (
              <li key={p.id}>
                <span className="badge">updated</span> {p.name} · now {p.stance}, {p.influence} influence
              </li>
            ))}
          </ul>
        )}
      </div>
      <StakeholderWarnings people={people} stage={account.stage} scores={result.scores} limit={3} />
    </section>
  );
}
