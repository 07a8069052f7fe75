import type { Logger } from 'pino';

export function logger(): Logger;
export function createLogger(destination?: NodeJS.WritableStream): Logger;
