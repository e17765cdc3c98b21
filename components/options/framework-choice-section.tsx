import { useQueryClient } from '@tanstack/react-query';
import { keepSettings, useSettings } from '@/components/kernel/use-settings';
import { useId, useState } from 'react';
import { useOptionsDeps } from './options-deps';
import { frameworkChoiceSchema } from '@/lib/domain/qualification-frameworks/framework-choice-schema';
import {
  type QualificationFrameworkId,
  FRAMEWORK_FIELDS,
  FRAMEWORK_NAMES,
  QUALIFICATION_FRAMEWORKS,
} from '@/lib/domain/qualification-frameworks/framework-definitions';

/** Options: the team's qualification framework (stored with the other settings, checked on write). */
export function FrameworkChoiceSection() {
  const { settings } = useOptionsDeps();
  const client = useQueryClient();
  const id = useId();
  const query = useSettings(settings);
  const [error, setError] = useState<string | null>(null);

  // The choice being written. Held in React state, set in the click's own task: a controlled
  // radio is put back to its rendered value right after the click, and React Query tells its
  // observers on a timer, so a cache-only update can lose to anything reading the radio at once.
  const [pending, setPending] = useState<QualificationFrameworkId | null>(null);

  async function choose(raw: string) {
    setError(null);
    const parsed = frameworkChoiceSchema.safeParse(raw);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Unknown framework.');
    setPending(parsed.data);
    try {
      keepSettings(client, await settings.write({ qualificationFramework: parsed.data }));
    } catch (e) {
      setError(`Could not save the framework: ${(e as Error).message}`);
    } finally {
      setPending((now) => (now === parsed.data ? null : now));
    }
  }

  const current = pending ?? query.data?.qualificationFramework;
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Qualification framework</h2>
      <p>
        The panel’s Qualify view fills the framework from confirmed quotes, the stakeholder map, notes and
        account fields. Nothing is guessed: a blank field shows the question that fills it.
      </p>
      <fieldset disabled={!query.data}>
        <legend>Your team qualifies with</legend>
        {QUALIFICATION_FRAMEWORKS.map((fw) => (
          <div className="switch-row" key={fw}>
            <input
              id={`${id}-${fw}`}
              type="radio"
              name={`${id}-framework`}
              value={fw}
              checked={current === fw}
              onChange={(e) => void choose(e.target.value)}
              aria-describedby={`${id}-${fw}-fields`}
            />
            <label htmlFor={`${id}-${fw}`}>{FRAMEWORK_NAMES[fw]}</label>
            <p id={`${id}-${fw}-fields`} className="hint">
              {FRAMEWORK_FIELDS[fw].map((f) => f.label).join(' · ')}
            </p>
          </div>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="message error">
          {error}
        </p>
      )}
    </section>
  );
}
