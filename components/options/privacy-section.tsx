import { useQueryClient } from '@tanstack/react-query';
import { keepSettings, useSettings } from '@/components/kernel/use-settings';
import { useId, useState } from 'react';
import type { SettingsSwitch } from '@/lib/browser/settings';
import { useOptionsDeps } from './options-deps';

const SWITCHES: { key: SettingsSwitch; label: string; detail: string }[] = [
  {
    key: 'readCaptions',
    label: 'Read live captions on calls',
    detail:
      'Google Meet, Zoom and Teams on the web: only the captions the meeting app already shows. No audio.',
  },
  {
    key: 'readEmail',
    label: 'Read open email threads',
    detail: 'Gmail and Outlook on the web: the subject, participants and text of the thread you have open.',
  },
  {
    key: 'readCrm',
    label: 'Read CRM records',
    detail: 'Salesforce, HubSpot, Pipedrive and Dynamics: the record’s name, domain and people.',
  },
];

/** Per-surface reading switches; content scripts read the same settings and obey them. */
export function PrivacySection() {
  const { settings } = useOptionsDeps();
  const client = useQueryClient();
  const id = useId();
  const query = useSettings(settings);
  const [error, setError] = useState<string | null>(null);

  async function toggle(key: SettingsSwitch, value: boolean) {
    setError(null);
    try {
      keepSettings(client, await settings.write({ [key]: value }));
    } catch (e) {
      setError(`Could not save the setting: ${(e as Error).message}`);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Privacy</h2>
      <p>
        Motive analyses everything locally, in this browser. It never records or listens to audio. Nothing
        leaves this computer except through the sync endpoint you configure above — and without one, nothing
        leaves at all.
      </p>
      <fieldset className="switches" disabled={!query.data}>
        <legend>What Motive may read</legend>
        {SWITCHES.map(({ key, label, detail }) => (
          <div className="switch-row" key={key}>
            <input
              id={`${id}-${key}`}
              type="checkbox"
              role="switch"
              checked={query.data?.[key] ?? false}
              onChange={(e) => void toggle(key, e.target.checked)}
              aria-describedby={`${id}-${key}-detail`}
            />
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <p id={`${id}-${key}-detail`} className="hint">
              {detail}
            </p>
          </div>
        ))}
      </fieldset>
      <p className="hint">
        When a switch is off, that kind of page is not read; the panel still works by hand.
      </p>
      {error && (
        <p role="alert" className="message error">
          {error}
        </p>
      )}
    </section>
  );
}
