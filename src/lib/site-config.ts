/**
 * Settings that depend on where the site and its sources are hosted, in one
 * place so that a fork or a move changes one line.
 */

/** The name of the site, in page titles, link previews, the feed and structured data. */
export const siteName = 'Alliances en territoires';

/**
 * The public repository that holds the content. The contribution form links to
 * its "create a new file" page, so a case proposed in the browser lands as a
 * pull request there.
 *
 * PLACEHOLDER: the organisation and repository do not exist yet; replace with
 * the real address once the repository is published (see CONTRIBUTING.md).
 */
export const repositoryUrl = 'https://github.com/alliances-en-territoires/alliances-en-territoires';

/** The branch contributions are proposed against. */
export const defaultBranch = 'main';
