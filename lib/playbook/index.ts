/** The playbook: schema, matching, merging team entries over defaults, import/export. */
export { playbookEntrySchema, type PlaybookEntry } from './schema';
export { matchPlaybook, MATCH_FACTORS, type MatchContext, type PlaybookPick } from './match-playbook';
export { compilePlaybook, type CompiledPlaybook } from './compile-playbook';
export { mergePlaybook, type TeamEntry } from './merge-playbook';
export {
  exportPlaybook,
  parsePlaybookImport,
  PLAYBOOK_FORMAT,
  PLAYBOOK_FORMAT_VERSION,
  MAX_IMPORT_ENTRIES,
  type PlaybookImportError,
  type PlaybookImportResult,
} from './import-export';
export { locateJsonError, type JsonErrorPosition } from './json-error-position';
