/**
 * One process per PGlite data directory: a lock file created exclusively, holding the
 * owner's pid and (for a running server) its port, so token commands can reach it instead.
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ownerOnlyDir } from './store/owner-only';

export interface LockInfo {
  pid: number;
  /** Set when the owner is a running server. */
  port?: number;
  host?: string;
}

export class DataDirLockedError extends Error {
  constructor(readonly owner: LockInfo) {
    super(
      `The data directory is in use by process ${owner.pid}${owner.port ? ` (server on port ${owner.port})` : ''}.`,
    );
  }
}

const lockPath = (dataDir: string) => join(dataDir, 'motive-server.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live owner of the directory, if any (a stale lock of a dead process is ignored). */
export function lockOwner(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
    return alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DataDirLockedError; returns the release function. */
export function acquireDataDirLock(dataDir: string, info: Omit<LockInfo, 'pid'> = {}): () => void {
  ownerOnlyDir(dataDir);
  const path = lockPath(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeFileSync(fd, JSON.stringify({ pid: process.pid, ...info }));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = lockOwner(dataDir);
      if (owner !== null) throw new DataDirLockedError(owner);
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock ${dataDir}.`);
}

/** The admin secret of a data directory (created on first use, readable by its owner only). */
export function adminSecret(dataDir: string): string {
  const path = join(dataDir, 'admin-secret');
  if (!existsSync(path)) {
    ownerOnlyDir(dataDir);
    writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(path, 'utf8').trim();
}
