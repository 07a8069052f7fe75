// Request size limits that several layers must agree on.

/**
 * The largest server-action request, in megabytes. The longest valid article (200,000 characters of body, at most
 * three UTF-8 bytes each, plus JSON escaping and its other fields) stays well below it; Next's own limit
 * (next.config.ts) and the proxy's check (server/action-request.ts) both use this number, so a larger request gets
 * the proxy's Danish 413 instead of Next's "Body exceeded" 500.
 */
export const ACTION_BODY_LIMIT_MB = 2;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;
