import type { Logger } from 'pino';

export function logger(): Logger;
export const SECRET_KEYS: string[];
