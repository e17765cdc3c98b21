/**
 * The ten motivations as data: what each looks like, what to ask, what the buyer needs, what
 * to avoid and how onboarding and customer success should carry it on. One file per
 * motivation under `profiles/`; this module assembles them and indexes the signals.
 */
import { MOTIVATIONS, type MotivationId } from '../vocabulary';
import { blame } from './profiles/blame';
import { confidence } from './profiles/confidence';
import { consistency } from './profiles/consistency';
import { control } from './profiles/control';
import { credibility } from './profiles/credibility';
import { growth } from './profiles/growth';
import { permission } from './profiles/permission';
import { relief } from './profiles/relief';
import { risk } from './profiles/risk';
import { simplicity } from './profiles/simplicity';
import type { MotivationProfile, SignalDefinition } from './types';

/** Every motivation's profile, keyed by its id. */
export const MOTIVATION_CATALOGUE: Record<MotivationId, MotivationProfile> = {
  relief,
  control,
  growth,
  risk,
  simplicity,
  permission,
  confidence,
  consistency,
  credibility,
  blame,
};

/** All signals of all motivations, in vocabulary order. */
export const ALL_SIGNALS: readonly SignalDefinition[] = MOTIVATIONS.flatMap(
  (id) => MOTIVATION_CATALOGUE[id].signals,
);

const signalsById = new Map(ALL_SIGNALS.map((signal) => [signal.id, signal]));

/** The signal with that id, or `undefined` for an unknown (e.g. retired) id. */
export function getSignal(id: string): SignalDefinition | undefined {
  return signalsById.get(id);
}

/** The profile of one motivation. */
export function getMotivation(id: MotivationId): MotivationProfile {
  return MOTIVATION_CATALOGUE[id];
}
