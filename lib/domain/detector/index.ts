/** Reading motivation and role cues from buyer text: the public surface of this folder. */
export { createDetector } from './create-detector';
export { DetectorModelError, parseDetectorModel } from './parse-detector-model';
export type * from './types';
