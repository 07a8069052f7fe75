import type { Instrumentation } from 'next';

import { routeType } from '../scripts/metrics.cjs';
import { log } from '@/server/log';
import { countError } from '@/server/metrics';

type RequestErrorArgs = Parameters<Instrumentation.onRequestError>;

/** The id a reader sees for an error: Next's digest of it where there is one, else the request's id. */
export function errorIdOf(error: unknown, requestId: string | null): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest !== '' ? digest : requestId;
}

/** Logs an error thrown while answering a request (instrumentation.ts onRequestError) and counts it. */
export function reportRequestError(error: unknown, request: RequestErrorArgs[1], context: RequestErrorArgs[2]) {
  const header = request.headers['x-request-id'];
  const requestId = (Array.isArray(header) ? header[0] : header) ?? null;
  const path = request.path.split('?')[0] ?? '/';
  countError(routeType(path));
  log.error('request.error', {
    requestId,
    errorId: errorIdOf(error, requestId),
    method: request.method,
    path,
    routePath: context.routePath,
    routeType: context.routeType,
    renderSource: context.renderSource,
    err: error,
  });
}
