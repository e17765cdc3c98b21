/**
 * `npm run diagnose -- <file> [--buyer NAME]… [--seller NAME]… [--format md|jsonl]`:
 * reads a transcript, email or notes file and prints the motivations and role cues found
 * in the buyer's words. See scripts/diagnose/ for the parsers and renderers.
 */
import { readFileSync } from 'node:fs';
import { runDiagnose } from './diagnose/run-diagnose';

const result = runDiagnose(process.argv.slice(2), {
  readText: (path) => readFileSync(path, 'utf8'),
  modelText: () => readFileSync(new URL('../public/models/detector.json', import.meta.url), 'utf8'),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
