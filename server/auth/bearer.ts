import { timingSafeEqual } from 'node:crypto';

/**
 * Whether the request carries `Authorization: Bearer <expected>`, compared in constant time. Always false when
 * there is no expected token (the endpoint is then disabled).
 */
export function hasBearerToken(request: Request, expected: string | undefined): boolean {
  if (!expected) return false;
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
