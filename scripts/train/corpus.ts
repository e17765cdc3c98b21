/**
 * The labelled corpus in `tests/corpus/*.jsonl`: one buyer utterance, email or caption line
 * per line, with the motivations and role cues a careful reader finds in it. `train` is for
 * training; `dev` is never trained or tuned on (it measures quality).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MOTIVATIONS, ROLES, type MotivationId, type Role } from '../../lib/domain/vocabulary';

export type CorpusSplit = 'train' | 'dev';
export const CORPUS_STYLES = ['clean', 'caption', 'email'] as const;

export interface CorpusItem {
  id: string;
  style: (typeof CORPUS_STYLES)[number];
  industry: string;
  text: string;
  motivations: MotivationId[];
  roles: Role[];
  /** No motivation at all; `trap` when it contains a motivation word in another sense. */
  negative?: boolean;
  trap?: boolean;
}

function check(ok: boolean, where: string, problem: string): asserts ok {
  if (!ok) throw new Error(`${where}: ${problem}`);
}

/** Parses JSONL corpus text; errors name the source and line. */
export function parseCorpus(jsonl: string, source: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    let item: CorpusItem;
    try {
      item = JSON.parse(line) as CorpusItem;
    } catch {
      throw new Error(`${where}: not valid JSON`);
    }
    check(typeof item.id === 'string' && typeof item.text === 'string', where, 'needs id and text');
    check(CORPUS_STYLES.includes(item.style), where, `unknown style ${String(item.style)}`);
    check(Array.isArray(item.motivations) && Array.isArray(item.roles), where, 'needs label arrays');
    for (const m of item.motivations) check(MOTIVATIONS.includes(m), where, `unknown motivation ${m}`);
    for (const r of item.roles) check(ROLES.includes(r), where, `unknown role ${r}`);
    check(!item.negative || item.motivations.length === 0, where, 'a negative has no motivations');
    items.push(item);
  });
  return items;
}

/** Reads one split of the corpus from the repository. */
export function loadCorpus(split: CorpusSplit): CorpusItem[] {
  const path = fileURLToPath(new URL(`../../tests/corpus/${split}.jsonl`, import.meta.url));
  return parseCorpus(readFileSync(path, 'utf8'), `tests/corpus/${split}.jsonl`);
}
