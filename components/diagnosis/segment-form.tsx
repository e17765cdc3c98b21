import { useState } from 'react';
import { usePanelData } from '@/components/kernel/panel-data';
import type { AccountRow } from '@/lib/db/schema';
import type { SegmentInputs } from '@/lib/domain/records';
import { checkExperienceFit } from '@/lib/domain/segment/experience-fit';
import { chooseMotion } from '@/lib/domain/segment/choose-motion';
import { labelOf } from '@/components/ui/labels';
import { usePanelWrite } from '@/components/kernel/panel-writes';

type Choice = Exclude<keyof SegmentInputs, 'expectedValue'>;
const CHOICES: { field: Choice; label: string; options: [string, string][] }[] = [
  {
    field: 'purchaseComplexity',
    label: 'Who decides',
    options: [
      ['single', 'One person'],
      ['small-group', 'A small group'],
      ['committee', 'A committee'],
    ],
  },
  {
    field: 'salesCycle',
    label: 'Sales cycle',
    options: [
      ['days', 'Days'],
      ['weeks', 'Weeks'],
      ['months', 'Months'],
      ['quarters', 'Quarters'],
    ],
  },
  {
    field: 'implementationEffort',
    label: 'Implementation',
    options: [
      ['self-serve', 'Self-serve'],
      ['guided', 'Guided'],
      ['services', 'Services'],
    ],
  },
  {
    field: 'supportIntensity',
    label: 'Support needed',
    options: [
      ['low', 'Low'],
      ['medium', 'Medium'],
      ['high', 'High'],
    ],
  },
];
const VERDICT_CLASS = {
  fit: 'severity-low',
  'raise-price': 'severity-medium',
  'do-not-sign': 'severity-high',
  unknown: '',
};

/**
 * The segment (who decides, cycle, effort, value, support) → the sales motion it calls for,
 * and the experience-fit check: can the experience this customer needs be delivered for what
 * they are worth? Said plainly, with the reasons.
 */
export function SegmentForm({ account }: { account: AccountRow }) {
  const { repos } = usePanelData();
  const write = usePanelWrite();
  const [value, setValue] = useState<string | null>(null);
  const segment = account.segment;
  // Each change applies to the stored segment, not this render's copy: quick successive
  // edits must not overwrite each other.
  const save = (field: keyof SegmentInputs, value: SegmentInputs[keyof SegmentInputs]) =>
    void write('the segment', () =>
      repos.accounts.update(account.id, (current) => {
        const next: Record<string, unknown> = { ...current.segment, [field]: value };
        if (value === undefined) delete next[field];
        return { segment: next };
      }),
    );
  const motion = chooseMotion(segment);
  const fit = checkExperienceFit(segment);
  return (
    <section aria-label="Segment and fit" className="segment">
      <h4>Segment, motion and fit</h4>
      <div className="row">
        {CHOICES.map((c) => (
          <label key={c.field}>
            {c.label}{' '}
            <select
              value={segment[c.field] ?? ''}
              onChange={(e) => {
                save(c.field, (e.target.value || undefined) as SegmentInputs[Choice]);
              }}
            >
              <option value="">not known</option>
              {c.options.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          Expected lifetime value{' '}
          <input
            type="number"
            min={0}
            step={1000}
            inputMode="numeric"
            value={value ?? segment.expectedValue ?? ''}
            onChange={(e) => setValue(e.target.value)}
            onBlur={() => {
              if (value === null) return;
              const n = Number(value);
              const valid = value.trim() !== '' && Number.isFinite(n) && n >= 0;
              save('expectedValue', valid ? n : undefined);
              setValue(null);
            }}
          />
        </label>
      </div>
      <p data-testid="motion-choice">
        <strong>{motion.profile.name}</strong>
        {motion.reasons.length > 0
          ? ` — ${motion.reasons.map((r) => r.text).join('; ')}`
          : ' until more is known'}
        {account.motion && account.motion !== motion.motion && (
          <span className="muted small"> (the account is set to {labelOf(account.motion)})</span>
        )}
      </p>
      <p className={`warning ${VERDICT_CLASS[fit.verdict]}`} data-testid="experience-fit">
        <strong>{fit.headline}</strong>
      </p>
      {fit.reasons.length > 0 && (
        <ul className="text-list small">
          {fit.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
