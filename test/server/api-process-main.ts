/** An API process as the server-mode and fault tests start it: `runServer` on the environment's
 * settings, without warming the estimator (the tests ask no estimate), printing {"url"} once
 * listening and stopping on SIGTERM. */
import { readConfig } from '../../src/config.ts';
import { runServer } from '../../src/server-main.ts';

const server = await runServer(readConfig(), (line) => process.stderr.write(`${line}\n`), {
  warmEstimator: false,
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
