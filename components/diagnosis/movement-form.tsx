import { usePanelData } from '@/components/kernel/panel-data';
import type { AccountRow } from '@/lib/db/schema';
import type { MovementProfile } from '@/lib/domain/records';
import { MOVEMENT_DIMENSIONS, suggestMovementProfile } from '@/lib/domain/movement/movement-profile';
import type { MotivationId } from '@/lib/domain/vocabulary';
import { usePanelWrite } from '@/components/kernel/panel-writes';

type Value = string | string[] | undefined;

/**
 * How the account moves, filled in by the rep. Where the rep has not chosen yet, the choice
 * the diagnosis suggests is marked, and one click adopts all suggestions.
 */
export function MovementForm({
  account,
  scores,
}: {
  account: AccountRow;
  scores: Partial<Record<MotivationId, number>>;
}) {
  const { repos } = usePanelData();
  const write = usePanelWrite();
  const own = account.movement;
  const suggested = suggestMovementProfile(scores);
  // Applied to the stored profile (not this render's copy) so quick edits never undo each other.
  const set = (field: keyof MovementProfile, value: Value) =>
    void write('how they move', () =>
      repos.accounts.update(account.id, (current) => {
        const next: Record<string, Value> = { ...current.movement, [field]: value };
        if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[field];
        return { movement: next };
      }),
    );
  const missing = MOVEMENT_DIMENSIONS.some(
    (d) => own[d.field] === undefined && suggested[d.field] !== undefined,
  );

  return (
    <section aria-label="Movement profile" className="movement">
      <div className="row">
        <h4>How they move</h4>
        {missing && (
          <button
            type="button"
            className="link-button push-right"
            onClick={() =>
              void write('the suggested movement profile', () =>
                repos.accounts.update(account.id, (current) => ({
                  movement: { ...suggested, ...current.movement },
                })),
              )
            }
          >
            Use the suggestions
          </button>
        )}
      </div>
      {MOVEMENT_DIMENSIONS.map((d) => {
        const current: Value = own[d.field];
        const hint = suggested[d.field] as Value;
        return (
          <fieldset key={d.field} className="chips">
            <legend>{d.label}</legend>
            {d.options.map((o) => {
              const chosen = Array.isArray(current) ? current.includes(o.value) : current === o.value;
              const isHint =
                current === undefined && (Array.isArray(hint) ? hint.includes(o.value) : hint === o.value);
              return (
                <label key={o.value} className={`chip${isHint ? ' is-hint' : ''}`}>
                  <input
                    type={d.multiple ? 'checkbox' : 'radio'}
                    name={`movement-${d.field}`}
                    checked={chosen}
                    onChange={(e) => {
                      if (!d.multiple) return set(d.field, o.value);
                      const list = Array.isArray(current) ? current : [];
                      set(d.field, e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value));
                    }}
                  />
                  {o.label}
                  {isHint && <span className="visually-hidden"> (suggested)</span>}
                </label>
              );
            })}
            {!d.multiple && current !== undefined && (
              <button type="button" className="link-button" onClick={() => set(d.field, undefined)}>
                clear
              </button>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
