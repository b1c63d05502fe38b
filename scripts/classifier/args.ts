import { CliError } from './cli.ts';

/** Minimal argv parsing for the classifier scripts: `--name value` options and positional arguments. */
export function parseArgs(argv: readonly string[]): { options: Record<string, string>; positional: string[] } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--')) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new CliError(`option ${a} needs a value`, 2);
      options[a.slice(2)] = next;
      i++;
    } else positional.push(a);
  }
  return { options, positional };
}
