/**
 * Settings that depend on where the site and its sources are hosted, in one
 * place so that a fork or a move changes one line.
 */

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
