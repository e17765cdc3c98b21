/**
 * User settings in `storage.local` (readable by content scripts, which must obey the privacy
 * switches themselves). Validation is manual here because content scripts ship no zod.
 */
export interface MotiveSettings {
  /** Read live captions on call pages (Meet, Zoom, Teams). */
  readCaptions: boolean;
  /** Read open email threads (Gmail, Outlook). */
  readEmail: boolean;
  /** Read CRM record pages. */
  readCrm: boolean;
}

export const SETTINGS_KEY = 'motive:settings';
export const DEFAULT_SETTINGS: MotiveSettings = { readCaptions: true, readEmail: true, readCrm: true };

export function parseSettings(raw: unknown): MotiveSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const flag = (key: keyof MotiveSettings) =>
    typeof value[key] === 'boolean' ? value[key] : DEFAULT_SETTINGS[key];
  return { readCaptions: flag('readCaptions'), readEmail: flag('readEmail'), readCrm: flag('readCrm') };
}

export async function readSettings(): Promise<MotiveSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(patch: Partial<MotiveSettings>): Promise<MotiveSettings> {
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
