/** The running server of a data folder: `npm start` leaves `<dataDir>/server.json`
 * `{"url","pid"}` while it serves (src/server-address.ts). A CLI command on the same folder
 * asks that server instead of opening the store, which the server holds. A file left by a
 * server that died (its pid gone, or its url not answering) is ignored. */
import { join } from 'node:path';
import { readServerAddress, SERVER_FILE } from '../server-address.ts';

export function serverFilePath(dataDir: string): string {
  return join(dataDir, SERVER_FILE);
}

/** The url of the server serving this data folder, or null when none is there. A server whose
 * process lives but that is slow to answer (a busy machine) is still the one to ask: only a
 * refused connection or a wrong answer marks the file as stale. */
export async function runningServerUrl(dataDir: string, timeoutMs = 5000): Promise<string | null> {
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
