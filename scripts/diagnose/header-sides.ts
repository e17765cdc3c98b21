/**
 * Sides stated by a transcript's attendee list. Exports and hand-written call notes often open
 * with "Attendees: Sarah Chen (Account Executive, Acme), Tom Reyes (VP Operations, Northwind)"
 * and then name the speakers only by name: without this, nobody is known to be the seller and
 * the rep's own questions would be read as the buyer's words.
 *
 * An attendee is a seller when their description carries a seller title ("Account Executive",
 * "AE", "CSM") or is only a short one ("us", "Rep"), a buyer when it carries a buyer role
 * ("customer", "prospect"); words are in side-words.ts;
 * then everyone listed with a seller's company is a seller and everyone with another company a
 * buyer. Names are matched to speakers in full, or by a first name only one attendee has.
 */
import { BUYER_SHORT, BUYER_TITLES, SELLER_SHORT, SELLER_TITLES } from './side-words';
import type { TranscriptLine } from './transcript-line';

const LIST_LABEL =
  /^(?:\*\*|__)?(participants|attendees?|present|speakers|people|on the call)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/i;
const BULLET = /^(?:[-*•]|\d+[.)])\s+/;
const SELLER_ROLE = new RegExp(String.raw`\b(?:${SELLER_TITLES})\b|^(?:${SELLER_SHORT})$`, 'i');
const BUYER_ROLE = new RegExp(String.raw`\b(?:${BUYER_TITLES})\b|^(?:${BUYER_SHORT})$`, 'i');

export interface Attendee {
  name: string;
  /** The words describing them: role, title, company. */
  about: string;
  company?: string;
  side?: 'buyer' | 'seller';
}

export interface HeaderSides {
  buyers: string[];
  sellers: string[];
  /** 1-based file line of the list. */
  sourceLine: number;
}

/** Splits a list on semicolons, or else on commas outside parentheses and on " and ". */
function entries(list: string): string[] {
  if (list.includes(';')) return list.split(';');
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.flatMap((e) => e.split(/\s+and\s+(?![^()]*\))/));
}

/** "Name (about)", "Name - about", "Name, about" or a bare name. */
export function parseAttendee(entry: string): Attendee | undefined {
  const text = entry
    .trim()
    .replace(BULLET, '')
    .replace(/\*\*|__/g, '')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2') // a YAML string
    .trim();
  const match =
    /^([^()]+?)\s*\(([^()]+)\)\s*$/.exec(text) ??
    /^(.+?)\s+[-–—|]\s+(.+)$/.exec(text) ??
    /^([^,]+?),\s*(.+)$/.exec(text);
  const name = (match?.[1] ?? text).trim();
  const about = (match?.[2] ?? '').trim();
  if (!name || name.length > 60) return undefined;
  const parts = about
    .split(/,|\s+at\s+|\s+@\s*|\s+from\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  // The last part names the company ("VP Operations, Northwind"; "Northwind" alone), unless it is a role.
  const last = parts[parts.length - 1];
  const company = last && !SELLER_ROLE.test(last) && !BUYER_ROLE.test(last) ? last : undefined;
  const side = SELLER_ROLE.test(about) ? 'seller' : BUYER_ROLE.test(about) ? 'buyer' : undefined;
  return { name, about, ...(company ? { company } : {}), ...(side ? { side } : {}) };
}

/** The attendees listed in the header lines (a "Participants:" line, or the bullets below it). */
export function attendeesOf(lines: readonly TranscriptLine[]): { attendees: Attendee[]; sourceLine: number } {
  const attendees: Attendee[] = [];
  let sourceLine = 0;
  let listOpen = false;
  for (const line of lines) {
    if (!line.notOwnWords) {
      listOpen = false;
      continue;
    }
    const label = LIST_LABEL.exec(line.text.trim());
    if (label) {
      sourceLine ||= line.sourceLine;
      const rest = label[2]!.trim().replace(/^\[(.*)\]$/, '$1'); // a YAML flow list
      listOpen = rest === '';
      for (const entry of rest ? entries(rest) : []) {
        const attendee = parseAttendee(entry);
        if (attendee) attendees.push(attendee);
      }
    } else if (listOpen && BULLET.test(line.text.trim())) {
      const attendee = parseAttendee(line.text);
      if (attendee) attendees.push(attendee);
    } else listOpen = false;
  }
  return { attendees, sourceLine };
}

const norm = (s: string) => s.trim().toLowerCase();

/** Every attendee's side: stated by role, else by sharing a company with a stated one. */
function withCompanySides(attendees: readonly Attendee[]): Attendee[] {
  const sellerCompanies = new Set(
    attendees.flatMap((a) => (a.side === 'seller' && a.company ? [norm(a.company)] : [])),
  );
  const buyerCompanies = new Set(
    attendees.flatMap((a) => (a.side === 'buyer' && a.company ? [norm(a.company)] : [])),
  );
  return attendees.map((a) => {
    if (a.side || !a.company) return a;
    const company = norm(a.company);
    if (sellerCompanies.has(company)) return { ...a, side: 'seller' as const };
    if (buyerCompanies.has(company) || sellerCompanies.size > 0) return { ...a, side: 'buyer' as const };
    return a;
  });
}

/**
 * The speakers the attendee list puts on each side, or undefined when it names no side. A
 * speaker matches an attendee by full name, or by a first name no other attendee shares.
 */
export function headerSides(lines: readonly TranscriptLine[]): HeaderSides | undefined {
  const { attendees, sourceLine } = attendeesOf(lines);
  const sided = withCompanySides(attendees).filter((a) => a.side);
  if (!sided.some((a) => a.side === 'seller')) return undefined;
  const firstNames = new Map<string, number>();
  for (const a of attendees) {
    const first = norm(a.name).split(/\s+/)[0]!;
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  const speakers = [...new Set(lines.flatMap((l) => (l.speaker && !l.notOwnWords ? [l.speaker] : [])))];
  const out: HeaderSides = { buyers: [], sellers: [], sourceLine };
  for (const speaker of speakers) {
    const s = norm(speaker);
    const attendee = sided.find(
      (a) => norm(a.name) === s || (firstNames.get(s) === 1 && norm(a.name).split(/\s+/)[0] === s),
    );
    if (attendee) (attendee.side === 'seller' ? out.sellers : out.buyers).push(speaker);
  }
  return out.sellers.length + out.buyers.length > 0 ? out : undefined;
}
