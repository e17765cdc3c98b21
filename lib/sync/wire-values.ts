/**
 * What a database can store, checked on the wire (both sides): PostgreSQL refuses a NUL
 * character or a lone surrogate in any text or jsonb value, and its JSON parser (like
 * `JSON.stringify`) recurses, so a deeply nested value must be refused before it gets there.
 * Both checks run without recursion, so no input can exhaust the stack.
 */
import { cutText } from '../domain/text';

/** The deepest nesting a request body may have; records need a dozen levels at most. */
export const MAX_JSON_DEPTH = 64;
/** Bodies nested deeper than this are refused from their text, before they are parsed. */
export const MAX_JSON_TEXT_DEPTH = 1_000;

/**
 * The nesting depth of a JSON text, counted without parsing it. Stops counting (and returns)
 * as soon as the depth passes `limit`, so a 5 MiB body of brackets costs one short scan.
 */
export function jsonTextDepth(text: string, limit = MAX_JSON_TEXT_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return deepest;
}

export interface Unstorable {
  /** Dotted path of the offending field, e.g. "changes.3.value.text". */
  path: string;
  problem: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as is, or null. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which cannot be stored';
  if (LONE_SURROGATE.test(text))
    return 'contains a lone UTF-16 surrogate (half of an emoji?), which cannot be stored';
  return null;
}

/**
 * The first field of `value` (in order) a database would refuse or silently change: a string or object
 * key with a NUL or a lone surrogate, a number that is not finite (JSON's 1e400), or
 * nesting deeper than `maxDepth`. Walks with an explicit stack, never by recursion.
 */
export function findUnstorable(value: unknown, prefix = '', maxDepth = MAX_JSON_DEPTH): Unstorable | null {
  // Each field links to its parent, and its path is built only for the field reported:
  // building every field's path was most of the walk's cost (a push of 10 notes: 22 → 10 µs).
  interface Field {
    value: unknown;
    key: string;
    parent: Field | null;
    depth: number;
  }
  const at = (field: Field, key?: string) => {
    const path = key === undefined ? [] : [key];
    for (let f: Field | null = field; f !== null && f.parent !== null; f = f.parent) path.unshift(f.key);
    return describePath(prefix, path);
  };
  const stack: Field[] = [{ value, key: '', parent: null, depth: 0 }];
  while (stack.length > 0) {
    const field = stack.pop()!;
    const v = field.value;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) return { path: at(field), problem };
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { path: at(field), problem: 'is not a finite number' };
    } else if (typeof v === 'object' && v !== null) {
      if (field.depth >= maxDepth)
        return { path: at(field), problem: `nests deeper than ${maxDepth} levels` };
      const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
      // Pushed in reverse, so fields are checked (and the first one reported) in order.
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const problem = textProblem(key);
        if (problem) return { path: at(field, key), problem: `has a key that ${problem}` };
        stack.push({
          value: (v as Record<string, unknown>)[key],
          key,
          parent: field,
          depth: field.depth + 1,
        });
      }
    }
  }
  return null;
}

/** "changes.0.value.text"; a very long path keeps its first and last parts. */
function describePath(prefix: string, path: string[]): string {
  const safe = path.map((p) => cutText(p.replace(/[^\x20-\x7e]/g, '?'), 40, { ellipsis: true }));
  const shown = safe.length > 12 ? [...safe.slice(0, 8), '…', ...safe.slice(-3)] : safe;
  return [prefix, ...shown].filter((p) => p !== '').join('.') || 'body';
}
