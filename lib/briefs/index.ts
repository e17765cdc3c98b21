/** Briefs as data plus Markdown: renewal, hand-off to onboarding/CS, and the champion's permission pack. */
export {
  buildRenewalBrief,
  type RenewalBrief,
  type RenewalBriefInput,
  type BriefRisk,
} from './renewal-brief';
export { renewalBriefToMarkdown } from './renewal-brief-markdown';
export { buildHandoffBrief, PROMISE_TAGS, type HandoffBrief, type HandoffBriefInput } from './handoff-brief';
export { handoffBriefToMarkdown } from './handoff-brief-markdown';
export {
  buildPermissionPack,
  type PermissionPack,
  type PermissionPackInput,
  type StakeholderAnswer,
} from './permission-pack';
export { permissionPackToMarkdown } from './permission-pack-markdown';
export { buildCustomerOnePager, type CustomerOnePager } from './customer-one-pager';
export { customerOnePagerToMarkdown } from './customer-one-pager-markdown';
export { ROLE_OBJECTIONS, GENERIC_OBJECTION, type RoleObjection } from './role-objections';
export { md, mdQuote, mdLink } from './markdown';
export type { MotivationSummary, PersonLine, BriefQuote } from './brief-parts';
