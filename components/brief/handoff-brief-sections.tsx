import type { HandoffBrief } from '@/lib/briefs';
import { describePersonLine } from '@/lib/briefs/brief-parts';

/** The hand-off brief for onboarding / customer success, as text sections. */
export function HandoffBriefSections({ brief }: { brief: HandoffBrief }) {
  return (
    <div className="brief" data-testid="handoff-brief">
      <h4>{brief.whyHeading}</h4>
      <ul>
        {brief.motivations.map((m) => (
          <li key={m.motivation}>
            <strong>{m.name}</strong> {Math.round(m.score * 100)}
            {m.quotes[0] && <q className="quote">{m.quotes[0].text}</q>}
          </li>
        ))}
      </ul>
      {brief.path && (
        <p>
          <strong>Path: {brief.path.name}.</strong> {brief.path.description}
        </p>
      )}
      <TextList title="Onboarding emphasis" items={brief.onboardingEmphasis} />
      <TextList title="Notes for the next team" items={brief.handoffNotes} />
      <TextList title="Avoid" items={brief.avoid} />
      <h4>Success metric</h4>
      <p>{brief.successMetric ? brief.successMetric.text : <span className="muted">None recorded.</span>}</p>
      <h4>Who is who</h4>
      <ul>
        {brief.people.map((p) => (
          <li key={p.personId}>
            <strong>{p.name}</strong>
            {p.title && `, ${p.title}`} <span className="muted small">{describePersonLine(p)}</span>
          </li>
        ))}
      </ul>
      <TextList title="Promises made" items={brief.promises.map((p) => `${p.text} (${p.at.slice(0, 10)})`)} />
      <TextList title="Risks" items={brief.risks.map((r) => r.text)} />
    </div>
  );
}

/** A titled list of plain strings; says so when empty. */
export function TextList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="text-list">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </>
  );
}
