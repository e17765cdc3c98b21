import type { SiteReader } from '../site-reader';
import { parseDynamicsUrl } from './dynamics-url';
import { readDynamics } from './read-dynamics';

/** Dynamics 365 Sales: account, opportunity and contact forms. */
export const dynamicsReader: SiteReader = {
  app: 'dynamics',
  surface: 'crm',
  pageKinds: ['account', 'opportunity', 'contact'],
  parseUrl: parseDynamicsUrl,
  read: readDynamics,
};
