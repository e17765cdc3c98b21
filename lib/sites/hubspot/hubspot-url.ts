/**
 * HubSpot record URLs. Current: `/contacts/<portal>/record/<objectTypeId>/<id>`; legacy (still
 * redirected to and bookmarked): `/contacts/<portal>/contact|company|deal/<id>`.
 */
import type { ParsedUrl } from '../site-reader';

const OBJECT_TYPES: Record<string, { type: string; kind: string }> = {
  '0-1': { type: 'Contact', kind: 'contact' },
  '0-2': { type: 'Company', kind: 'company' },
  '0-3': { type: 'Deal', kind: 'deal' },
};
const LEGACY: Record<string, string> = { contact: '0-1', company: '0-2', deal: '0-3' };

/** Parses a contact, company or deal record URL; null for anything else. */
export function parseHubspotUrl(url: URL): ParsedUrl | null {
  const [section, portal, segment, a, b] = url.pathname.split('/').filter(Boolean);
  if (section !== 'contacts' || !portal || !/^\d+$/.test(portal)) return null;
  const typeId = segment === 'record' ? a : segment ? LEGACY[segment] : undefined;
  const id = segment === 'record' ? b : a;
  const object = typeId ? OBJECT_TYPES[typeId] : undefined;
  if (!object || !id || !/^\d+$/.test(id)) return null;
  return { kind: object.kind, record: { type: object.type, id } };
}
