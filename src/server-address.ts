/** `<dataDir>/server.json`: where a running server answers ({"url","pid"}), so that the CLI
 * on the same data folder can ask it rather than open the store. Written when the server
 * listens, removed when it stops. */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServerAddress {
  readonly url: string;
  readonly pid: number;
}

export const SERVER_FILE = 'server.json';

/** Writes the file (atomically: a reader never sees half of it); false when the folder is not
 * writable (a read-only data folder), which the caller reports. */
export function writeServerAddress(dataDir: string, address: ServerAddress): boolean {
  const path = join(dataDir, SERVER_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(temporary, `${JSON.stringify(address)}\n`);
    renameSync(temporary, path);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

/** Removes the file if it is still this process's (another server may have taken over). */
export function removeServerAddress(dataDir: string, pid = process.pid): void {
  const path = join(dataDir, SERVER_FILE);
  const current = readServerAddress(dataDir);
  if (current?.pid === pid) rmSync(path, { force: true });
}

/** The address of the server that announced itself in `dataDir`, if its process still runs. */
export function readServerAddress(dataDir: string): ServerAddress | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dataDir, SERVER_FILE), 'utf8'));
  } catch {
    return null;
  }
  const { url, pid } = (parsed ?? {}) as Partial<ServerAddress>;
  if (typeof url !== 'string' || typeof pid !== 'number') return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs under another user; ESRCH: it is gone (a crash left the file behind).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return { url, pid };
}
