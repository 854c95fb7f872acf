/** `npm start`: serves API + web on HOST:PORT, building the web app meanwhile when it is
 * missing or stale (the API answers at once; pages wait for the build). */
import { readConfig } from './config.ts';
import { runServer } from './server-main.ts';
import { ensureWebBuilt } from './web-build.ts';

try {
  const config = readConfig();
  const build = ensureWebBuilt((line) => console.log(line));
  const { close } = await runServer(config, (line) => console.log(line));
  await build.then(
    () => undefined,
    async (error: unknown) => {
      await close();
      throw error;
    },
  );
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const err = error as Error & { code?: string };
  console.error(`fourchette: ${err.code ? err.message : (err.stack ?? err.message)}`);
  process.exit(1);
}
