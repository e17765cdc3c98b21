import { useId, useState } from 'react';
import type { PersonRow } from '@/lib/db/schema';
import type { Person } from '@/lib/domain/records';
import {
  INFLUENCE_LEVELS,
  MOTIVATIONS,
  ROLES,
  STANCES,
  type Influence,
  type Stance,
} from '@/lib/domain/vocabulary';
import { labelOf } from '@/components/ui/labels';

export type PersonDraft = Pick<
  Person,
  'name' | 'email' | 'title' | 'roles' | 'stance' | 'influence' | 'motivations' | 'reportsTo'
>;

export interface PersonEditorProps {
  person?: PersonRow;
  /** Prefill for a new person (e.g. seen in a meeting). */
  initial?: Partial<PersonDraft>;
  others: PersonRow[];
  onSave: (draft: PersonDraft) => void | Promise<void>;
  onCancel: () => void;
  onRemove?: () => void;
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/** Add or edit one stakeholder in place: roles, stance, influence, motivations, manager. */
export function PersonEditor({ person, initial, others, onSave, onCancel, onRemove }: PersonEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<PersonDraft>({
    name: person?.name ?? initial?.name ?? '',
    email: person?.email ?? initial?.email,
    title: person?.title ?? initial?.title,
    roles: person?.roles ?? initial?.roles ?? [],
    stance: person?.stance ?? initial?.stance ?? 'neutral',
    influence: person?.influence ?? initial?.influence ?? 'medium',
    motivations: person?.motivations ?? initial?.motivations ?? [],
    reportsTo: person?.reportsTo ?? initial?.reportsTo,
  });
  const set = (patch: Partial<PersonDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const blank = (v: string) => (v.trim() === '' ? undefined : v);
  return (
    <form
      className="person-editor"
      aria-label={person ? `Edit ${person.name}` : 'Add a person'}
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.name.trim()) void onSave({ ...draft, name: draft.name.trim() });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <div className="row">
        <label className="grow">
          Name <input autoFocus required value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className="grow">
          Title <input value={draft.title ?? ''} onChange={(e) => set({ title: blank(e.target.value) })} />
        </label>
      </div>
      <label>
        Email{' '}
        <input
          type="email"
          value={draft.email ?? ''}
          onChange={(e) => set({ email: blank(e.target.value) })}
        />
      </label>
      <div className="row">
        <label>
          Stance{' '}
          <select value={draft.stance} onChange={(e) => set({ stance: e.target.value as Stance })}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {labelOf(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Influence{' '}
          <select value={draft.influence} onChange={(e) => set({ influence: e.target.value as Influence })}>
            {INFLUENCE_LEVELS.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Reports to{' '}
          <select value={draft.reportsTo ?? ''} onChange={(e) => set({ reportsTo: blank(e.target.value) })}>
            <option value="">nobody here</option>
            {others
              .filter((o) => o.id !== person?.id)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </select>
        </label>
      </div>
      <fieldset className="chips" aria-describedby={`${id}-roles`}>
        <legend id={`${id}-roles`}>Roles</legend>
        {ROLES.map((r) => (
          <label key={r} className="chip">
            <input
              type="checkbox"
              checked={draft.roles.includes(r)}
              onChange={(e) => set({ roles: toggle(draft.roles, r, e.target.checked) })}
            />
            {labelOf(r)}
          </label>
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>Their motivations</legend>
        {MOTIVATIONS.map((m) => (
          <label key={m} className="chip">
            <input
              type="checkbox"
              checked={draft.motivations.includes(m)}
              onChange={(e) => set({ motivations: toggle(draft.motivations, m, e.target.checked) })}
            />
            {m}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="submit">{person ? 'Save' : 'Add person'}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        {onRemove && (
          <button type="button" className="danger push-right" onClick={onRemove}>
            Remove
          </button>
        )}
      </div>
    </form>
  );
}
