import { useId, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { crmCopyBlock } from '@/lib/domain/qualification-frameworks/crm-copy';
import { accountCrm, CRM_APPS, type CrmApp } from '@/lib/domain/qualification-frameworks/crm-field-labels';
import type { QualificationFrameworkId } from '@/lib/domain/qualification-frameworks/framework-definitions';
import type { QualifiedField } from '@/lib/domain/qualification-frameworks/qualify-account';
import { APP_NAMES } from '@/lib/domain/vocabulary';

export interface CrmCopyBlockProps {
  framework: QualificationFrameworkId;
  accountName: string;
  crmKeys: readonly string[];
  fields: readonly QualifiedField[];
}

/** "Copy for CRM": the fields under the labels of the account's CRM (or the one picked). */
export function CrmCopyBlock({ framework, accountName, crmKeys, fields }: CrmCopyBlockProps) {
  const id = useId();
  const [picked, setPicked] = useState<CrmApp | null>(null);
  const crm = picked ?? accountCrm(crmKeys) ?? 'salesforce';
  const text = crmCopyBlock({ framework, crm, accountName, fields });
  return (
    <div className="crm-copy card-block">
      <div className="row">
        <label htmlFor={`${id}-crm`}>CRM labels</label>
        <select id={`${id}-crm`} value={crm} onChange={(e) => setPicked(e.target.value as CrmApp)}>
          {CRM_APPS.map((app) => (
            <option key={app} value={app}>
              {APP_NAMES[app]}
            </option>
          ))}
        </select>
        <CopyButton
          text={text}
          label="Copy for CRM"
          describe={`${framework.toUpperCase()} fields for ${APP_NAMES[crm]}`}
        />
      </div>
      <details>
        <summary>What will be copied</summary>
        <pre className="crm-copy-text" data-testid="crm-copy-text">
          {text}
        </pre>
      </details>
    </div>
  );
}
