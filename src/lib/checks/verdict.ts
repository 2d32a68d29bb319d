/**
 * The content checker's verdict during `astro build`, shared between the
 * guard that runs it (src/integrations/content-guard.ts) and the loaders of
 * the collections (src/content.config.ts).
 *
 * The checker runs beside Astro's own reading of the collections. When that
 * reading fails first (a frontmatter field Astro's schema refuses, a YAML file
 * it cannot parse), Astro would report the first file it met, in its own
 * terms; a guarded loader waits for the checker instead, which names every
 * file, field and fix.
 */
import type { Loader } from 'astro/loaders';
import { buildHook } from '../build-hook.ts';

/** Resolves once the checker has found no error; rejects with its report otherwise. */
type Verdict = () => Promise<void>;

const verdictHook = buildHook<Verdict>('content-verdict');

/** Lends the verdict of this build's check, or takes it back with `undefined`. */
export const setContentVerdict = verdictHook.set;

/** The loader, except that when it fails, the checker's report is thrown instead if it found errors. */
export function guardedLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        // Outside `astro build` (astro dev), nobody lends a verdict: Astro's error stands.
        await verdictHook.get()?.();
        throw error;
      }
    },
  };
}
