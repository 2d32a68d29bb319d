/**
 * zod, as every schema of the site imports it. By default zod tries to compile
 * code (`new Function`) when it builds an object schema; in the browser (the
 * contribution form, and the search page, which share its bundle) the pages'
 * Content-Security-Policy forbids it and the browser reports a violation
 * (src/lib/content-security-policy.ts). Without compiled code, parsing is
 * slower by a margin that no page and no check notices.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
