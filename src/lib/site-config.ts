/**
 * Where the site is published and where its sources live: the one place to
 * edit for the project's real address, a network's own copy or a fork. Each
 * value can be overridden at build time by an environment variable; the
 * GitHub Pages workflow sets the address and the base path from GitHub's own
 * Pages configuration. The .github files that GitHub reads as they are
 * (CODEOWNERS, issue templates) are written from here by `npm run github-files`.
 *
 * Read by astro.config.mjs, the pages, the contribution form (in the browser:
 * hence PUBLIC_ names, which Astro hands to client code) and the scripts.
 */

/**
 * Build-time environment: `process.env` where Node runs (astro.config.mjs, the
 * build, scripts), and Vite's `import.meta.env` in code bundled for the
 * browser (written out in full, the form Vite replaces; it holds PUBLIC_ names only).
 */
const env: Record<string, string | undefined> = {
  ...(() => {
    try {
      return import.meta.env;
    } catch {
      return {};
    }
  })(),
  ...(typeof process === 'undefined' ? {} : process.env),
};

const setting = (name: string, fallback: string): string => env[name]?.trim() || fallback;

/** `/`, or a sub-path such as `/alliances/`: always with its leading and trailing slash. */
export const normalizeBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

// PLACEHOLDERS until the project has its real address and repository: change them here (or by environment variable), nowhere else.
const owner = setting('PUBLIC_REPOSITORY_OWNER', 'alliances-en-territoires');

export const siteConfig = {
  /** The site's address, without its base path (PUBLIC_SITE_ORIGIN). */
  origin: setting('PUBLIC_SITE_ORIGIN', 'https://alliances-en-territoires.example.org').replace(/\/+$/, ''),
  /** The path the site is served under, `/` at the root of its domain (PUBLIC_SITE_BASE), e.g. `/alliances/` on GitHub Pages. */
  base: normalizeBase(setting('PUBLIC_SITE_BASE', '/')),
  /** The public repository that holds the content: the contribution form links to its « new file » page. */
  repository: {
    owner,
    name: setting('PUBLIC_REPOSITORY_NAME', 'alliances-en-territoires'),
    /** The branch contributions are proposed against (PUBLIC_REPOSITORY_BRANCH). */
    branch: setting('PUBLIC_REPOSITORY_BRANCH', 'main'),
  },
  /** The team that must approve changes to code and taxonomies (written into .github/CODEOWNERS). */
  maintainers: `@${owner}/mainteneurs`,
  /** The label of proposals made through the issue form. */
  proposalLabel: 'proposition de cas',
} as const;

/** The name of the site, in page titles, link previews, the feed and structured data. */
export const siteName = 'Alliances en territoires';

export const repositoryUrl = `https://github.com/${siteConfig.repository.owner}/${siteConfig.repository.name}`;

export const defaultBranch = siteConfig.repository.branch;
