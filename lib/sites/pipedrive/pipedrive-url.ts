/** Pipedrive detail pages: `<company>.pipedrive.com/deal|person|organization/<id>`. */
import type { ParsedUrl } from '../site-reader';

const TYPES: Record<string, string> = { deal: 'Deal', person: 'Person', organization: 'Organization' };

/** Parses a deal, person or organization page; null for pipelines, lists and settings. */
export function parsePipedriveUrl(url: URL): ParsedUrl | null {
  const [segment, id] = url.pathname.split('/').filter(Boolean);
  const type = segment ? TYPES[segment] : undefined;
  if (!segment || !type || !id || !/^\d+$/.test(id)) return null;
  return { kind: segment, record: { type, id } };
}
