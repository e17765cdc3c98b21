/**
 * `npx tsx scripts/train/check-written.ts`: validates every batch in `tests/corpus/written/`
 * (JSON per line, fields, vocabularies, unique ids, none clashing with train/dev) and prints
 * the totals per motivation, role, style, channel and voice. Exits 1 on any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { idsOutsideWritten } from './corpus';
import { checkWritten, idClashes, tally } from './written-corpus';

const dir = fileURLToPath(new URL('../../tests/corpus/written/', import.meta.url));
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.jsonl'))
  .sort()
  .map((name) => ({ source: `tests/corpus/written/${name}`, text: readFileSync(dir + name, 'utf8') }));
const { items, errors } = checkWritten(files);
errors.push(...idClashes(items, idsOutsideWritten()));

for (const error of errors) console.error(error);
const negatives = items.filter((i) => i.negative);
console.log(`${files.length} files, ${items.length} items, ${errors.length} problems`);
console.log(
  `negatives ${negatives.length} (traps ${negatives.filter((i) => i.trap).length}),`,
  `with role cues ${items.filter((i) => i.roles.length > 0).length},`,
  `two motivations ${items.filter((i) => i.motivations.length === 2).length},`,
  `with context ${items.filter((i) => i.context).length},`,
  `industries ${new Set(items.map((i) => i.industry)).size}`,
);
console.log(
  'motivations',
  tally(items, (i) => i.motivations),
);
console.log(
  'roles',
  tally(items, (i) => i.roles),
);
console.log(
  'style',
  tally(items, (i) => [i.style]),
);
console.log(
  'channel',
  tally(items, (i) => [i.channel]),
);
console.log(
  'voice',
  tally(items, (i) => [i.voice]),
);
process.exitCode = errors.length > 0 ? 1 : 0;
