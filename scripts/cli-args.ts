import { parseArgs, type ParseArgsConfig } from 'node:util';

// The backup and restore commands' arguments: Node's parseArgs, with its refusals (an unknown option, an option
// without its value, a stray word) said in Danish beside the usage line, and --help; never a stack trace.

type Options = NonNullable<ParseArgsConfig['options']>;

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export function parseOptions<T extends Options>(options: T, usage: string) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, strict: true }).values;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'([^' ]+)/.exec(message)?.[1] ?? '';
    const reason =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `Ukendt tilvalg ${option}.`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `Tilvalget ${option} mangler sin værdi.`
          : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? `Uventet argument ${option}.`
            : message.split('\n')[0];
    fail(`${reason}\n${usage}`);
  }
}
