/** The recap's sections: who spoke, commitments (to mark as agreed), risks, discovery, languages. */
import type { CallRecap } from '@/lib/briefs/recap/build-recap';
import type { Commitment } from '@/lib/domain/recap/commitments';
import { spokenDate } from '@/lib/briefs/recap/follow-up-email';

const SIDE_LABEL = { buyer: 'their side', seller: 'your side', unknown: 'not named yet' } as const;
const OWNER_LABEL: Record<Commitment['owner'], string> = {
  seller: 'Us',
  buyer: 'Them',
  both: 'Both',
  unknown: 'Not named yet',
};

export function WhoSpoke({ recap }: { recap: CallRecap }) {
  return (
    <section aria-labelledby="recap-people" className="recap-block">
      <h3 id="recap-people">Who spoke</h3>
      {recap.speakers.length === 0 ? (
        <p className="small">No captions were read on this call.</p>
      ) : (
        <ul data-testid="recap-speakers">
          {recap.speakers.map((s) => (
            <li key={s.name}>
              <bdi>{s.name}</bdi>{' '}
              <span className="small">
                ({SIDE_LABEL[s.side]}, {s.lines} {s.lines === 1 ? 'line' : 'lines'})
              </span>
            </li>
          ))}
        </ul>
      )}
      {recap.silent.length > 0 && (
        <p data-testid="recap-silent">
          Present but silent:{' '}
          {recap.silent.map((name, i) => (
            <span key={name}>
              {i > 0 && ', '}
              <bdi>{name}</bdi>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

/** Commitments with their quotes; ticking one marks it agreed, and only agreed ones reach the email. */
export function Commitments({
  commitments,
  agreed,
  onToggle,
}: {
  commitments: Commitment[];
  agreed: ReadonlySet<number>;
  onToggle: (index: number) => void;
}) {
  return (
    <section aria-labelledby="recap-commitments" className="recap-block">
      <h3 id="recap-commitments">Commitments and next steps</h3>
      {commitments.length === 0 ? (
        <p className="small">None said on the call.</p>
      ) : (
        <ul className="plain" data-testid="recap-commitments">
          {commitments.map((c, i) => (
            <li key={`${c.lineId}:${c.action}`}>
              <label>
                <input type="checkbox" checked={agreed.has(i)} onChange={() => onToggle(i)} />{' '}
                <strong>{OWNER_LABEL[c.owner]}:</strong> <bdi>{c.action}</bdi>
                {c.due?.date && <span className="small"> ({spokenDate(c.due.date)})</span>}
              </label>
              <blockquote className="small">
                “<bdi>{c.quote}</bdi>” — <bdi>{c.speaker}</bdi>
              </blockquote>
            </li>
          ))}
        </ul>
      )}
      {commitments.length > 0 && (
        <p className="small">Tick what was agreed: only those go into the follow-up.</p>
      )}
    </section>
  );
}

export function Risks({ recap }: { recap: CallRecap }) {
  return (
    <section aria-labelledby="recap-risks" className="recap-block">
      <h3 id="recap-risks">Risks raised</h3>
      {recap.risks.length === 0 ? (
        <p className="small">None heard.</p>
      ) : (
        <ul data-testid="recap-risks">
          {recap.risks.map((r, i) => (
            <li key={i}>
              <strong>{r.kind}:</strong> “<bdi>{r.quote}</bdi>”{' '}
              {r.speaker && (
                <span className="small">
                  — <bdi>{r.speaker}</bdi>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Discovery({ recap }: { recap: CallRecap }) {
  return (
    <section aria-labelledby="recap-discovery" className="recap-block">
      <h3 id="recap-discovery">Discovery</h3>
      <p className="small">
        {recap.answered.length} answered, {recap.open.length} still open.
      </p>
      {recap.open.length > 0 && (
        <details>
          <summary>Still open</summary>
          <ul data-testid="recap-open-questions">
            {recap.open.map((q) => (
              <li key={q.id}>{q.prompt}</li>
            ))}
          </ul>
        </details>
      )}
      {recap.answered.length > 0 && (
        <details>
          <summary>Answered</summary>
          <ul>
            {recap.answered.map((q) => (
              <li key={q.id}>
                {q.prompt} <bdi className="small">{q.answer}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Lines in a language the detector does not read: kept in the note, nothing claimed from them. */
export function NotDiagnosed({ recap }: { recap: CallRecap }) {
  if (recap.notDiagnosed.length === 0) return null;
  return (
    <section aria-labelledby="recap-languages" className="recap-block">
      <h3 id="recap-languages">Not diagnosed</h3>
      {recap.notDiagnosed.map((n) => (
        <p key={n.language} data-testid="recap-not-diagnosed">
          Not diagnosed: {n.language}. {n.lines.length} {n.lines.length === 1 ? 'line' : 'lines'} kept in the
          call note as said; nothing was read from them.
        </p>
      ))}
    </section>
  );
}
