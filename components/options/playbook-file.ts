/** Playbook files on the options page: lib/playbook's parser and writer, plus error wording. */
import type { PlaybookImportError } from '@/lib/playbook/import-export';

export { exportPlaybook, parsePlaybookImport } from '@/lib/playbook/import-export';

/** "Entry #3 (ask-budget): motivations.risk — Too big…"; file-level problems have no entry part. */
export function describePlaybookError(error: PlaybookImportError): string {
  if (error.index === null) return `${error.field} — ${error.message}`;
  const entry = `Entry #${error.index + 1}${error.entryId ? ` (${error.entryId})` : ''}`;
  return `${entry}: ${error.field} — ${error.message}`;
}
