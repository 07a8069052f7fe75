'use client';

// Inside the newsroom's desk, so its header and menu stay when a page fails.
export { default } from '../error';
