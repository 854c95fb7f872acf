/** `npm start`: builds the web app when it is missing, then serves API + web on HOST:PORT. */
import { readConfig } from './config.ts';
import { runServer } from './server-main.ts';
import { ensureWebBuilt } from './web-build.ts';

try {
  const config = readConfig();
  await ensureWebBuilt((line) => console.log(line));
  const { close } = await runServer(config, (line) => console.log(line));
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
