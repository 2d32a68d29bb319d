/**
 * Each folder of fixtures/ is a tiny content tree laid over fixtures/_base
 * (a small valid site): the checker must report exactly the pinned lines, so
 * a vaguer message is a failing test.
 */
import { describe, expect, it } from 'vitest';
import { baseTree, checkFixture, fixtureNames, fixtureTree, printedBy } from './helpers.ts';
import { checkTree } from '../../src/lib/checks/index.ts';
import { formatText } from '../../src/lib/checks/engine/format.ts';

// Messages that several fixtures share, pinned once.
const RAW_HTML = 'HTML brut interdit : écrivez en Markdown (**gras**, [lien](https://…), ![description](/image.jpg), ## titre) ; seuls les commentaires <!-- … --> sont admis';
const MALFORMED_COMMENT = 'commentaire mal formé : il s’écrit <!-- texte --> (ni <!--> ni <!--->), sans <!--, --> ni --!> à l’intérieur, et rien ne le suit sur sa ligne';
const IMAGE_OFF_SITE = 'image hors du site : son adresse commence par une seule barre oblique, par exemple ![description](/images/photo.jpg) ; une adresse https://, //… ou data: ferait charger l’image ailleurs par le navigateur du lecteur';
const HTML_IN_MDX = 'balise HTML interdite dans un fichier .mdx : utilisez la syntaxe Markdown ou un composant autorisé (Citation, ChiffreCle, Encadre)';
const invisible = (what: string) => `caractère invisible ${what} : il peut faire afficher à la page autre chose que ce que montre le fichier ; supprimez-le`;
const LONE_CR = 'U+000D, retour chariot seul, une fin de ligne d’ancien Mac (enregistrez le fichier avec des fins de ligne Unix, LF)';
const forbiddenScheme = (scheme: string) => `adresse ${scheme}: interdite : un lien pointe vers une page web (https://…), une adresse mailto: ou une page du site (/…)`;

