import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import type { Role } from '#lib/domain/types.ts';
import { logger } from '#lib/observability/index.ts';
import { loggableError } from '#lib/observability/loggable-error.ts';
import { instrumented } from '#lib/observability/instrumented.ts';
import { authenticate, type Caller, requireRole } from './auth.ts';
import { badRequest, Problem } from './problem.ts';
import { parseOrThrow } from './validation.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export interface HttpRequest<Body> {
  event: APIGatewayProxyEventV2;
  headers: Record<string, string | undefined>;
  pathParameters: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  body: Body;
  correlationId: string;
}

export interface AuthenticatedRequest<Body> extends HttpRequest<Body> {
  caller: Caller;
}

export interface HttpResult {
  statusCode: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Options<S extends z.ZodType | undefined> {
  /** Request body schema; requests with a body on routes without one are refused. */
  body?: S;
  maxBodyBytes?: number;
}

type BodyOf<S> = S extends z.ZodType ? z.output<S> : undefined;

const CORRELATION_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The client's own id when it sent a sane one, else this invocation's request id (unique here and in AWS). */
const correlationIdOf = (event: APIGatewayProxyEventV2, context: Context): string => {
  const fromClient = event.headers['x-correlation-id'];
  return fromClient && CORRELATION_ID.test(fromClient) ? fromClient : context.awsRequestId;
};

const parseJsonBody = (event: APIGatewayProxyEventV2, maxBytes: number): unknown => {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
  if (raw.byteLength > maxBytes) {
    throw new Problem(413, 'body_too_large', `Запрос слишком большой: не более ${Math.floor(maxBytes / 1024)} КБ.`);
  }
  const contentType = event.headers['content-type'] ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new Problem(415, 'unsupported_media_type', 'Отправьте данные в формате JSON (Content-Type: application/json).');
  }
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw badRequest('malformed_json', 'Тело запроса — не корректный JSON.');
  }
};

const problemResponse = (problem: Problem, instance: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: problem.status,
  headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  body: JSON.stringify(problem.toJSON(instance)),
});

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const respond = (
  run: (event: APIGatewayProxyEventV2, correlationId: string) => Promise<HttpResult>,
): ((event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>) =>
  async (event, context) => {
    const correlationId = correlationIdOf(event, context);
    logger.setCorrelationId(correlationId);
    const common = { ...SECURITY_HEADERS, 'x-correlation-id': correlationId };
    try {
      const result = await run(event, correlationId);
      return {
        statusCode: result.statusCode,
        headers: {
          ...common,
          ...(result.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
          ...result.headers,
        },
        ...(result.body === undefined ? {} : { body: JSON.stringify(result.body) }),
      };
    } catch (error) {
      if (error instanceof Problem) {
        logger.info('request refused', { status: error.status, code: error.code });
        const response = problemResponse(error, event.rawPath);
        return { ...response, headers: { ...common, ...response.headers } };
      }
      logger.error('request failed', { error: loggableError(error) });
      const response = problemResponse(
        new Problem(500, 'internal_error', 'Что-то пошло не так. Попробуйте ещё раз позже.'),
        event.rawPath,
      );
      return { ...response, headers: { ...common, ...response.headers } };
    }
  };

const withObservability = (
  fn: (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>,
) =>
  instrumented(fn).use(httpHeaderNormalizer());

const requestOf = <Body>(event: APIGatewayProxyEventV2, body: Body, correlationId: string): HttpRequest<Body> => ({
  event,
  headers: event.headers,
  pathParameters: event.pathParameters ?? {},
  query: event.queryStringParameters ?? {},
  body,
  correlationId,
});

const parseBody = <S extends z.ZodType | undefined>(event: APIGatewayProxyEventV2, options: Options<S>): BodyOf<S> => {
  const json = parseJsonBody(event, options.maxBodyBytes ?? MAX_BODY_BYTES);
  if (!options.body) {
    if (json !== undefined) throw badRequest('unexpected_body', 'У этого запроса не должно быть тела.');
    return undefined as BodyOf<S>;
  }
  return parseOrThrow(options.body, json ?? {}) as BodyOf<S>;
};

/** A public route: no token needed. */
export const publicHttpHandler = <S extends z.ZodType | undefined = undefined>(
  options: Options<S>,
  run: (request: HttpRequest<BodyOf<S>>) => Promise<HttpResult>,
) => withObservability(respond(async (event, correlationId) => run(requestOf(event, parseBody(event, options), correlationId))));

/** A route for signed-in callers of the given roles; the token is verified before the body is even parsed. */
export const authenticatedHttpHandler = <S extends z.ZodType | undefined = undefined>(
  options: Options<S> & { roles: readonly Role[] },
  run: (request: AuthenticatedRequest<BodyOf<S>>) => Promise<HttpResult>,
) =>
  withObservability(
    respond(async (event, correlationId) => {
      const caller = await authenticate(event.headers['authorization']);
      requireRole(caller, options.roles);
      logger.appendKeys({ role: caller.role });
      return run({ ...requestOf(event, parseBody(event, options), correlationId), caller });
    }),
  );
