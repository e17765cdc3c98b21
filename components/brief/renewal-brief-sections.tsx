import type { RenewalBrief } from '@/lib/domain/briefs/renewal-brief';
import { dateTime } from '@/components/ui/format-time';

/** The renewal brief as readable sections; every piece of page text is rendered as text. */
export function RenewalBriefSections({ brief, compact = false }: { brief: RenewalBrief; compact?: boolean }) {
  const { added, left, changed } = brief.stakeholderChanges;
  return (
    <div className="brief" data-testid="renewal-brief">
      <p className="muted small">
        {brief.renewalDate ? `Renews ${brief.renewalDate}` : 'No renewal date set'}
        {brief.daysToRenewal !== undefined && ` · ${brief.daysToRenewal} days to go`}
      </p>
      <h4>Why they bought</h4>
      {brief.whyTheyBought.length === 0 && (
        <p className="muted">No clear motivation was recorded at the sale.</p>
      )}
      <ul>
        {brief.whyTheyBought.map((m) => (
          <li key={m.motivation}>
            <strong>{m.name}</strong> {Math.round(m.score * 100)}
            {m.quotes.slice(0, compact ? 1 : 3).map((q) => (
              <q key={q.at + q.text} className="quote">
                {q.text}
                {q.speaker && (
                  <span className="muted small">
                    {' '}
                    — {q.speaker}, {dateTime(q.at)}
                  </span>
                )}
              </q>
            ))}
          </li>
        ))}
      </ul>
      <h4>Success metric</h4>
      <p>
        {brief.successMetric ? (
          <>
            {brief.successMetric.text}{' '}
            <span className="muted small">
              ({brief.successMetric.source === 'promised' ? 'promised' : 'suggested: none was recorded'})
            </span>
          </>
        ) : (
          <span className="muted">None recorded.</span>
        )}
      </p>
      <h4>Who changed since the sale</h4>
      {added.length + left.length + changed.length === 0 ? (
        <p className="muted">No change recorded in the buying group.</p>
      ) : (
        <ul data-testid="brief-changes">
          {added.map((p) => (
            <li key={`a-${p.id}`}>
              <span className="badge badge-new">joined</span> {p.name}
              {p.roles.length > 0 && ` (${p.roles.join(', ')})`}
            </li>
          ))}
          {left.map((p) => (
            <li key={`l-${p.id}`}>
              <span className="badge">left</span> {p.name}
            </li>
          ))}
          {changed.map((c) => (
            <li key={`c-${c.person.id}`}>
              <span className="badge">changed</span> {c.person.name}
              {c.stance && ` · ${c.stance.from} → ${c.stance.to}`}
              {c.influence && ` · influence ${c.influence.from} → ${c.influence.to}`}
              {c.rolesAdded.length > 0 && ` · now ${c.rolesAdded.join(', ')}`}
            </li>
          ))}
        </ul>
      )}
      <p className="small">
        <strong>Movement:</strong> {brief.movement.summary}
      </p>
      <h4>Risks</h4>
      {brief.risks.length === 0 ? (
        <p className="muted">No risk found.</p>
      ) : (
        <ul className="warnings">
          {brief.risks.slice(0, compact ? 3 : undefined).map((r) => (
            <li key={r.text} className={`warning severity-${r.severity}`}>
              {r.text}
            </li>
          ))}
        </ul>
      )}
      {!compact && (
        <>
          <h4>Renewal talk track</h4>
          <ol className="play-list">
            {brief.talkTrack.map((p) => (
              <li key={p.entry.id}>
                <span className="play-kind">{p.entry.kind}</span> <strong>{p.entry.title}</strong>
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
