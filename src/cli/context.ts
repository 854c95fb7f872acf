/** Opens the app context for one CLI command and closes it afterwards; `env` is the command's
 * environment (CliIO.env, process.env by default). */
import { readConfig } from '../config.ts';
import { openAppContext, type AppContext } from '../service/index.ts';

export async function withContext<T>(
  fn: (ctx: AppContext) => Promise<T>,
  env: Record<string, string | undefined> = process.env,
): Promise<T> {
  const ctx = await openAppContext(readConfig(env));
  try {
    return await fn(ctx);
  } finally {
    await ctx.store.close();
  }
}
