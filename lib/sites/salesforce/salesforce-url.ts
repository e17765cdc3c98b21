/** Salesforce Lightning record URLs: `/lightning/r/<Object>/<Id>/view` or `/lightning/r/<Id>/view`. */
import type { ParsedUrl } from '../site-reader';

/** Record id key prefixes of the standard objects Motive reads. */
const KEY_PREFIXES: Record<string, string> = {
  '001': 'Account',
  '006': 'Opportunity',
  '003': 'Contact',
  '00Q': 'Lead',
};
const KINDS: Record<string, string> = {
  Account: 'account',
  Opportunity: 'opportunity',
  Contact: 'contact',
  Lead: 'lead',
};
const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** Parses a Lightning record page URL; null for list views, setup, home and unknown objects. */
export function parseSalesforceUrl(url: URL): ParsedUrl | null {
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== 'lightning' || parts[1] !== 'r') return null;
  // Either r/<Object>/<Id>/<action> or the short form r/<Id>/<action>.
  const [third, fourth] = [parts[2], parts[3]];
  const id = third && RECORD_ID.test(third) ? third : fourth;
  if (!id || !RECORD_ID.test(id)) return null;
  const type = id === third ? KEY_PREFIXES[id.slice(0, 3)] : third;
  const kind = type ? KINDS[type] : undefined;
  if (!type || !kind) return null;
  return { kind, record: { type, id } };
}
