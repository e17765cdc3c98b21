import { customerOnePagerToMarkdown, type PermissionPack } from '@/lib/briefs';
import { BriefActions, briefFileName } from './brief-actions';
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
      <h4>What each stakeholder will ask (for the team)</h4>
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
      <section
        className="customer-doc"
        aria-label="One-pager for the customer"
        data-testid="customer-one-pager"
      >
        <h4>One-pager for the customer</h4>
        <p className="muted small">
          A separate document for {pack.champion.name} to forward: only their words and agreed facts. Fill in
          any [bracketed] part first.
        </p>
        <BriefActions
          markdown={customerOnePagerToMarkdown(page)}
          fileName={briefFileName(pack.accountName, 'one-pager')}
          describe="the one-pager for the customer"
        />
        <p>
          <strong>
            <bdi>{page.title}</bdi>
          </strong>
        </p>
        <dl className="one-page">
          <dt>The problem</dt>
          <dd>
            <bdi>{page.problem}</bdi>
          </dd>
          <dt>What changes</dt>
          <dd>
            <bdi>{page.outcome}</bdi>
          </dd>
          <dt>Why now</dt>
          <dd>
            <bdi>{page.whyNow}</bdi>
          </dd>
          <dt>How we will know</dt>
          <dd>
            <bdi>{page.measure}</bdi>
          </dd>
          <dt>The ask</dt>
          <dd>{page.ask}</dd>
        </dl>
      </section>
    </div>
  );
}
