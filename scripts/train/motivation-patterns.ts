/** All motivation phrase patterns, one file per motivation under `patterns/`. */
import type { MotivationId } from '../../lib/domain/vocabulary';
import type { PatternRow } from './patterns/pattern-row';
import { RELIEF_PATTERNS } from './patterns/relief';
import { CONTROL_PATTERNS } from './patterns/control';
import { GROWTH_PATTERNS } from './patterns/growth';
import { RISK_PATTERNS } from './patterns/risk';
import { SIMPLICITY_PATTERNS } from './patterns/simplicity';
import { PERMISSION_PATTERNS } from './patterns/permission';
import { CONFIDENCE_PATTERNS } from './patterns/confidence';
import { CONSISTENCY_PATTERNS } from './patterns/consistency';
import { CREDIBILITY_PATTERNS } from './patterns/credibility';
import { BLAME_PATTERNS } from './patterns/blame';

export type { PatternRow };

export const MOTIVATION_PATTERNS: Record<MotivationId, PatternRow[]> = {
  relief: RELIEF_PATTERNS,
  control: CONTROL_PATTERNS,
  growth: GROWTH_PATTERNS,
  risk: RISK_PATTERNS,
  simplicity: SIMPLICITY_PATTERNS,
  permission: PERMISSION_PATTERNS,
  confidence: CONFIDENCE_PATTERNS,
  consistency: CONSISTENCY_PATTERNS,
  credibility: CREDIBILITY_PATTERNS,
  blame: BLAME_PATTERNS,
};
