/** Runs `fourchette <argv>` in this process and captures what it prints. */
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/main.ts';

export async function runFourchette(
  argv: string[],
  env?: Record<string, string | undefined>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await runCli(argv, { stdout: out, stderr: err, ...(env ? { env } : {}) });
  return { code, stdout, stderr };
}
