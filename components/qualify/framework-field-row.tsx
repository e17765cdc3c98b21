import type { QualifiedField } from '@/lib/domain/qualification-frameworks/qualify-account';

const STATUS_LABEL = {
  unknown: 'Unknown',
  found: 'To confirm',
  confirmed: 'Confirmed',
  changed: 'Changed since confirmed',
} as const;

export interface FrameworkFieldRowProps {
  field: QualifiedField;
  onConfirm: () => void;
  onUnconfirm: () => void;
}

/** One framework field: its value and source quote, or the question that would fill it. */
export function FrameworkFieldRow({ field: f, onConfirm, onUnconfirm }: FrameworkFieldRowProps) {
  const shown = f.status === 'confirmed' ? (f.confirmed ?? f.found) : f.found;
  const label = f.field.label;
  const source = f.found?.source;
  const titleId = `qualify-${f.key.replace('.', '-')}`;
  return (
    <li
      className={`qualify-field status-${f.status}`}
      data-testid={`field-${f.field.id}`}
      aria-labelledby={titleId}
    >
      <div className="qualify-field-head">
        <strong id={titleId}>{label}</strong>
        <span className={`badge qualify-status-${f.status}`}>{STATUS_LABEL[f.status]}</span>
      </div>
      {shown ? (
        shown.quote === shown.value ? (
          <blockquote className="quote">“{shown.value}”</blockquote>
        ) : (
          <>
            <p className="qualify-value">{shown.value}</p>
            {shown.quote && <blockquote className="quote">“{shown.quote}”</blockquote>}
          </>
        )
      ) : (
        <p className="muted">
          Not known yet. Ask: <q>{f.field.question}</q>
        </p>
      )}
      {f.status === 'changed' && f.found && (
        <p className="small">
          The evidence now says: <q>{f.found.value}</q>
        </p>
      )}
      {source && f.status !== 'confirmed' && (
        <span className="why-chip">
          from {source.label}
          {source.speaker ? `, ${source.speaker}` : ''}
          {source.at ? `, ${source.at.slice(0, 10)}` : ''}
        </span>
      )}
      <div className="row">
        {(f.status === 'found' || f.status === 'changed') && (
          <button type="button" onClick={onConfirm} aria-label={`Confirm ${label}`}>
            Confirm
          </button>
        )}
        {(f.status === 'confirmed' || f.status === 'changed') && (
          <button
            type="button"
            className="link-button"
            onClick={onUnconfirm}
            aria-label={`Unconfirm ${label}`}
          >
            Unconfirm
          </button>
        )}
      </div>
    </li>
  );
}
