/**
 * What of an error may go to the logs: its name, message and stack, plus the code and attribute path of a
 * dynamodb-toolbox error and the request metadata of an AWS SDK error. Nothing else: the logger would otherwise
 * copy every property of the error, and a toolbox parsing error carries the value it refused (`payload.received`),
 * which may be a message's text or a citizen's e-mail.
 */
export const loggableError = (error: unknown): Record<string, unknown> => {
  if (!(error instanceof Error)) return { name: 'NonError', message: typeof error === 'string' ? error : typeof error };
  const { code, path, $metadata } = error as Error & { code?: unknown; path?: unknown; $metadata?: unknown };
  return {
    // toolbox errors keep the name 'Error'; their class says what they are (bundles keep class names)
    name: error.name === 'Error' ? error.constructor.name : error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof path === 'string' ? { path } : {}),
    ...($metadata && typeof $metadata === 'object' ? { $metadata } : {}),
  };
};
