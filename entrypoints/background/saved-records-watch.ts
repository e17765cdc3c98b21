/** Keeps the active context current when saved accounts or people change (see page-services). */
import { getServices } from './services';

export function setupSavedRecordsWatch(): void {
  getServices().watchSavedRecords((error) => console.error('Motive: watching saved accounts', error));
}
