import { usePanelData } from '@/components/kernel/panel-data';
import { usePanelWrite } from '@/components/kernel/panel-writes';
import type { EvidenceRow, PersonRow } from '@/lib/db/schema';
import {
  FRAMEWORK_NAMES,
  type QualificationFrameworkId,
} from '@/lib/domain/qualification-frameworks/framework-definitions';
import { confirmField, qualifyAccount } from '@/lib/domain/qualification-frameworks/qualify-account';
import type { Account } from '@/lib/domain/records';
import { CrmCopyBlock } from './crm-copy-block';
import { FrameworkFieldRow } from './framework-field-row';
import { useDealInputs } from './use-deal-inputs';

export interface FrameworkViewProps {
  framework: QualificationFrameworkId;
  account: Account;
  people: readonly PersonRow[];
  evidence: readonly EvidenceRow[];
}

/** The team's framework over the account's evidence: fields, sources, confirmations, CRM copy. */
export function FrameworkView({ framework, account, people, evidence }: FrameworkViewProps) {
  const { repos, now } = usePanelData();
  const write = usePanelWrite();
  const { notes } = useDealInputs(account.id, null);
  const fields = qualifyAccount(framework, { account, people, evidence, notes }, account.qualification ?? {});
  const confirmed = fields.filter((f) => f.status === 'confirmed').length;

  // Built on the stored account, so two quick confirmations both land (repositories.ts).
  // A failed save is listed by the panel's write road with a retry (panel-writes.tsx).
  const setConfirmation = (key: string, value: ReturnType<typeof confirmField>) =>
    void write(value ? 'the confirmed field' : 'the unconfirmed field', () =>
      repos.accounts.update(account.id, (current) => {
        const next = { ...(current.qualification ?? {}) };
        if (value) next[key] = value;
        else delete next[key];
        return { qualification: next };
      }),
    );

  return (
    <section aria-labelledby="framework-title" className="framework-view">
      <div className="qualify-field-head">
        <h3 id="framework-title">{FRAMEWORK_NAMES[framework]}</h3>
        <span className="muted small">
          {confirmed} of {fields.length} confirmed
        </span>
      </div>
      <p className="muted small">
        Filled from confirmed quotes, the stakeholder map, notes and account fields. Confirm what is right;
        blanks show the question to ask.
      </p>
      <ol className="qualify-fields">
        {fields.map((f) => (
          <FrameworkFieldRow
            key={f.key}
            field={f}
            onConfirm={() => setConfirmation(f.key, confirmField(f, now().toISOString()))}
            onUnconfirm={() => setConfirmation(f.key, undefined)}
          />
        ))}
      </ol>
      <CrmCopyBlock
        framework={framework}
        accountName={account.name}
        crmKeys={account.crmKeys}
        fields={fields}
      />
    </section>
  );
}
