/** The running server of a data folder: `npm start` leaves `<dataDir>/server.json`
 * `{"url","pid"}` while it serves (removed on exit). A CLI command on the same folder asks that
 * server instead of opening the store, which the server holds. A file left by a server that
 * died (its pid gone, or its url not answering) is ignored. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVER_FILE = 'server.json';

export interface ServerFile {
  readonly url: string;
  readonly pid: number;
}

export function serverFilePath(dataDir: string): string {
  return join(dataDir, SERVER_FILE);
}

export function readServerFile(dataDir: string): ServerFile | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(serverFilePath(dataDir), 'utf8'));
  } catch {
    return null; // absent, or half-written: no server to ask
  }
  const { url, pid } = (raw ?? {}) as Partial<ServerFile>;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  return { url: url.replace(/\/+$/, ''), pid };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, not ours to signal
  }
}

/** The url of the server serving this data folder, or null when none answers. */
export async function runningServerUrl(dataDir: string, timeoutMs = 2000): Promise<string | null> {
  const file = readServerFile(dataDir);
  if (!file || !processAlive(file.pid)) return null;
  try {
    const response = await fetch(`${file.url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok ? file.url : null;
  } catch {
    return null;
  }
}
