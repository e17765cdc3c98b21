/**
 * `npm run sites:check -- <html-file> --url <url>`: prints the context Motive extracts from a
 * saved page as JSON, then which selectors matched and which failed (stderr), so a changed app
 * DOM is found in a minute. Exit code 1 when the page is unreadable or a selector failed.
 * `npm run sites:check -- <folder>`: a table over every page in the folder (check-folder.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { checkFolder, formatTable } from './sites-check/check-folder';
import { checkPage, parseArgs } from './sites-check/check-page';

const folder = process.argv[2];
if (folder && !folder.startsWith('--') && statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  const rows = checkFolder(folder);
  console.log(formatTable(rows));
  process.exit(rows.some((row) => row.status !== 'ok' && row.status !== 'partial') ? 1 : 0);
}

const args = parseArgs(process.argv.slice(2));
if ('usage' in args) {
  console.error(args.usage);
  process.exit(2);
}
const check = checkPage(readFileSync(args.file, 'utf8'), args.url);
console.log(JSON.stringify(check, null, 2));
for (const { name, matched } of check.selectors.matched) console.error(`✔ ${name}: ${matched}`);
for (const name of check.selectors.failed) console.error(`✘ ${name}: no variant matched`);
console.error(
  `${check.app}: ${check.context.readStatus}` +
    (check.context.missing.length > 0 ? ` (missing: ${check.context.missing.join(', ')})` : ''),
);
process.exit(check.context.readStatus === 'unreadable' || check.selectors.failed.length > 0 ? 1 : 0);
