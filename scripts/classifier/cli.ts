import { readFileSync } from 'node:fs';

/** A mistake in the command line (exit code 2) or in its input (1): printed as one line, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export const runCli = (main: () => void): void => {
  try {
    main();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(error.exitCode);
  }
};

/** The file's bytes, or a CliError naming what could not be read and why. */
export const readBytes = (file: string, what: string): Buffer => {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
};

export const readText = (file: string, what: string): string => readBytes(file, what).toString('utf8');

/** JSONL lines without the trailing empty one, numbered from 1. */
export const jsonlLines = (text: string): { line: string; number: number }[] => {
  const lines = text.split('\n').map((line, i) => ({ line: line.replace(/\r$/, ''), number: i + 1 }));
  if (lines.length > 0 && lines[lines.length - 1]?.line === '') lines.pop();
  return lines;
};
