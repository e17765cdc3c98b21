#!/usr/bin/env node
/**
 * `npm start`: builds Motive for Chrome and Firefox, starts the reference sync server with
 * its embedded database (PGlite in .data/server), creates a first token if there is none,
 * and prints how to load the extension and what to paste into its settings. Ctrl-C stops
 * the server cleanly (in-flight requests finish first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkNode } from './check-node.mjs';

const nodeProblem = checkNode(
  process.versions.node,
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node,
);
if (nodeProblem) {
  console.error(`✗ ${nodeProblem}`);
  process.exit(1);
}

const dataDir = resolve(process.env.MOTIVE_DATA ?? '.data/server');
const port = Number(process.env.PORT ?? 8787);
const tokenFile = join(dataDir, 'first-token.txt');

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed.`);
    process.exit(result.status ?? 1);
  }
}

function output(args) {
  const result = spawnSync('npx', ['tsx', 'server/cli.ts', ...args], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout);
    process.exit(result.status ?? 1);
  }
  return result.stdout.trim();
}

console.log('▶ Building for Chrome…');
run('npx', ['wxt', 'build']);
console.log('▶ Building for Firefox…');
run('npx', ['wxt', 'build', '-b', 'firefox']);

// A first token, created once and kept (readable by this user only) so restarts show it again.
let token = existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '';
const listed = output(['token', 'list', '--data', dataDir]);
if (!token || !listed.includes('active')) {
  const created = output(['token', 'create', '--workspace', 'my-team', '--user', 'me', '--data', dataDir]);
  token = created.split('\n').at(-1).trim();
  writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
}

console.log('▶ Starting the sync server…');
const server = spawn('npx', ['tsx', 'server/cli.ts', 'serve', '--port', String(port), '--data', dataDir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (announced || !String(chunk).includes('Motive sync server on')) return;
  announced = true;
  const endpoint = `http://127.0.0.1:${port}`;
  console.log(`
Motive is built and its sync server is running.

Load the extension
  Chrome:  open chrome://extensions → turn on "Developer mode" → "Load unpacked"
           → choose ${resolve('.output/chrome-mv3')}
  Firefox: open about:debugging#/runtime/this-firefox → "Load Temporary Add-on…"
           → choose ${resolve('.output/firefox-mv2/manifest.json')}

Open the panel: click Motive's toolbar icon (pin it from the puzzle-piece menu first), or press
Alt+Shift+M on a Gmail, Outlook, Meet, Zoom, Teams or CRM tab. Firefox: the same shortcut
opens the sidebar.

Connect it to the sync server: open Motive's settings page (right-click the toolbar icon → Options),
section "Sync", and paste
  Endpoint URL:  ${endpoint}
  Access token:  ${token}
then "Test connection" and "Save". More tokens: npm run server -- token create --workspace my-team --user <name>

Ctrl-C stops the server.`);
});

const stop = () => server.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
