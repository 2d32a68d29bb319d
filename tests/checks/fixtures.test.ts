/**
 * Each folder of fixtures/ is a tiny content tree laid over fixtures/_base
 * (a small valid site): the checker must report exactly the pinned lines, so
 * a vaguer message is a failing test.
 */
import { describe, expect, it } from 'vitest';
import { baseFiles, checkFixture, fixtureNames } from './helpers.ts';
import { checkFiles } from '../../src/lib/checks/index.ts';
import { formatText } from '../../src/lib/checks/format.ts';

const expectedProblems: Record<string, string[]> = {
  // MDX and HTML safety (parse only, nothing runs)
  'mdx-export': ['content/cas/avec-export.mdx:27:1  export  export interdit : le contenu ne peut pas définir de code ; retirez ce bloc'],
  'mdx-import': ['content/cas/avec-import.mdx:25:1  import  import interdit : le contenu ne peut pas charger de code ; retirez cette ligne (les composants autorisés, Citation, ChiffreCle, Encadre, s’utilisent sans import)'],
  'mdx-expression': ['content/cas/avec-expression.mdx:25:26  {…}  expression JavaScript {…} interdite : écrivez du texte (une accolade s’écrit \\{)'],
  'mdx-footnote-expression': ['content/cas/avec-note.mdx:27:7  {…}  expression JavaScript {…} interdite : écrivez du texte (une accolade s’écrit \\{)'],
  'mdx-attribute-expression': ['content/cas/avec-attribut-calcule.mdx:25:11  <Citation auteur>  valeur calculée auteur={…} interdite : écrivez auteur="texte"'],
  'mdx-spread': ['content/cas/avec-spread.mdx:25:11  <Citation>  attributs dépliés {...} interdits : écrivez chaque attribut avec sa valeur entre guillemets, nom="texte"'],
  'mdx-script': ['content/cas/avec-script.mdx:27:1  <script>  balise <script> interdite : le contenu ne peut intégrer ni script, ni cadre, ni style, ni formulaire'],
  'md-script': ['content/cas/avec-script.md:27:1  <script>  balise <script> interdite : le contenu ne peut intégrer ni script, ni cadre, ni style, ni formulaire'],
  'mdx-iframe': ['content/cas/avec-iframe.mdx:27:1  <iframe>  balise <iframe> interdite : le contenu ne peut intégrer ni script, ni cadre, ni style, ni formulaire'],
  'md-style': ['content/cas/avec-style.md:27:1  <style>  balise <style> interdite : le contenu ne peut intégrer ni script, ni cadre, ni style, ni formulaire'],
  'mdx-event-handler': ['content/cas/avec-onerror.mdx:27:43  <img onerror>  attribut onerror interdit : le contenu ne peut pas déclencher de script'],
  'md-event-handler': ['content/cas/avec-onerror.md:27:43  <img onerror>  attribut onerror interdit : le contenu ne peut pas déclencher de script'],
  'mdx-javascript-link': ['content/cas/avec-lien-javascript.mdx:25:4  lien  adresse javascript: interdite : un lien ou une image pointe vers une page en https:// ou vers le site (/…)'],
  'md-encoded-javascript-link': ['content/cas/avec-lien-encode.md:25:7  <a href>  adresse javascript: interdite : un lien ou une image pointe vers une page en https:// ou vers le site (/…)'],
  'md-data-image': ['content/cas/avec-image-data.md:25:1  image  adresse data: interdite : un lien ou une image pointe vers une page en https:// ou vers le site (/…)'],
  'mdx-syntax-error': ['content/cas/balise-non-fermee.mdx:25:1  MDX mal formé : Expected a closing tag for `<Encadre>` (une accolade s’écrit \\{ et un chevron \\<, une balise ouverte se referme)'],
  // MDX components and their props
  'mdx-unknown-component': ['content/cas/avec-composant-inconnu.mdx:25:1  <Citations>  composant inconnu <Citations> — vouliez-vous dire <Citation> ?'],
  'mdx-unknown-prop': ['content/cas/avec-attribut-inconnu.mdx:25:11  <Citation autor>  attribut inconnu « autor » — vouliez-vous dire « auteur » ?'],
  'mdx-missing-prop': ['content/cas/avec-attribut-manquant.mdx:25:1  <ChiffreCle libelle>  attribut obligatoire manquant — attendu un texte entre guillemets, par exemple libelle="des habitants consultés"'],
  'mdx-non-string-prop': ['content/cas/avec-attribut-sans-valeur.mdx:25:13  <ChiffreCle valeur>  attendu un texte entre guillemets, par exemple valeur="42 %" — trouvé la valeur true'],
  // files, frontmatter and YAML
  'missing-frontmatter': ['content/cas/sans-entete.md:1:1  en-tête manquant : la première ligne doit être --- , suivie des champs puis d’une autre ligne ---'],
  'malformed-yaml': ['content/pionniers/port-autonome.yaml:3:14  YAML mal formé : ligne mal formée ; chaque champ s’écrit « clé: valeur » sur sa ligne, et un texte qui contient « : » se met entre guillemets'],
  'tab-indent': ['content/pionniers/port-autonome.yaml:6:1  YAML mal formé : tabulation utilisée pour indenter ; le YAML n’accepte que des espaces'],
  'bad-file-name': ['content/cas/Etude_Dunkerque.md:1:1  nom « Etude_Dunkerque » : un nom de fichier ou de dossier s’écrit en minuscules, chiffres et tirets, par exemple « etude-dunkerque »'],
  'taxonomy-not-a-list': [
    'content/cas/cas-de-reference.mdx:11:1  stage  stade inconnu « emergence » — content/taxonomies/stades.yaml n’en définit aucun',
    'content/taxonomies/stades.yaml:1:1  une taxonomie est une liste : chaque entrée commence par « - id: … » (voir content/taxonomies/stades.yaml)',
  ],
  // schema of the content model
  'missing-required-field': ['content/cas/sans-titre.mdx:2:1  title  champ obligatoire manquant — attendu un texte'],
  'unknown-frontmatter-key': ['content/cas/champ-inconnu.mdx:3:1  resume  champ inconnu « resume » — champs acceptés : title, summary, illustrative, territory, startYear, startYearUndocumented, endYear, stage, instigator, partners, themes, instruments, factors, partnershipForms, outcomes, sources, updated'],
  'wrong-type-year': ['content/cas/annee-en-texte.mdx:10:1  startYear  startYear : attendu une année en chiffres, par exemple 2016 — trouvé le texte « 2016 »'],
  'wrong-type-boolean': ['content/cas/illustratif-oui.mdx:4:1  illustrative  attendu true ou false — trouvé le texte « oui »'],
  'summary-too-short': ['content/cas/resume-court.mdx:3:1  summary  le résumé doit faire au moins 40 caractères — il en fait 11'],
  'empty-partner-role': ['content/cas/role-vide.mdx:15:5  partners[0].role  ce champ ne peut pas être vide'],
  'future-year': ['content/cas/annee-future.mdx:10:1  startYear  startYear : cette année est dans le futur ; indiquez une année passée ou l\'année en cours'],
  'http-url': ['content/pionniers/port-en-http.yaml:3:1  website  adresse non sécurisée : écrivez-la avec https:// (les liens http:// ne sont pas acceptés)'],
  'real-case-without-sources': ['content/cas/cas-reel-sans-source.mdx:2:1  sources  un cas réel doit citer au moins une source publique (label + url)'],
  'figure-without-source': ['content/cas/chiffre-sans-source.mdx:27:5  outcomes[0].source  le chiffre « emplois créés » n’a pas de source ; ajoutez source: { label, url } ou retirez-le'],
  'no-region-for-commune': ['content/cas/sans-region.mdx:8:3  territory.regions  indiquez au moins une région (seule une alliance de niveau « national » peut n’en avoir aucune)'],
  'partner-twice': ['content/cas/partenaire-en-double.mdx:16:5  partners[1].pioneer  le partenaire « entreprise-du-port » figure deux fois ; réunissez ses rôles en une seule ligne'],
  'partner-is-instigator': ['content/cas/instigateur-partenaire.mdx:14:5  partners[0].pioneer  « mairie-de-dunkerque » est déjà l’instigateur ; ne le répétez pas parmi les partenaires'],
  // references
  'unknown-pioneer': ['content/cas/pionnier-inconnu.mdx:12:1  instigator  pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?'],
  'unknown-theme': ['content/cas/theme-inconnu.mdx:17:5  themes[0]  thème inconnu « emploi » — vouliez-vous dire « emploi-insertion » ?'],
  'unknown-region-listed': ['content/cas/region-inconnue.mdx:9:7  territory.regions[0]  région inconnue « bretagne » — identifiants possibles (content/taxonomies/regions.yaml) : hauts-de-france'],
  'unknown-case-in-testimony': ['content/temoignages/parole-d-elue.md:13:5  cases[0]  cas inconnu « cas-de-referenc » — vouliez-vous dire « cas-de-reference » ?'],
  'unknown-module': ['content/sequences/module-9/ouverture.md:1:1  module  le dossier porte l’identifiant du module : module inconnu « module-9 » — vouliez-vous dire « module-1 » ?'],
  'sequence-outside-module': ['content/sequences/ouverture.md:1:1  module  une séquence se range dans le dossier de son module : content/sequences/<module>/ouverture.md'],
  // duplicate ids
  'duplicate-id-extension': [
    'content/cas/cas-de-reference.md:1:1  identifiant « cas-de-reference » aussi donné par content/cas/cas-de-reference.mdx : ces fichiers donneraient la même page ; gardez-en un seul',
    'content/cas/cas-de-reference.mdx:1:1  identifiant « cas-de-reference » aussi donné par content/cas/cas-de-reference.md : ces fichiers donneraient la même page ; gardez-en un seul',
  ],
  'duplicate-id-case': [
    'content/cas/Cas-de-Reference.mdx:1:1  identifiant « cas-de-reference » aussi donné par content/cas/cas-de-reference.mdx : ces fichiers donneraient la même page ; gardez-en un seul',
    'content/cas/Cas-de-Reference.mdx:1:1  nom « Cas-de-Reference » : un nom de fichier ou de dossier s’écrit en minuscules, chiffres et tirets, par exemple « cas-de-reference »',
    'content/cas/cas-de-reference.mdx:1:1  identifiant « cas-de-reference » aussi donné par content/cas/Cas-de-Reference.mdx : ces fichiers donneraient la même page ; gardez-en un seul',
  ],
  'duplicate-taxonomy-id': ['content/taxonomies/themes.yaml:11:3  id  identifiant « sante » déjà utilisé ligne 6 : chaque entrée a le sien'],
  // links and images in bodies
  'broken-internal-link': ['content/cas/lien-casse.mdx:25:6  lien  lien interne cassé : la page /cas/cas-de-referense/ n’existe pas — vouliez-vous dire « /cas/cas-de-reference/ » ?'],
  'link-without-trailing-slash': ['content/cas/lien-sans-barre.mdx:25:6  lien  ajoutez la barre oblique finale : /cas/cas-de-reference/'],
  'image-without-alt': ['content/cas/image-sans-alt.mdx:25:1  image  image sans texte alternatif : écrivez entre les crochets ce que montre l’image'],
  'html-image-without-alt': ['content/cas/image-html-sans-alt.md:25:6  <img src>  image sans texte alternatif : ajoutez alt="ce que montre l’image"'],
};

