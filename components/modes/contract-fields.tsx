import { useId, useState } from 'react';
import { usePanelData } from '@/components/kernel/panel-data';
import type { AccountRow } from '@/lib/db/schema';
import { usePanelWrite } from '@/components/kernel/panel-writes';

type Field = 'renewalDate' | 'contractStart' | 'contractValue' | 'contractTermMonths';
type Draft = Partial<Record<Field, string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The typed text as the field's value; `undefined` clears it; `null` means "not valid, keep". */
function parse(field: Field, text: string): string | number | undefined | null {
  const t = text.trim();
  if (!t) return undefined;
  if (field === 'renewalDate' || field === 'contractStart') return ISO_DATE.test(t) ? t : null;
  const n = Number(t);
  if (!Number.isFinite(n) || n < 0) return null;
  if (field === 'contractTermMonths') return Number.isInteger(n) && n >= 1 && n <= 120 ? n : null;
  return n;
}

/**
 * The renewal date and contract fields, edited in place and saved when a field loses focus.
 * A value that cannot be right (a term of 0 months) is not saved and says so; nothing typed
 * is thrown away while the rep fixes it.
 */
export function ContractFields({ account }: { account: AccountRow }) {
  const { repos } = usePanelData();
  const write = usePanelWrite();
  const id = useId();
  const [draft, setDraft] = useState<Draft>({});
  const [problem, setProblem] = useState<string | null>(null);
  const shown = (field: Field) =>
    draft[field] ?? (account[field] !== undefined ? String(account[field]) : '');
  const save = (field: Field, label: string) => {
    const text = draft[field];
    if (text === undefined) return;
    const value = parse(field, text);
    if (value === null) {
      setProblem(`${label}: “${text}” is not a valid value; it was not saved.`);
      return;
    }
    setProblem(null);
    // What was typed stays in the field until it is saved (a failed save keeps it).
    void write(label.toLowerCase(), () => repos.accounts.update(account.id, { [field]: value })).then(
      (saved) => saved && setDraft(({ [field]: _saved, ...rest }) => rest),
    );
  };
  const input = (field: Field, label: string, type: 'date' | 'number') => (
    <label htmlFor={`${id}-${field}`} className="contract-field">
      {label}
      <input
        id={`${id}-${field}`}
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        min={type === 'number' ? 0 : undefined}
        value={shown(field)}
        onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
        onBlur={() => save(field, label)}
      />
    </label>
  );
  return (
    <fieldset className="card-block contract-fields" data-testid="contract-fields">
      <legend className="card-label">Renewal and contract</legend>
      {input('renewalDate', 'Renewal date', 'date')}
      {input('contractStart', 'Contract start', 'date')}
      {input('contractValue', 'Annual value', 'number')}
      {input('contractTermMonths', 'Term (months)', 'number')}
      {problem && (
        <p role="alert" className="small">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
