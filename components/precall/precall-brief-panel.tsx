import { useEffect, useRef } from 'react';
import { labelOf, labelsOf } from '@/components/ui/labels';
import '@/components/qualify/qualify.css';
import type { PrecallBrief } from '@/lib/domain/precall/precall-brief';

export interface PrecallBriefPanelProps {
  brief: PrecallBrief | undefined;
  /** Why it is open: the call page is in its lobby, or the rep pressed the key. */
  reason: 'lobby' | 'key';
  onClose: () => void;
}

/** One screen before the call: who, what is unknown, three questions, proof, open commitments. */
export function PrecallBriefPanel({ brief, reason, onClose }: PrecallBriefPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by a key, the brief takes focus; opened by the lobby it waits to be read.
  useEffect(() => {
    if (reason === 'key') heading.current?.focus();
  }, [reason]);
  return (
    <section
      className="precall-brief"
      aria-labelledby="precall-title"
      data-testid="precall-brief"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="qualify-field-head">
        <h2 id="precall-title" ref={heading} tabIndex={-1}>
          Before the call
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close brief
        </button>
      </div>
      {reason === 'lobby' && (
        <p className="muted small">You are in the meeting lobby: here is what to have in mind.</p>
      )}
      {!brief ? (
        <p role="status">Preparing the brief…</p>
      ) : (
        <>
          <h3>Who is expected</h3>
          {brief.expected.length === 0 ? (
            <p className="muted">Nobody on the map yet: add people on People.</p>
          ) : (
            <ul aria-label="Who is expected">
              {brief.expected.map((p) => (
                <li key={p.personId ?? p.name}>
                  <strong>{p.name}</strong>
                  {p.title ? `, ${p.title}` : ''}
                  {p.roles.length > 0 ? ` · ${labelsOf(p.roles)}` : p.personId ? '' : ' · not on the map yet'}
                  {p.motivations.length > 0 && (
                    <span className="why-chip">moved by {p.motivations.map(labelOf).join(', ')}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>Still unknown</h3>
          {brief.unknown.length === 0 ? (
            <p className="muted">Every framework field is filled.</p>
          ) : (
            <p>{brief.unknown.map((u) => u.label).join(' · ')}</p>
          )}
          <h3>Three questions to ask</h3>
          <ol aria-label="Questions to ask">
            {brief.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
          <h3>Proof to have ready</h3>
          {brief.proof.length === 0 ? (
            <p className="muted">No proof matches yet: confirm a quote so Motive knows their motivation.</p>
          ) : (
            <ul aria-label="Proof to have ready">
              {brief.proof.map((p) => (
                <li key={p.title}>
                  {p.title}
                  {p.label ? ` (${p.label})` : ''} <span className="why-chip">why: {p.why}</span>
                </li>
              ))}
            </ul>
          )}
          <h3>Open from last call</h3>
          {brief.commitments.length === 0 ? (
            <p className="muted">No open commitments in your call notes.</p>
          ) : (
            <ul aria-label="Open commitments">
              {brief.commitments.map((c) => (
                <li key={`${c.noteId}:${c.text}`}>
                  {c.text} <span className="muted small">({c.at.slice(0, 10)})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
