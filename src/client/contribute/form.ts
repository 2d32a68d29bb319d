/**
 * The island of /contribuer/: turns the answers into the case file as they are
 * typed (preview), checks them with the content model when the contributor
 * asks (and then at each change), and offers the files to download or to
 * propose on the repository. Nothing leaves the browser.
 */
import { buildCase } from '../../lib/case-draft/build.ts';
import type { CaseChoices, ChoiceCollection } from '../../lib/case-draft/choices.ts';
import type { CaseDraft } from '../../lib/case-draft/draft.ts';
import { draftFiles, type GeneratedFile } from '../../lib/case-draft/files.ts';
import { newFileUrl } from '../../lib/case-draft/github.ts';
import { formatList, formatPeriod } from '../../lib/format.ts';
import { defaultBranch, repositoryUrl } from '../../lib/site-config.ts';
import { slugify } from '../../lib/slug.ts';
import { offerDescribedPioneers, readDraft } from './draft.ts';
import { followSummaryLinks, showIssues } from './errors.ts';
import { setUpRows } from './rows.ts';

const element = <T extends HTMLElement>(id: string) => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`contribute form: #${id} missing`);
  return found as T;
};

function create<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/** The key facts of the sheet, as the case page will show them. */
function renderFacts(list: HTMLElement, draft: CaseDraft, choices: CaseChoices): void {
  const label = (collection: ChoiceCollection, id: string) => choices.lists[collection].find((choice) => choice.id === id)?.label ?? '';
  const labels = (collection: ChoiceCollection, ids: string[]) => formatList(ids.map((id) => label(collection, id)));
  const pioneer = (id: string) => label('pioneers', id) || (draft.newPioneers.find((item) => slugify(item.name) === id)?.name ?? '');
  const { territory } = draft;
  const level = label('territoryLevels', territory.level).toLowerCase();
  const where = [level, territory.department.trim() && `département ${territory.department.trim()}`].filter(Boolean).join(', ');
  const year = draft.startYear.trim();
  const facts: [string, string][] = [
    ['Titre', draft.title.trim()],
    ['Territoire', `${territory.name.trim()}${where ? ` (${where})` : ''}`.trim()],
    ['Régions', labels('regions', territory.regions)],
    ['Période', /^\d{4}$/.test(year) ? formatPeriod(Number(year)) : ''],
    ['Stade atteint', label('stages', draft.stage)],
    ['À l’initiative de', pioneer(draft.instigator)],
    ['Partenaires', draft.partners.map((partner) => [pioneer(partner.pioneer), partner.role.trim()].filter(Boolean).join(' : ')).filter(Boolean).join(' ; ')],
    ['Thèmes', labels('themes', draft.themes)],
    ['Instruments', labels('instruments', draft.instruments)],
    ['Facteurs clés de succès', labels('factors', draft.factors)],
    ['Formes de partenariat', labels('partnershipForms', draft.partnershipForms)],
  ];
  list.replaceChildren(...facts.flatMap(([term, value]) => [create('dt', {}, term), create('dd', {}, value || '—')]));
}

function renderFiles(container: HTMLElement, files: GeneratedFile[]): void {
  container.replaceChildren(
    ...files.flatMap((file) => {
      const content = create('pre', { className: 'file-preview', tabIndex: 0 }, create('code', {}, file.content));
      content.setAttribute('aria-label', `Contenu de ${file.path}`);
      return [create('h3', {}, 'Le fichier ', create('code', {}, file.path)), content];
    }),
  );
}

function download(file: GeneratedFile): void {
  const type = file.path.endsWith('.md') ? 'text/markdown' : 'application/yaml';
  const url = URL.createObjectURL(new Blob([file.content], { type: `${type};charset=utf-8` }));
  const link = create('a', { href: url, download: file.path.slice(file.path.lastIndexOf('/') + 1) });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the object URL can go once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function renderResult(files: GeneratedFile[]): void {
  element('resultat-resume').textContent =
    files.length === 1
      ? 'Un fichier, prêt à proposer :'
      : `${files.length} fichiers, à proposer ensemble : la fiche du cas et celle de chaque organisation décrite. Sur GitHub, créez le premier dans une nouvelle branche, puis ajoutez les autres à cette branche avant d’ouvrir la pull request.`;
  element('resultat-fichiers').replaceChildren(
    ...files.map((file) => {
      const downloadButton = create('button', { type: 'button', className: 'button' }, 'Télécharger ', create('code', {}, file.path.slice(file.path.lastIndexOf('/') + 1)));
      downloadButton.addEventListener('click', () => download(file));
      const proposeLink = create(
        'a',
        { className: 'button button--secondary', href: newFileUrl(repositoryUrl, defaultBranch, file), target: '_blank', rel: 'noopener' },
        'Proposer sur GitHub',
        create('span', { className: 'visually-hidden' }, ` : ${file.path} (nouvel onglet)`),
      );
      return create('li', {}, create('code', {}, file.path), create('div', { className: 'actions' }, downloadButton, proposeLink));
    }),
  );
}

function start(form: HTMLFormElement): void {
  const choices = JSON.parse(element('choix-formulaire').textContent ?? '') as CaseChoices;
  const summary = element('erreurs');
  const result = element('resultat');
  // Problems are shown once the contributor has asked for a check, not while they start typing.
  let checked = false;

  const check = (draft: CaseDraft, moveFocus: boolean) => {
    const build = buildCase(draft, choices, new Date());
    showIssues(form, summary, build.ok ? [] : build.issues, moveFocus);
    result.hidden = !build.ok;
    if (!build.ok) return;
    renderResult(build.files);
    if (moveFocus) element('resultat-titre').focus();
  };

  const refresh = () => {
    offerDescribedPioneers(form);
    const draft = readDraft(form);
    renderFacts(element('apercu-faits'), draft, choices);
    renderFiles(element('apercu-fichiers'), draftFiles(draft, new Date()));
    if (checked) check(draft, false);
  };

  setUpRows(form, refresh);
  followSummaryLinks(summary);
  form.addEventListener('input', refresh);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    checked = true;
    check(readDraft(form), true);
  });
  refresh();
}

const form = document.querySelector<HTMLFormElement>('#formulaire-cas');
if (form) start(form);
