// The server's memory budget, shared by next.config.ts (the cache) and scripts/start.mjs (the V8 heap).
//
// CACHE_MEMORY_MB (default 128) bounds Next's in-memory route and data cache, as Next counts it (string lengths, so
// the real size is up to twice that). HEAP_MEMORY_MB (default three times the cache plus 128, at least 384) caps
// V8's heap: without a cap V8 lets garbage pile up towards its own limit of several gigabytes before collecting,
// and a crawl of 10,000 article pages grew the process past 1 GB although what it kept alive was a fraction of
// that. See docs/benchmarks.md for the measurements.

function positiveInteger(value, fallback) {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

export function cacheMemoryMb(env = process.env) {
  return positiveInteger(env.CACHE_MEMORY_MB, 128);
}

export function heapMemoryMb(env = process.env) {
  return positiveInteger(env.HEAP_MEMORY_MB, Math.max(384, 3 * cacheMemoryMb(env) + 128));
}
