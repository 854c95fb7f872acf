/** `npm run fourchette -- <command> [options]`: finds src/cli/commands/<command>.ts. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodedError } from '../service/index.ts';
import { type CliIO, type Command } from './command.ts';

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands');

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function loadCommand(name: string): Promise<Command> {
  const module = (await import(join(commandsDir, `${name}.ts`))) as { default: Command };
  return module.default;
}

async function usage(io: CliIO): Promise<void> {
  const lines = [
    'Usage: fourchette <command> [options]   (npm run --silent fourchette -- <command>)',
    '',
    'Commands:',
  ];
  for (const name of commandNames())
    lines.push(`  ${name.padEnd(12)} ${(await loadCommand(name)).summary}`);
  lines.push('', 'Run `fourchette <command> --help` for the options of a command.');
  io.stdout.write(`${lines.join('\n')}\n`);
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await usage(io);
    return name ? 0 : 2;
  }
  const names = commandNames();
  if (!names.includes(name)) {
    io.stderr.write(
      `fourchette: unknown command "${name}" (expected one of: ${names.join(', ')})\n`,
    );
    return 2;
  }
  const command = await loadCommand(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.help.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const err = error as Error & { code?: string; status?: number };
    if (err instanceof CodedError) {
      io.stderr.write(`fourchette ${name}: ${err.message}\n`);
      // The user's input (usage, 4xx) exits 2; the store or the server failing exits 1.
      const status = 'status' in err && typeof err.status === 'number' ? err.status : 400;
      return status >= 500 || err.code.startsWith('store-') ? 1 : 2;
    }
    io.stderr.write(`fourchette ${name}: unexpected error: ${err.stack ?? err.message}\n`);
    return 1;
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const io: CliIO = { stdout: process.stdout, stderr: process.stderr };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
