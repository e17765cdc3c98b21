import { openPanelOnActionClick } from '@/lib/browser/side-panel';

/** The toolbar action and its keyboard command open the side panel (Chrome). */
export function setupSidePanel(): void {
  openPanelOnActionClick().catch((error: unknown) => console.error('Motive: side panel behaviour', error));
}
