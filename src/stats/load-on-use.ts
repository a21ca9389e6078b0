import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The function a CommonJS package exports, loaded on its first call rather than at start-up.
 * stdlib's distributions are hundreds of small modules (about 0.2 s to load); the worker threads
 * that only read rows never compute an interval, and start without them.
 */
export function loadOnUse<F extends (...args: never[]) => number>(name: string): F {
  let loaded: F | undefined;
  return ((...args: Parameters<F>) => {
    loaded ??= require(name) as F;
    return loaded(...args);
  }) as F;
}
