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

/**
 * Writing to the team needs no server of ours: the repository's issue form
 * « Nous écrire » (.github/ISSUE_TEMPLATE/nous-ecrire.yml), which also takes
 * corrections and requests to remove a name.
 */
export const contactUrl = `${repositoryUrl}/issues/new?template=nous-ecrire.yml`;

/**
 * Who publishes the site, for its legal notice (mentions légales, loi pour la
 * confiance dans l'économie numérique, article 6).
 *
 * PLACEHOLDER: no legal entity publishes the site yet. Before it goes public,
 * name the publisher (association, company or person) and the director of
 * the publication here; the legal notice reads them from this one place.
 */
export const publisher = {
  name: 'L’équipe du projet Alliances en territoires',
  description: 'un projet ouvert, dont le code et les contenus sont publics',
  director: 'À désigner avant l’ouverture publique du site : la personne qui représente l’éditeur',
};

/** Where the site is hosted: GitHub Pages (.github/workflows/deploy.yml). */
export const host = {
  name: 'GitHub Pages, un service de GitHub, Inc.',
  address: '88 Colin P. Kelly Jr. Street, San Francisco, CA 94107, États-Unis',
  url: 'https://pages.github.com/',
};

/** The licences of what the site publishes. */
export const licences = {
  texts: { name: 'Creative Commons Attribution – Partage dans les mêmes conditions 4.0 International (CC BY-SA 4.0)', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr' },
  data: { name: 'Licence Ouverte / Open Licence 2.0 (Etalab)', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
  code: { name: 'licence MIT', url: repositoryUrl },
};
