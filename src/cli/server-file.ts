/** The running server of a data folder: `npm start` leaves `<dataDir>/server.json`
 * `{"url","pid"}` while it serves (src/server-address.ts). A CLI command on the same folder
 * asks that server instead of opening the store, which the server holds. A file left by a
 * server that died (its pid gone, or its url not answering) is ignored. While a server is still
 * starting (`{"pid","starting":true}`: a first start loads the bundled data), the command
 * waits for its url rather than meet the store's lock. */
import { join } from 'node:path';
import { CodedError } from '../service/index.ts';
import { readServerAddress, SERVER_FILE, startingServerPid } from '../server-address.ts';

/** How long a command waits for a starting server (a first start on a busy machine). */
export const STARTING_WAIT_MS = 180_000;

export function serverFilePath(dataDir: string): string {
  return join(dataDir, SERVER_FILE);
}

/** The url of the server serving this data folder, or null when none is there. A server whose
 * process lives but that is slow to answer (a busy machine) is still the one to ask: only a
 * refused connection or a wrong answer marks the file as stale. */
export async function runningServerUrl(
  dataDir: string,
  timeoutMs = 5000,
  wait: { readonly onWait?: (pid: number) => void; readonly maxMs?: number } = {},
): Promise<string | null> {
  const pid = startingServerPid(dataDir);
  if (pid !== null) await waitWhileStarting(dataDir, pid, wait.onWait, wait.maxMs);
  const address = readServerAddress(dataDir);
  if (!address || !/^https?:\/\//.test(address.url)) return null;
  const url = address.url.replace(/\/+$/, '');
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok ? url : null;
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? url : null;
  }
}

async function waitWhileStarting(
  dataDir: string,
  pid: number,
  onWait: ((pid: number) => void) | undefined,
  maxMs = STARTING_WAIT_MS,
): Promise<void> {
  onWait?.(pid);
  const until = Date.now() + maxMs;
  while (startingServerPid(dataDir) === pid) {
    if (Date.now() >= until)
      throw new CodedError(
        'server-starting',
        `the server on ${dataDir} (pid ${pid}) is still starting after ${Math.round(maxMs / 1000)} s; run the command again once it says "Fourchette serving", or stop it`,
      );
    await new Promise((done) => setTimeout(done, 200));
  }
}
