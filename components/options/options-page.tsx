import { FrameworkChoiceSection } from './framework-choice-section';
import { BackupSection } from './backup-section';
import { DeleteDataSection } from './delete-data-section';
import { PlaybookSection } from './playbook-section';
import { PrivacySection } from './privacy-section';
import { SampleSection } from './sample-section';
import { SelectorPackSection } from './selector-pack-section';
import { SyncSection } from './sync-section';

/** Motive's settings page: one column of sections, each usable on its own. */
export function OptionsPage() {
  return (
    <>
      <a className="skip-link" href="#options-main">
        Skip to settings
      </a>
      <header className="page-header">
        <h1>Motive settings</h1>
        <p>Sync, privacy, your team’s playbook and your data. Changes take effect immediately.</p>
      </header>
      <main id="options-main" className="options" tabIndex={-1}>
        <SampleSection />
        <SyncSection />
        <PrivacySection />
        <FrameworkChoiceSection />
        <SelectorPackSection />
        <PlaybookSection />
        <BackupSection />
        <DeleteDataSection />
      </main>
    </>
  );
}
