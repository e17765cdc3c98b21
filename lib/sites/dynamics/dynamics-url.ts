/**
 * Dynamics 365 model-driven apps: `/main.aspx?appid=…&pagetype=entityrecord&etn=<entity>&id=<guid>`.
 * The guid may come wrapped in braces, percent-encoded ("%7B…%7D"), in any case.
 */
import type { ParsedUrl } from '../site-reader';

const ENTITIES: Record<string, { type: string; kind: string }> = {
  account: { type: 'account', kind: 'account' },
  opportunity: { type: 'opportunity', kind: 'opportunity' },
  contact: { type: 'contact', kind: 'contact' },
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Parses an entity record form URL; null for views, dashboards and other entities. */
export function parseDynamicsUrl(url: URL): ParsedUrl | null {
  if (!url.pathname.toLowerCase().endsWith('/main.aspx')) return null;
  // Parameters sometimes travel in the hash (older Unified Interface links).
  const params = new URLSearchParams(url.search || url.hash.replace(/^#/, ''));
  const entity = ENTITIES[(params.get('etn') ?? '').toLowerCase()];
  const id = (params.get('id') ?? '').replace(/[{}]/g, '').toLowerCase();
  if (!entity || !GUID.test(id)) return null;
  return { kind: entity.kind, record: { type: entity.type, id } };
}
