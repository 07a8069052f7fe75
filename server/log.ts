import { logger } from '../scripts/log.cjs';

// The app's side of the process's one logger (scripts/log.cjs). Every line is an event with a dotted name
// (`article.published`, `scheduler.run`, `backup.finished`, `request.error`, …) and plain fields; secrets are
// redacted by the logger whatever the caller passes. The events and their fields: docs/operations.md.
export type LogFields = Record<string, unknown>;

export const log = {
  debug: (event: string, fields: LogFields = {}, message?: string) => logger().debug({ event, ...fields }, message),
  info: (event: string, fields: LogFields = {}, message?: string) => logger().info({ event, ...fields }, message),
  warn: (event: string, fields: LogFields = {}, message?: string) => logger().warn({ event, ...fields }, message),
  error: (event: string, fields: LogFields = {}, message?: string) => logger().error({ event, ...fields }, message),
};
