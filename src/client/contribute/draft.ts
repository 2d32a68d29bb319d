/**
 * Reads the contribution form into a case draft (the shape
 * src/lib/case-draft/ validates), and keeps the organisations described
 * in the form offered in every list of organisations.
 */
import { CASE_SECTIONS } from '../../lib/case-sections.ts';
import { emptyDraft, type CaseDraft, type PioneerDraft } from '../../lib/case-draft/draft.ts';
import { slugify } from '../../lib/slug.ts';
import { rowsOf } from './rows.ts';

/** Option value of an organisation described in the form: its row's key, stable while rows are renumbered. */
const DESCRIBED = 'decrite:';

export function readDraft(form: HTMLFormElement): CaseDraft {
  const data = new FormData(form);
  const text = (key: string) => String(data.get(key) ?? '');
  const all = (key: string) => data.getAll(key).map(String);
  const indexes = (list: string) => rowsOf(form, list).map((_, index) => index);

  const describedRows = rowsOf(form, 'newPioneers');
  const newPioneers: PioneerDraft[] = describedRows.map((_, index) => {
    const field = (name: string) => text(`newPioneers.${index}.${name}`);
    return {
      name: field('name'),
      actorType: field('actorType'),
      region: field('region'),
      description: field('description'),
      website: field('website'),
      source: { url: field('source.url'), label: field('source.label') },
    };
  });
  /** A described organisation is referred to by the id its name will give. */
  const pioneerId = (value: string) => {
    if (!value.startsWith(DESCRIBED)) return value;
    const index = describedRows.findIndex((row) => row.dataset.rowKey === value.slice(DESCRIBED.length));
    return index === -1 ? '' : slugify(newPioneers[index]!.name);
  };

  return {
    ...emptyDraft(),
    title: text('title'),
    summary: text('summary'),
    territory: { name: text('territory.name'), level: text('territory.level'), regions: all('territory.regions'), department: text('territory.department') },
    startYear: text('startYear'),
    stage: text('stage'),
    instigator: pioneerId(text('instigator')),
    partners: indexes('partners').map((index) => ({ pioneer: pioneerId(text(`partners.${index}.pioneer`)), role: text(`partners.${index}.role`) })),
    themes: all('themes'),
    instruments: all('instruments'),
    factors: all('factors'),
    partnershipForms: all('partnershipForms'),
    sources: indexes('sources').map((index) => ({ url: text(`sources.${index}.url`), label: text(`sources.${index}.label`) })),
    newPioneers,
    sections: Object.fromEntries(CASE_SECTIONS.map(({ id }) => [id, text(`sections.${id}`)])),
  };
}

/** Offers the organisations described in the form in every list of organisations, keeping what was selected. */
export function offerDescribedPioneers(form: HTMLFormElement): void {
  const described = rowsOf(form, 'newPioneers').map((row) => ({
    value: `${DESCRIBED}${row.dataset.rowKey}`,
    label: row.querySelector<HTMLInputElement>('input[name$=".name"]')?.value.trim() || 'Organisation sans nom',
  }));
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-pioneer-select]')) {
    const selected = select.value;
    select.querySelector('optgroup')?.remove();
    if (described.length > 0) {
      const group = document.createElement('optgroup');
      group.label = 'Décrites dans ce formulaire';
      for (const item of described) group.append(new Option(item.label, item.value));
      // Right after « Choisir… »: an organisation just described is the one the contributor looks for.
      select.options[0]!.after(group);
    }
    // A removed organisation leaves the list: its selection goes back to « Choisir… ».
    select.value = [...select.options].some((option) => option.value === selected) ? selected : '';
  }
}
