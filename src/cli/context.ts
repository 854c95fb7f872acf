/** Opens the app context for one CLI command and closes it afterwards. */
import { readConfig } from '../config.ts';
import { openAppContext, type AppContext } from '../service/index.ts';

export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await openAppContext(readConfig());
  try {
    return await fn(ctx);
  } finally {
    await ctx.store.close();
  }
}
