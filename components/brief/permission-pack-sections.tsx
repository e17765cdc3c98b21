import type { PermissionPack } from '@/lib/domain/briefs';
import { TextList } from './handoff-brief-sections';

/** The champion's permission pack: the case in their words, answers per stakeholder, proof, one page. */
export function PermissionPackSections({ pack }: { pack: PermissionPack }) {
  const page = pack.onePage;
  return (
    <div className="brief" data-testid="permission-pack">
      <p className="muted small">
        For {pack.champion.name}, to make the case inside {pack.accountName}.
      </p>
      <h4>The case, in their words</h4>
      {pack.caseInTheirWords.length === 0 ? (
        <p className="muted">No discovery answers yet: fill them in under Diagnose.</p>
      ) : (
        <dl>
          {pack.caseInTheirWords.map((c) => (
            <div key={c.questionId}>
              <dt className="small muted">{c.prompt}</dt>
              <dd>{c.answer}</dd>
            </div>
          ))}
        </dl>
      )}
      {pack.quotes.length > 0 && (
        <ul>
          {pack.quotes.map((q) => (
            <li key={q.at + q.text}>
              <q className="quote">{q.text}</q>
              {q.speaker && <span className="muted small">— {q.speaker}</span>}
            </li>
          ))}
        </ul>
      )}
      <h4>What each stakeholder will ask</h4>
      <ul>
        {pack.answers.map((a) => (
          <li key={a.person.personId}>
            <strong>{a.person.name}</strong>: <em>{a.objection}</em>
            <p className="play-text">{a.answer}</p>
            {a.caresAbout && <p className="muted small">Cares about: {a.caresAbout}</p>}
          </li>
        ))}
      </ul>
      <TextList
        title="Proof to forward"
        items={pack.proof.map(
          (p) => `${p.entry.title}${p.entry.proof?.url ? ` — ${p.entry.proof.url}` : ''}`,
        )}
      />
      <h4>One page: {page.title}</h4>
      <dl className="one-page">
        <dt>Problem</dt>
        <dd>{page.problem}</dd>
        <dt>Outcome</dt>
        <dd>{page.outcome}</dd>
        <dt>Why now</dt>
        <dd>{page.whyNow}</dd>
        <dt>How we will measure it</dt>
        <dd>{page.measure}</dd>
        <dt>The ask</dt>
        <dd>{page.ask}</dd>
      </dl>
    </div>
  );
}
