/** Segment → motion (seed 004) and appropriate experience + experience fit (seed 002). */
export { chooseMotion, VALUE_BANDS, type MotionChoice, type MotionReason } from './choose-motion';
export { effectiveMotion } from './effective-motion';
export { MOTION_PROFILES, type MotionProfile } from './motion-profiles';
export {
  appropriateExperience,
  COVERAGE_LEVELS,
  COVERAGE_PROFILES,
  ONBOARDING_COST,
  type AppropriateExperience,
  type Coverage,
  type CoverageProfile,
} from './appropriate-experience';
export {
  checkExperienceFit,
  DEFAULT_ASSUMPTIONS,
  type ExperienceAssumptions,
  type ExperienceFit,
  type FitVerdict,
} from './experience-fit';
