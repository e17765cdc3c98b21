export { resolveAccount, crmKey, externalDomains } from './resolve-account';
export {
  companyNameSimilarity,
  companyTokens,
  mentionsCompany,
  nameFromDomain,
  personNameKey,
} from './company-name';
export { pageKey, tabPageKey, isTabPageKey, type PageIdentity, type PageKey } from './page-key';
export { matchTitleToAccount, type TitleMatch } from './meeting-title';
export { emailDomain, domainBelongsTo, FREE_MAIL_DOMAINS } from './free-mail-domains';
export type * from './types';
export { writeTarget, type WriteTarget } from './write-target';
