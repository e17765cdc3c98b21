/**
 * Which parts of a text are the writer's own words. Emails carry quoted replies, forwarded
 * headers and signatures that are someone else's words (often the seller's); those must not
 * become evidence. Returns line ranges with offsets into the original text, so evidence
 * spans stay verbatim slices.
 */
import type { TextSpan } from './types';

const QUOTED_LINE = /^\s*>/;
const REPLY_HEADER = /^\s*On\s.{0,200}\bwrote:\s*$/i;
const FORWARD_MARK = /^\s*-{2,}\s*(original|forwarded) message/i;
const HEADER_FROM = /^\s*From:\s/i;
const HEADER_NEXT = /^\s*(Sent|Date|To|Subject|Cc):/i;
const SIGNATURE_DASHES = /^--\s?$/;
const SIGN_OFF =
  /^\s*(best|thanks|thank you|many thanks|thanks again|regards|kind regards|best regards|warm regards|cheers|sincerely|all the best|talk soon|speak soon)[,!.]?\s*$/i;
const SENT_FROM = /^\s*sent from my\s/i;

/** True when the line starts the trailing part of an email we must ignore. */
function endsOwnWords(lines: string[], i: number, sawContent: boolean): boolean {
  const line = lines[i]!;
  if (REPLY_HEADER.test(line) || FORWARD_MARK.test(line) || SENT_FROM.test(line)) return true;
  if (SIGNATURE_DASHES.test(line)) return true;
  if (sawContent && SIGN_OFF.test(line)) return true;
  if (HEADER_FROM.test(line)) {
    return lines.slice(i + 1, i + 4).some((next) => HEADER_NEXT.test(next));
  }
  return false;
}

/** Ranges of `text` that are the author's own words (quoted replies and signatures removed). */
export function ownWordRegions(text: string): TextSpan[] {
  if (!text.includes('\n')) return text.trim() ? [{ start: 0, end: text.length }] : [];
  const lines = text.split('\n');
  const regions: TextSpan[] = [];
  let offset = 0;
  let sawContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = offset;
    offset += line.length + 1;
    if (endsOwnWords(lines, i, sawContent)) break;
    if (QUOTED_LINE.test(line) || !line.trim()) continue;
    sawContent = true;
    regions.push({ start, end: start + line.length });
  }
  return regions;
}

/** Sentence spans inside the given regions, trimmed of surrounding white space. */
export function sentenceSpans(text: string, regions: readonly TextSpan[]): TextSpan[] {
  const spans: TextSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const region of regions) {
    let start = region.start;
    const boundary = /[.!?]+(?=\s|$)/g;
    const chunk = text.slice(region.start, region.end);
    for (const match of chunk.matchAll(boundary)) {
      const end = region.start + (match.index ?? 0) + match[0].length;
      push(start, end);
      start = end;
    }
    push(start, region.end);
  }
  return spans;
}
