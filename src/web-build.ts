/** Builds the web app with Vite when dist/web is missing or older than its sources, so that
 * `npm install && npm start` works on a fresh clone. The build runs in a child process, so the
 * API can start meanwhile. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname ?? '.', '..');
const WEB_SRC = join(ROOT, 'src', 'web');
const CONTRACT_SRC = join(ROOT, 'src', 'contract');
const INDEX = join(ROOT, 'dist', 'web', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    newest = Math.max(newest, s.isDirectory() ? newestMtime(path) : s.mtimeMs);
  }
  return newest;
}

export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  if (!existsSync(join(WEB_SRC, 'index.html'))) return;
  const built = existsSync(INDEX) ? statSync(INDEX).mtimeMs : 0;
  if (built > Math.max(newestMtime(WEB_SRC), newestMtime(CONTRACT_SRC))) return;
  log('building the web app (vite)…');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const status = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--config', join(WEB_SRC, 'vite.config.ts'), '--logLevel', 'warn'],
      { cwd: ROOT, stdio: 'inherit' },
    );
    child.once('error', reject);
    child.once('exit', (code) => resolvePromise(code));
  });
  if (status !== 0)
    throw Object.assign(
      new Error('the web app build failed (see the output above; run npm run build:web)'),
      { code: 'web-build-failed' },
    );
}
