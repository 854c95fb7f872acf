import { readConfig } from '../../config.ts';
import { runServer } from '../../server-main.ts';
import { numberOption, parseCommandArgs, type Command } from '../command.ts';

const command: Command = {
  summary: 'serve the HTTP API (and the web app when built)',
  help: `Usage: fourchette serve [--host HOST] [--port PORT] [--json]

Serves the API on HOST:PORT (defaults: the HOST and PORT environment variables, else 127.0.0.1:3000).
--json prints one JSON line {"url"} once listening.`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      host: { type: 'string' },
      port: { type: 'string' },
      json: { type: 'boolean' },
    });
    const env = { ...process.env };
    if (values.host) env.HOST = values.host;
    const port = numberOption('port', values.port, { min: 0, integer: true });
    if (port !== undefined) env.PORT = String(port);
    const config = readConfig(env);
    const log = (line: string) => (values.json ? undefined : io.stderr.write(`${line}\n`));
    const { url, close } = await runServer(config, log);
    if (values.json) io.stdout.write(`${JSON.stringify({ url })}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await close();
    return 0;
  },
};
export default command;