const expectedProblems: Record<string, string[]> = {
  // Editorial rules: the case template, the learning path's real cases, quiz answers that move
  'case-sections-wrong-heading': ['content/cas/cas-de-reference.mdx:47:1  ##  partie « Gouvernance » : à cette place, le modèle attend « Gouvernance et son évolution » (un détail se met en ### sous l’une des parties du modèle)  [cases/template-sections]'],
  'case-sections-real-without-open-questions': ['content/cas/cas-reel-incomplet.md:54:1  ##  partie manquante « Ce que nous ne savons pas encore » : les parties d’une fiche sont, dans l’ordre, « Contexte », « L’alliance et qui fait quoi », « Les instruments mobilisés », « Gouvernance et son évolution », « Ce qui a marché », « Ce qui a été difficile », « Ce que d’autres peuvent reprendre », « Ce que nous ne savons pas encore »  [cases/template-sections]'],
  'sequence-real-case-published': ['content/sequences/module-1/ouverture.md:9:1  illustrations  aucun cas réel dans illustrations : une séquence d’un module publié s’appuie sur au moins un cas réel (illustrative: false)  [sequences/real-case]'],
  'term-notes-real-case-without-note': [
    'content/cas/cas-reel-sans-note.md:19:5  instruments[0]  « dialogue-territorial » n’a pas de note : écrivez « - instrument: dialogue-territorial » puis, en dessous, « note: » et une phrase, tirée de la fiche et de ses sources, sur la façon dont il a joué ici  [cases/term-notes · avertissement]',
    'content/cas/cas-reel-sans-note.md:23:5  factors[1]  « alterite » n’a pas de note : écrivez « - factor: alterite » puis, en dessous, « note: » et une phrase, tirée de la fiche et de ses sources, sur la façon dont il a joué ici  [cases/term-notes · avertissement]',
  ],
  'quiz-positions-same': ['content/sequences/module-1/ouverture.md:14:5  quiz[0].choices  4 des 4 bonnes réponses du module sont en position 2 : variez leur place (pas plus de la moitié à la même position)  [quiz/answer-positions]'],
  // Raw HTML in .md: only a well-formed comment
  'md-script': [`content/cas/avec-script.md:27:1  HTML  ${RAW_HTML}  [markdown/no-raw-html]`],
  'md-style': [`content/cas/avec-style.md:27:1  HTML  ${RAW_HTML}  [markdown/no-raw-html]`],
  'md-event-handler': [`content/cas/avec-onerror.md:27:1  HTML  ${RAW_HTML}  [markdown/no-raw-html]`],
  'md-attribute-trick': [`content/cas/attribut-illisible.md:25:1  HTML  ${RAW_HTML}  [markdown/no-raw-html]`],
  'md-svg-set': [`content/cas/svg-set.md:25:1  HTML  ${RAW_HTML}  [markdown/no-raw-html]`],
  'md-ping': [`content/cas/lien-ping.md:25:1  HTML  ${RAW_HTML}  [markdown/no-raw-html]`],
  'md-table-code-span': [`content/cas/tableau.md:27:8  HTML  ${RAW_HTML}  [markdown/no-raw-html]`],
  'md-comment-abrupt': [`content/cas/commentaire-abrege.md:27:1  HTML  ${MALFORMED_COMMENT}  [markdown/no-raw-html]`],
  'md-comment-bang': [`content/cas/commentaire-bang.md:27:1  HTML  ${MALFORMED_COMMENT}  [markdown/no-raw-html]`],
  'md-comment-inline-abrupt': [`content/cas/commentaire-en-ligne.md:25:7  HTML  ${MALFORMED_COMMENT}  [markdown/no-raw-html]`],
  // Found by the fuzzer (fuzz/): the Markdown reader ends a line at a lone carriage return, the checker did not, and
  // every position after it was a line off. Both count it now, as editors do, and the rule on invisible characters refuses it.
  'md-lone-carriage-return': [
    `content/cas/fins-de-ligne-mac.md:25:7  ${invisible(LONE_CR)}  [text/invisible-characters]`,
    `content/cas/fins-de-ligne-mac.md:26:1  ${invisible(LONE_CR)}  [text/invisible-characters]`,
    `content/cas/fins-de-ligne-mac.md:27:1  HTML  ${RAW_HTML}  [markdown/no-raw-html]`,
  ],
  'md-unclosed-comment': ['content/cas/commentaire-ouvert.md:27:1  HTML  commentaire non fermé : ajoutez --> à sa fin (sinon il cache toute la suite de la page)  [markdown/no-raw-html]'],
  // MDX: text and the allow-listed components, never code or HTML tags
  'mdx-export': ['content/cas/avec-export.mdx:27:1  export  export interdit : le contenu ne peut pas définir de code ; retirez ce bloc  [mdx/no-import-export]'],
  'mdx-import': ['content/cas/avec-import.mdx:25:1  import  import interdit : le contenu ne peut pas charger de code ; retirez cette ligne (les composants autorisés, Citation, ChiffreCle, Encadre, s’utilisent sans import)  [mdx/no-import-export]'],
  'mdx-expression': ['content/cas/avec-expression.mdx:25:26  {…}  expression JavaScript {…} interdite : écrivez du texte (une accolade s’écrit \\{)  [mdx/no-expression]'],
  'mdx-footnote-expression': ['content/cas/avec-note.mdx:27:7  {…}  expression JavaScript {…} interdite : écrivez du texte (une accolade s’écrit \\{)  [mdx/no-expression]'],
  'mdx-attribute-expression': ['content/cas/avec-attribut-calcule.mdx:25:1  <Citation auteur>  valeur calculée auteur={…} interdite : écrivez auteur="texte"  [mdx/no-expression]'],
  'mdx-spread': ['content/cas/avec-spread.mdx:25:1  <Citation>  attributs dépliés {...} interdits : écrivez chaque attribut avec sa valeur entre guillemets, nom="texte"  [mdx/no-expression]'],
  'mdx-script': [`content/cas/avec-script.mdx:27:1  <script>  ${HTML_IN_MDX}  [mdx/allowed-elements]`],
  'mdx-iframe': [`content/cas/avec-iframe.mdx:27:1  <iframe>  ${HTML_IN_MDX}  [mdx/allowed-elements]`],
  'mdx-event-handler': [`content/cas/avec-onerror.mdx:27:1  <img>  ${HTML_IN_MDX}  [mdx/allowed-elements]`],
  'mdx-style-attribute': [`content/cas/attribut-style.mdx:25:1  <div>  ${HTML_IN_MDX}  [mdx/allowed-elements]`],
  'mdx-svg-animate': [`content/cas/svg-animate.mdx:25:1  <svg>  ${HTML_IN_MDX}  [mdx/allowed-elements]`],
  'mdx-lowercase-element': [
    `content/cas/balise-html.mdx:25:1  <details>  ${HTML_IN_MDX}  [mdx/allowed-elements]`,
    `content/cas/balise-html.mdx:27:1  <>  ${HTML_IN_MDX}  [mdx/allowed-elements]`,
  ],
  'mdx-table-code-span': ['content/cas/tableau.mdx:27:8  MDX mal formé : Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (une accolade s’écrit \\{ et un chevron \\<, une balise ouverte se referme)  [body/syntax]'],
  'mdx-syntax-error': ['content/cas/balise-non-fermee.mdx:25:1  MDX mal formé : Expected a closing tag for `<Encadre>` (une accolade s’écrit \\{ et un chevron \\<, une balise ouverte se referme)  [body/syntax]'],
  // MDX components and their props
  'mdx-unknown-component': ['content/cas/avec-composant-inconnu.mdx:25:1  <Citations>  composant inconnu <Citations> — vouliez-vous dire <Citation> ?  [mdx/allowed-elements]'],
  'mdx-unknown-prop': ['content/cas/avec-attribut-inconnu.mdx:25:1  <Citation autor>  attribut inconnu « autor » — vouliez-vous dire « auteur » ?  [mdx/component-props]'],
  'mdx-missing-prop': ['content/cas/avec-attribut-manquant.mdx:25:1  <ChiffreCle libelle>  attribut obligatoire manquant — attendu un texte entre guillemets, par exemple libelle="des habitants consultés"  [mdx/component-props]'],
  'mdx-non-string-prop': ['content/cas/avec-attribut-sans-valeur.mdx:25:1  <ChiffreCle valeur>  attendu un texte entre guillemets, par exemple valeur="42 %" — trouvé la valeur true  [mdx/component-props]'],
  // URLs: images from the site only, links to the web, mail or the site
  'md-remote-image': [`content/cas/image-distante.md:25:1  image  ${IMAGE_OFF_SITE}  [urls/allowed]`],
  'md-protocol-relative-image': [
    `content/cas/image-sans-protocole.md:25:1  image  ${IMAGE_OFF_SITE}  [urls/allowed]`,
    `content/cas/image-sans-protocole.md:25:35  image  ${IMAGE_OFF_SITE}  [urls/allowed]`,
  ],
  'md-data-image': [`content/cas/avec-image-data.md:25:1  image  ${IMAGE_OFF_SITE}  [urls/allowed]`],
  'md-reference-image': [`content/cas/reference-image.md:25:4  image  ${IMAGE_OFF_SITE}  [urls/allowed]`],
  'mdx-javascript-link': [`content/cas/avec-lien-javascript.mdx:25:4  lien  ${forbiddenScheme('javascript')}  [urls/allowed]`],
  'md-encoded-javascript-link': [
    `content/cas/avec-lien-encode.md:25:4  lien  ${forbiddenScheme('javascript')}  [urls/allowed]`,
    `content/cas/avec-lien-encode.md:25:47  lien  ${forbiddenScheme('javascript')}  [urls/allowed]`,
  ],
  'md-reference-javascript': [`content/cas/reference-javascript.md:27:1  lien  ${forbiddenScheme('javascript')}  [urls/allowed]`],
  'link-other-schemes': [
    `content/cas/liens-schemas.md:25:1  lien  ${forbiddenScheme('data')}  [urls/allowed]`,
    `content/cas/liens-schemas.md:25:23  lien  ${forbiddenScheme('vbscript')}  [urls/allowed]`,
    `content/cas/liens-schemas.md:25:39  lien  ${forbiddenScheme('file')}  [urls/allowed]`,
    `content/cas/liens-schemas.md:25:63  lien  ${forbiddenScheme('tel')}  [urls/allowed]`,
    'content/cas/liens-schemas.md:25:83  lien  lien « autre-page/ » : écrivez l’adresse complète d’une page web (https://…) ou le chemin d’une page du site depuis sa racine (/cas/…)  [urls/allowed]',
  ],
  // links and images in bodies
  'broken-internal-link': ['content/cas/lien-casse.mdx:25:6  lien  lien interne cassé : la page /cas/cas-de-referense/ n’existe pas — vouliez-vous dire « /cas/cas-de-reference/ » ?  [links/internal]'],
  'link-without-trailing-slash': ['content/cas/lien-sans-barre.mdx:25:6  lien  ajoutez la barre oblique finale : /cas/cas-de-reference/  [links/internal]'],
  'image-without-alt': ['content/cas/image-sans-alt.mdx:25:1  image  image sans texte alternatif : écrivez entre les crochets ce que montre l’image  [images/alt]'],
  // headings of bodies (RGAA 9.1)
  'heading-level-1': ['content/cas/titre-niveau-1.md:25:1  #  titre de niveau 1 interdit dans le texte : la page a déjà le sien (le champ title) ; écrivez ## pour une partie  [headings/outline]'],
  'heading-skipped-level': ['content/cas/titre-saute.md:27:1  ####  niveau de titre sauté : ce #### suit un ## ; écrivez ### (un titre ne saute pas de niveau)  [headings/outline]'],
  // invisible characters, in frontmatter, body and YAML files
  'invisible-characters': [
    `content/cas/texte-retourne.md:2:18  ${invisible('U+202E, contrôle de direction du texte (et 1 autre sur cette ligne)')}  [text/invisible-characters]`,
    `content/cas/texte-retourne.md:27:21  ${invisible('U+2066, contrôle de direction du texte (et 2 autres sur cette ligne)')}  [text/invisible-characters]`,
    `content/cas/texte-retourne.md:29:46  ${invisible('U+200B, espace sans chasse')}  [text/invisible-characters]`,
    `content/pionniers/port-nul.yaml:4:37  ${invisible('U+0000, caractère nul')}  [text/invisible-characters]`,
  ],
  // files, frontmatter and YAML
  'unknown-file-extension': [
    'content/cas/nouveau-cas.MD:1:1  fichier ignoré par le site : extension en minuscules : .md  [files/unread]',
    'content/pionniers/port-autonome.yml:1:1  fichier ignoré par le site : renommez en .yaml  [files/unread]',
  ],
  'unknown-folder': ['content/cases/nouveau-cas.md:1:1  fichier ignoré par le site : dossier inconnu « cases » — vouliez-vous dire « cas » ?  [files/unread]'],
  'symlinked-file': ['content/cas/lien.md:1:1  fichier ignoré par le site : lien symbolique ; mettez ici le fichier lui-même  [files/unread]'],
  'missing-frontmatter': ['content/cas/sans-entete.md:1:1  en-tête manquant : la première ligne doit être --- , suivie des champs puis d’une autre ligne ---  [frontmatter/delimiters]'],
  'frontmatter-closing-line': ['content/cas/fermeture-piegee.md:24:1  le site lit ici la fin de l’en-tête : écrivez --- seul sur la ligne qui le ferme, et ne commencez aucune ligne de l’en-tête par --- ou +++  [frontmatter/delimiters]'],
  'malformed-yaml': ['content/pionniers/port-autonome.yaml:3:14  YAML mal formé : ligne mal formée ; chaque champ s’écrit « clé: valeur » sur sa ligne, et un texte qui contient « : » se met entre guillemets  [yaml/syntax]'],
  // Found by the fuzzer (fuzz/): lists in lists a thousand levels deep made the YAML reader speak JavaScript
  // (« Maximum call stack size exceeded »), at a place that depended on the machine; refused from 50 levels on.
  'yaml-too-deep': ['content/pionniers/port-profond.yaml:6:59  YAML mal formé : valeur imbriquée sur plus de 50 niveaux ; un champ tient en quelques niveaux de listes et de sous-champs  [yaml/syntax]'],
  // Found by the fuzzer (fuzz/): a second document was reported in English.
  'yaml-second-document': ['content/pionniers/port-double.yaml:6:1  YAML mal formé : une ligne --- ou ... commence ici une seconde série de champs ; un fichier n’en a qu’une (retirez cette ligne)  [yaml/syntax]'],
  // Found by the fuzzer (fuzz/): a few nested aliases expanded into millions of values and crashed the checker.
  // Found by the fuzzer (fuzz/): a list as a key made the YAML reader print an English warning on the console.
  'yaml-list-as-key': ['content/pionniers/port-cle-liste.yaml:1:1  [ a, b ]  champ inconnu « [ a, b ] » — champs acceptés : name, actorType, region, website, joined, description, illustrative, sources  [schema/fields]'],
  'yaml-alias-bomb': ['content/pionniers/port-alias.yaml:5:8  YAML mal formé : alias *a interdit ; écrivez la valeur elle-même à cet endroit (ni ancre &nom ni alias *nom dans le contenu)  [yaml/syntax]'],
  'tab-indent': ['content/pionniers/port-autonome.yaml:6:1  YAML mal formé : tabulation utilisée pour indenter ; le YAML n’accepte que des espaces  [yaml/syntax]'],
  'bad-file-name': ['content/cas/Etude_Dunkerque.md:1:1  nom « Etude_Dunkerque » : un nom de fichier ou de dossier s’écrit en minuscules, chiffres et tirets, par exemple « etude-dunkerque »  [files/name]'],
  'taxonomy-not-a-list': [
    'content/cas/cas-de-reference.mdx:11:1  stage  stade inconnu « emergence » — content/taxonomies/stades.yaml n’en définit aucun  [references/unknown]',
    'content/taxonomies/stades.yaml:1:1  une taxonomie est une liste : chaque entrée commence par « - id: … » (voir content/taxonomies/stades.yaml)  [yaml/syntax]',
  ],
  // schema of the content model
  'missing-required-field': ['content/cas/sans-titre.mdx:2:1  title  champ obligatoire manquant — attendu un texte  [schema/fields]'],
  'unknown-frontmatter-key': ['content/cas/champ-inconnu.mdx:3:1  resume  champ inconnu « resume » — champs acceptés : title, summary, illustrative, territory, startYear, startYearUndocumented, endYear, stage, instigator, partners, themes, instruments, factors, partnershipForms, outcomes, sources, updated  [schema/fields]'],
  'wrong-type-year': ['content/cas/annee-en-texte.mdx:10:1  startYear  startYear : attendu une année en chiffres, par exemple 2016 — trouvé le texte « 2016 »  [schema/fields]'],
  'wrong-type-boolean': ['content/cas/illustratif-oui.mdx:4:1  illustrative  attendu true ou false — trouvé le texte « oui »  [schema/fields]'],
  'summary-too-short': ['content/cas/resume-court.mdx:3:1  summary  le résumé doit faire au moins 40 caractères — il en fait 11  [schema/fields]'],
  'text-too-long': [
    'content/cas/titre-long.mdx:2:1  title  le titre doit tenir en 160 caractères — il en fait 182  [schema/fields]',
    'content/cas/titre-long.mdx:6:3  territory.name  le nom du territoire doit tenir en 100 caractères — il en fait 102  [schema/fields]',
    'content/cas/titre-long.mdx:15:5  partners[0].role  le rôle doit tenir en 300 caractères — il en fait 305  [schema/fields]',
    'content/temoignages/parole-d-elue.md:5:3  speaker.role  la fonction doit tenir en 160 caractères — il en fait 189  [schema/fields]',
  ],
  'empty-partner-role': ['content/cas/role-vide.mdx:15:5  partners[0].role  ce champ ne peut pas être vide  [schema/fields]'],
  'list-separator-in-role': ['content/cas/role-avec-barre.mdx:15:5  partners[0].role  «\u00a0|\u00a0» sépare les éléments des listes dans les données ouvertes (CSV)\u00a0: écrivez «\u00a0/\u00a0» ou une virgule à la place  [csv/list-separator]'],
  'future-year': ['content/cas/annee-future.mdx:10:1  startYear  startYear : cette année est dans le futur ; indiquez une année passée ou l\'année en cours  [schema/fields]'],
  'http-url': ['content/pionniers/port-en-http.yaml:3:1  website  adresse non sécurisée : écrivez-la avec https:// (les liens http:// ne sont pas acceptés)  [schema/fields]'],
  'real-case-without-sources': ['content/cas/cas-reel-sans-source.mdx:2:1  sources  un cas réel doit citer au moins une source publique (label + url)  [sources/real-content]'],
  'figure-without-source': ['content/cas/chiffre-sans-source.mdx:27:5  outcomes[0].source  le chiffre « emplois créés » n’a pas de source ; ajoutez source: { label, url } ou retirez-le  [sources/real-content]'],
  'no-region-for-commune': ['content/cas/sans-region.mdx:8:3  territory.regions  indiquez au moins une région (seule une alliance de niveau « national » peut n’en avoir aucune)  [schema/fields]'],
  'partner-twice': ['content/cas/partenaire-en-double.mdx:16:5  partners[1].pioneer  le partenaire « entreprise-du-port » figure deux fois ; réunissez ses rôles en une seule ligne  [schema/fields]'],
  'partner-is-instigator': ['content/cas/instigateur-partenaire.mdx:14:5  partners[0].pioneer  « mairie-de-dunkerque » est déjà l’instigateur ; ne le répétez pas parmi les partenaires  [schema/fields]'],
  // references
  'unknown-pioneer': ['content/cas/pionnier-inconnu.mdx:12:1  instigator  pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?  [references/unknown]'],
  'unknown-theme': ['content/cas/theme-inconnu.mdx:17:5  themes[0]  thème inconnu « emploi » — vouliez-vous dire « emploi-insertion » ?  [references/unknown]'],
  'unknown-region-listed': ['content/cas/region-inconnue.mdx:9:7  territory.regions[0]  région inconnue « bretagne » — identifiants possibles (content/taxonomies/regions.yaml) : hauts-de-france  [references/unknown]'],
  'unknown-case-in-testimony': ['content/temoignages/parole-d-elue.md:13:5  cases[0]  cas inconnu « cas-de-referenc » — vouliez-vous dire « cas-de-reference » ?  [references/unknown]'],
  // the learning path
  'unknown-module': ['content/sequences/module-9/ouverture.md:1:1  module  le dossier porte l’identifiant du module : module inconnu « module-9 » — vouliez-vous dire « module-1 » ?  [sequences/module-folder]'],
  'sequence-outside-module': ['content/sequences/ouverture.md:1:1  module  une séquence se range dans le dossier de son module : content/sequences/<module>/ouverture.md  [sequences/module-folder]'],
  'sequence-named-fiche': ['content/sequences/module-1/fiche.md:1:1  nom réservé « fiche » : /parcours/module-1/fiche/ est la fiche imprimable du module ; donnez un autre nom à la séquence  [sequences/module-folder]'],
  'duplicate-order': [
    'content/modules/module-1.md:3:1  order  rang 1 aussi donné à content/modules/module-2.md : chaque module a le sien  [order/unique]',
    'content/modules/module-2.md:3:1  order  rang 1 aussi donné à content/modules/module-1.md : chaque module a le sien  [order/unique]',
    'content/sequences/module-1/ouverture.md:3:1  order  rang 1 aussi donné à content/sequences/module-1/suite.md : chaque séquence du module a le sien  [order/unique]',
    'content/sequences/module-1/suite.md:3:1  order  rang 1 aussi donné à content/sequences/module-1/ouverture.md : chaque séquence du module a le sien  [order/unique]',
  ],
  // duplicate ids
  'duplicate-id-extension': [
    'content/cas/cas-de-reference.md:1:1  identifiant « cas-de-reference » aussi donné par content/cas/cas-de-reference.mdx : ces fichiers donneraient la même page ; gardez-en un seul  [ids/unique]',
    'content/cas/cas-de-reference.mdx:1:1  identifiant « cas-de-reference » aussi donné par content/cas/cas-de-reference.md : ces fichiers donneraient la même page ; gardez-en un seul  [ids/unique]',
  ],
  'duplicate-id-case': [
    'content/cas/Cas-de-Reference.mdx:1:1  identifiant « cas-de-reference » aussi donné par content/cas/cas-de-reference.mdx : ces fichiers donneraient la même page ; gardez-en un seul  [ids/unique]',
    'content/cas/Cas-de-Reference.mdx:1:1  nom « Cas-de-Reference » : un nom de fichier ou de dossier s’écrit en minuscules, chiffres et tirets, par exemple « cas-de-reference »  [files/name]',
    'content/cas/cas-de-reference.mdx:1:1  identifiant « cas-de-reference » aussi donné par content/cas/Cas-de-Reference.mdx : ces fichiers donneraient la même page ; gardez-en un seul  [ids/unique]',
  ],
  'duplicate-taxonomy-id': ['content/taxonomies/themes.yaml:11:3  id  identifiant « sante » déjà utilisé ligne 6 : chaque entrée a le sien  [ids/unique]'],
};

