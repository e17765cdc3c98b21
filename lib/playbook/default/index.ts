/**
 * Loads the default playbook shipped with Motive. The content is loaded with a dynamic
 * `import()` so bundlers split it into its own chunk, fetched when the panel first needs it.
 */
import type { PlaybookEntry } from '../schema';

export { DEFAULT_PLAYBOOK_DATE } from './entry-kit';

let loading: Promise<readonly PlaybookEntry[]> | undefined;

/** The default entries (`origin: 'default'`), loaded once and shared; never mutate them. */
export function loadDefaultPlaybook(): Promise<readonly PlaybookEntry[]> {
  loading ??= import('./all-entries').then((m) => m.DEFAULT_PLAYBOOK);
  return loading;
}
