/**
 * A function an integration lends to the pages while Astro builds (or serves)
 * the site: the search index takes each rendered page, the preview painter
 * each image a page names. Integrations and pages run in the same process
 * but not in the same module graph (the pages are bundled), so the function
 * is kept under a key on globalThis rather than in a module variable.
 */
export function buildHook<Hook extends (...args: never[]) => void>(name: string) {
  const key = Symbol.for(`alliances:${name}`);
  const slot = globalThis as { [key]?: Hook };
  return {
    /** Lends the function, or takes it back with `undefined`. */
    set: (hook: Hook | undefined) => {
      slot[key] = hook;
    },
    /** The function lent, if any: outside a build nobody listens. */
    get: (): Hook | undefined => slot[key],
  };
}
