import type { RenewalBrief } from '@/lib/briefs/renewal-brief';
import { contractLine } from '@/lib/briefs/renewal-brief-markdown';
import { dateTime } from '@/components/ui/format-time';
import { labelOf } from '@/components/ui/labels';
import { StakeholderChangeList } from './stakeholder-change-list';

/**
 * The renewal brief as readable sections; every piece of page text is rendered as text, and
 * names and quotes are isolated so right-to-left text cannot reorder the line around them.
 */
export function RenewalBriefSections({
  brief,
  compact = false,
  onRecordBaseline,
}: {
  brief: RenewalBrief;
  compact?: boolean;
  /** Records the buying group as it stands, so later changes have a baseline. */
  onRecordBaseline?: () => void;
}) {
  const after = brief.phase === 'after-sale';
  return (
    <div className="brief" data-testid="renewal-brief">
      <p className="muted small">
        {brief.renewalDate ? `Renews ${brief.renewalDate}` : after ? 'No renewal date set' : 'Not won yet'}
        {brief.daysToRenewal !== undefined && ` · ${brief.daysToRenewal} days to go`}
        {brief.contract && ` · ${contractLine(brief.contract)}`}
      </p>
      <h4>{brief.headings.why}</h4>
      {brief.whyTheyBought.length === 0 && (
        <p className="muted">
          {after ? 'No clear motivation was recorded at the sale.' : 'No clear motivation yet.'}
        </p>
      )}
      <ul>
        {brief.whyTheyBought.map((m) => (
          <li key={m.motivation}>
            <strong>{m.name}</strong> {Math.round(m.score * 100)}
            {m.quotes.slice(0, compact ? 1 : 3).map((q) => (
              <q key={q.at + q.text} className="quote">
                <bdi>{q.text}</bdi>
                {q.speaker && (
                  <span className="muted small">
                    {' '}
                    — <bdi>{q.speaker}</bdi>, {dateTime(q.at)}
                  </span>
                )}
              </q>
            ))}
          </li>
        ))}
      </ul>
      {/* The compact brief sits on the prep card above the metric's editable field: said once. */}
      {!compact && (
        <>
          <h4>{after ? 'Success metric promised' : 'Success metric'}</h4>
          <p>
            {brief.successMetric ? (
              <>
                <bdi>{brief.successMetric.text}</bdi>{' '}
                <span className="muted small">
                  ({brief.successMetric.source === 'promised' ? 'agreed' : 'suggested: none was recorded'})
                </span>
              </>
            ) : (
              <span className="muted">None recorded.</span>
            )}
          </p>
        </>
      )}
      {brief.baseline === 'sale-roster' && brief.stakeholderChanges && (
        <>
          <h4>Who changed since the sale</h4>
          <StakeholderChangeList changes={brief.stakeholderChanges} />
        </>
      )}
      {brief.baseline === 'none' && (
        <div data-testid="no-baseline">
          <h4>Who changed</h4>
          <p className="muted">No baseline yet: nothing recorded who was in the buying group at the sale.</p>
          {onRecordBaseline && (
            <button type="button" className="secondary" onClick={onRecordBaseline}>
              Record the buying group now
            </button>
          )}
        </div>
      )}
      {after && (
        <p className="small">
          <strong>Movement:</strong> {brief.movement.summary}
        </p>
      )}
      <h4>Risks</h4>
      {brief.risks.length === 0 ? (
        <p className="muted">No risk found.</p>
      ) : (
        <ul className="warnings">
          {brief.risks.slice(0, compact ? 4 : undefined).map((r) => (
            <li key={r.text + (r.quote?.text ?? '')} className={`warning severity-${r.severity}`}>
              {r.text}
              {r.quote && (
                <q className="quote" data-testid="risk-quote">
                  <bdi>{r.quote.text}</bdi>{' '}
                  <span className="muted small">
                    ({r.quote.source}, {dateTime(r.quote.at)})
                  </span>
                </q>
              )}
            </li>
          ))}
        </ul>
      )}
      {!compact && (
        <>
          <h4>{brief.headings.talkTrack}</h4>
          <ol className="play-list">
            {brief.talkTrack.map((p) => (
              <li key={p.entry.id}>
                <span className="play-kind">{labelOf(p.entry.kind)}</span> <strong>{p.entry.title}</strong>
                <p className="play-text">{p.entry.text}</p>
                <span className="why-chip">why: {p.explanation}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
