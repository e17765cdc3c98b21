/**
 * The data directory holds every workspace's records and the token hashes: only the user
 * running the server may read it. PGlite's file system layer creates its files as 0666
 * whatever the umask, so the directories are made 0700 (which alone shuts everyone else
 * out, including from files created while the server runs) and every file 0600, when the
 * store opens and again when it closes.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Creates `dir` (0700) if needed. */
export function ownerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** Directories 0700 and files 0600 under `root`, walked without recursion. */
export function restrictToOwner(root: string): void {
  const stack = [root];
  while (stack.length > 0) {
    const path = stack.pop()!;
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (stat === undefined || stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) {
      chmodSync(path, 0o700);
      for (const name of readdirSync(path)) stack.push(join(path, name));
    } else if ((stat.mode & 0o777) !== 0o600) chmodSync(path, 0o600);
  }
}
