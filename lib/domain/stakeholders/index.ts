/** Stakeholder analysis: warnings over the buying group, the map layout and changes over time. */
export * from './types';
export { analyseStakeholders, STAKEHOLDER_RULES } from './analyse-stakeholders';
export { PERMISSION_ARTEFACTS, type PermissionArtefact } from './rules/structure-rules';
export { layoutStakeholderMap, type MapLayout, type MapPlacement } from './map-layout';
export { compareStakeholders, type PersonChange, type StakeholderChanges } from './stakeholder-changes';
export { peopleAtSale, rosterAtSale } from './people-at-sale';
export { artefactsSharedFromNotes, permissionPackSharedNote, PERMISSION_PACK_TAG } from './artefacts-shared';
