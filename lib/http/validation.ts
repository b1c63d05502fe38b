import * as z from 'zod';
import ru from 'zod/v4/locales/ru.js';
import { type FieldProblem, unprocessable, type Problem } from './problem.ts';

// Only the Russian messages: importing z.locales would bundle every language.
z.config(ru());

const toPointer = (path: readonly PropertyKey[]): string =>
  '/' + path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

export const fieldProblems = (error: z.ZodError): FieldProblem[] =>
  error.issues.map((issue) => ({ pointer: toPointer(issue.path), code: issue.code, detail: issue.message }));

export const validationProblem = (error: z.ZodError): Problem =>
  unprocessable('validation_failed', 'Проверьте заполнение полей: некоторые значения указаны неверно.', fieldProblems(error));

/** Parses with the schema or throws a 422 problem listing every field that failed. */
export const parseOrThrow = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw validationProblem(result.error);
  return result.data;
};