describe('content checker fixtures', () => {
  it('accepts the base site: components, comments, internal links and images with alt text', async () => {
    expect(checkFiles(await baseFiles()).map(formatText)).toEqual([]);
  });

  it('has a pinned message for every fixture folder', async () => {
    expect(Object.keys(expectedProblems).sort()).toEqual(await fixtureNames());
  });

  it.each(Object.entries(expectedProblems))('%s', async (name, expected) => {
    expect(await checkFixture(name)).toEqual(expected);
  });

  it('rejects a byte order mark, then checks the file as usual', async () => {
    const lines = await checkFixture('_base', (file) => (file.path.endsWith('cas-de-reference.mdx') ? `\uFEFF${file.text}` : file.text));
    expect(lines).toEqual(['content/cas/cas-de-reference.mdx:1:1  le fichier commence par une marque d’ordre des octets (BOM) : enregistrez-le en « UTF-8 » sans BOM']);
  });

  it('rejects Windows line endings at the first one, then checks the file as usual', async () => {
    const lines = await checkFixture('_base', (file) => (file.path.endsWith('mairie-de-dunkerque.yaml') ? file.text.replaceAll('\n', '\r\n') : file.text));
    expect(lines).toEqual(['content/pionniers/mairie-de-dunkerque.yaml:1:26  fins de ligne Windows (CRLF) : enregistrez le fichier avec des fins de ligne Unix (LF)']);
  });
});
