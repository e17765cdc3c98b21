/**
 * User settings in `storage.local` (readable by content scripts, which must obey the privacy
 * switches themselves). Validation is manual here because content scripts ship no zod; the
 * options page checks a new value with zod before writing it (settings-schema.ts).
 */
import { QUALIFICATION_FRAMEWORKS, type QualificationFrameworkId } from '../domain/vocabulary';

export interface MotiveSettings {
  /** Read live captions on call pages (Meet, Zoom, Teams). */
  readCaptions: boolean;
  /** Read open email threads (Gmail, Outlook). */
  readEmail: boolean;
  /** Read CRM record pages. */
  readCrm: boolean;
  /** The team's qualification framework, shown in the panel's Qualify view. */
  qualificationFramework: QualificationFrameworkId;
}

/** The settings that are on/off switches (the privacy section lists these). */
export type SettingsSwitch = 'readCaptions' | 'readEmail' | 'readCrm';

export const SETTINGS_KEY = 'motive:settings';
export const DEFAULT_SETTINGS: MotiveSettings = {
  readCaptions: true,
  readEmail: true,
  readCrm: true,
  qualificationFramework: 'meddicc',
};

const isFramework = (value: unknown): value is QualificationFrameworkId =>
  typeof value === 'string' && (QUALIFICATION_FRAMEWORKS as readonly string[]).includes(value);

export function parseSettings(raw: unknown): MotiveSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const flag = (key: SettingsSwitch) =>
    typeof value[key] === 'boolean' ? value[key] : DEFAULT_SETTINGS[key];
  const framework = value['qualificationFramework'];
  return {
    readCaptions: flag('readCaptions'),
    readEmail: flag('readEmail'),
    readCrm: flag('readCrm'),
    qualificationFramework: isFramework(framework) ? framework : DEFAULT_SETTINGS.qualificationFramework,
  };
}

export async function readSettings(): Promise<MotiveSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Writes `patch` over the stored settings; a value of the wrong kind is refused, nothing written. */
export async function writeSettings(patch: Partial<MotiveSettings>): Promise<MotiveSettings> {
  if ('qualificationFramework' in patch && !isFramework(patch.qualificationFramework)) {
    throw new Error(`Unknown qualification framework: ${String(patch.qualificationFramework)}.`);
  }
  const next = { ...(await readSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` whenever settings change; returns the unsubscribe function. */
export function watchSettings(listener: (settings: MotiveSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
