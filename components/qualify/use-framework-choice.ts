import { useSettings, type SettingsSource } from '@/components/kernel/use-settings';
import { DEFAULT_SETTINGS, readSettings, watchSettings } from '@/lib/browser/settings';
import type { QualificationFrameworkId } from '@/lib/domain/vocabulary';

const BROWSER_SETTINGS: SettingsSource = { read: readSettings, watch: watchSettings };

/** The team's framework from Options, live (MEDDICC until the settings are read). */
export function useFrameworkChoice(): QualificationFrameworkId {
  const { data } = useSettings(BROWSER_SETTINGS);
  return data?.qualificationFramework ?? DEFAULT_SETTINGS.qualificationFramework;
}
