/** `<dataDir>/server.json`: where a running server answers ({"url","pid"}), so that the CLI
 * on the same data folder can ask it rather than open the store. Written as {"pid","starting"}
 * when the server begins to open the store (a first start loads the bundled data, which takes a
 * while), then with its url when it listens; removed when it stops. */
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
  return writeFile(dataDir, address);
}

/** Says that this process is starting a server on the folder (before it opens the store), unless
 * another live process already announced itself there: that one keeps the file, and this start
 * will stop at the store's lock with its own message. */
export function announceStarting(dataDir: string, pid = process.pid): boolean {
  const current = readRaw(dataDir);
  if (current && current.pid !== pid && alive(current.pid)) return false;
  return writeFile(dataDir, { pid, starting: true });
}

/** The pid of a live process that announced it is starting a server on the folder. */
export function startingServerPid(dataDir: string): number | null {
  const current = readRaw(dataDir);
  return current?.starting === true && alive(current.pid) ? current.pid : null;
}

function writeFile(dataDir: string, content: object): boolean {
  const path = join(dataDir, SERVER_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(temporary, `${JSON.stringify(content)}\n`);
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
  if (readRaw(dataDir)?.pid === pid) rmSync(path, { force: true });
}

function readRaw(dataDir: string): { url?: unknown; pid: number; starting?: unknown } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dataDir, SERVER_FILE), 'utf8'));
  } catch {
    return null;
  }
  const raw = (parsed ?? {}) as { url?: unknown; pid?: unknown; starting?: unknown };
  return typeof raw.pid === 'number' ? { ...raw, pid: raw.pid } : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs under another user; ESRCH: it is gone (a crash left the file behind).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The address of the server that announced itself in `dataDir`, if its process still runs. */
export function readServerAddress(dataDir: string): ServerAddress | null {
  const raw = readRaw(dataDir);
  if (!raw || typeof raw.url !== 'string' || !alive(raw.pid)) return null;
  return { url: raw.url, pid: raw.pid };
}