describe('content checker fixtures', () => {
  it('accepts the base site: components, comments, tables, notes, headings, links and images with alt text', async () => {
    expect(checkTree(await baseTree()).map(formatText)).toEqual([]);
  });

  it('has a pinned message for every fixture folder', async () => {
    expect(Object.keys(expectedProblems).sort()).toEqual(await fixtureNames());
  });

  it.each(Object.entries(expectedProblems))('%s', async (name, expected) => {
    expect(await checkFixture(name)).toEqual(expected);
  });

  it('prints nothing of its own while it checks: a list as a key made the YAML reader warn in English (found by the fuzzer)', async () => {
    const tree = await fixtureTree('yaml-list-as-key');
    expect(printedBy(() => checkTree(tree)).printed).toEqual([]);
  });

  it('rejects a byte order mark, then checks the file as usual', async () => {
    const lines = await checkFixture('_base', (file) => (file.path.endsWith('cas-de-reference.mdx') ? `\uFEFF${file.text}` : file.text));
    expect(lines).toEqual(['content/cas/cas-de-reference.mdx:1:1  le fichier commence par une marque d’ordre des octets (BOM) : enregistrez-le en « UTF-8 » sans BOM  [files/encoding]']);
  });

  // Found by the fuzzer (fuzz/): with a BOM, the CRLF was placed one column too far, past the end of its line.
  it('places Windows line endings where an editor shows them, after a byte order mark too', async () => {
    const lines = await checkFixture('_base', (file) => (file.path.endsWith('themes.yaml') ? `\uFEFF${file.text.replaceAll('\n', '\r\n')}` : file.text));
    expect(lines).toEqual([
      'content/taxonomies/themes.yaml:1:1  le fichier commence par une marque d’ordre des octets (BOM) : enregistrez-le en « UTF-8 » sans BOM  [files/encoding]',
      'content/taxonomies/themes.yaml:1:23  fins de ligne Windows (CRLF) : enregistrez le fichier avec des fins de ligne Unix (LF)  [files/encoding]',
    ]);
  });

  it('rejects C1 controls and Unicode line separators, but not what languages need', async () => {
    const written = (text: string) => (file: { path: string; text: string }) => (file.path.endsWith('cas-de-reference.mdx') ? file.text.replace('title: Un cas de référence', `title: ${text}`) : file.text);
    // Soft hyphen, no-break spaces, joiners of Persian and of emoji: all visible or needed.
    expect(await checkFixture('_base', written('Un cas de réfé\u00ADrence\u00A0! «\u202FDunkerque\u202F» می\u200Cخواهم 👩\u200D🌾'))).toEqual([]);
    expect(await checkFixture('_base', written('Un cas de\u0085référence\u2028'))).toEqual([
      `content/cas/cas-de-reference.mdx:2:17  ${invisible('U+0085, caractère de contrôle (et 1 autre sur cette ligne)')}  [text/invisible-characters]`,
    ]);
  });

  it('rejects Windows line endings at the first one, then checks the file as usual', async () => {
    const lines = await checkFixture('_base', (file) => (file.path.endsWith('mairie-de-dunkerque.yaml') ? file.text.replaceAll('\n', '\r\n') : file.text));
    expect(lines).toEqual(['content/pionniers/mairie-de-dunkerque.yaml:1:26  fins de ligne Windows (CRLF) : enregistrez le fichier avec des fins de ligne Unix (LF)  [files/encoding]']);
  });
});
