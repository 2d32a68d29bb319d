/**
 * schema.org JSON-LD for search engines: an Article for a real case, an
 * Organization for a real pioneer, a Course for the learning path. Invented
 * entries get none: no search engine should index fiction as fact.
 */
import type { Catalog, CaseEntry, ModuleEntry, PioneerEntry } from './catalog.ts';
import { entryUrl, staticPaths } from './routes.ts';
import { siteName } from './site-config.ts';

type JsonLd = Record<string, unknown>;

const publisher = (site: URL): JsonLd => ({ '@type': 'Organization', name: siteName, url: new URL('/', site).href });
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The Article of a real case: what it is about, where, its sources. */
export function caseArticle(entry: CaseEntry, catalog: Catalog, site: URL): JsonLd | undefined {
  const { data } = entry;
  if (data.illustrative) return undefined;
  const url = new URL(entryUrl('cases', entry.id), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: 'fr',
    datePublished: isoDay(data.updated),
    dateModified: isoDay(data.updated),
    author: publisher(site),
    publisher: publisher(site),
    isAccessibleForFree: true,
    keywords: data.themes.map((theme) => catalog.term('themes', theme.id).data.label).join(', '),
    spatialCoverage: { '@type': 'Place', name: data.territory.name },
    citation: data.sources.map((source) => source.url),
  };
}

/** The Organization of a real pioneer, with its own website when it has one. */
export function pioneerOrganization(entry: PioneerEntry, catalog: Catalog, site: URL): JsonLd | undefined {
  const { data } = entry;
  if (data.illustrative) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: data.name,
    description: data.description,
    url: new URL(entryUrl('pioneers', entry.id), site).href,
    ...(data.website ? { sameAs: [data.website] } : {}),
    ...(data.region ? { areaServed: { '@type': 'AdministrativeArea', name: catalog.term('regions', data.region.id).data.label } } : {}),
  };
}

/** The Course of the learning path: its published modules, their workload, free and online. */
export function pathCourse(modules: readonly ModuleEntry[], site: URL): JsonLd {
  const published = modules.filter((module) => module.data.status === 'published');
  const minutes = published.reduce((total, module) => total + module.data.durationMinutes, 0);
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: 'Apprendre à faire alliance',
    description: 'Un parcours en quatre modules, d’après le MOOC « Les alliances qui changent les territoires » (ESSEC, avec Le RAMEAU) : leçons, cas réels, quiz et exercices sur son territoire.',
    url: new URL(staticPaths.path, site).href,
    inLanguage: 'fr',
    isAccessibleForFree: true,
    provider: publisher(site),
    syllabusSections: published.map((module) => ({ '@type': 'Syllabus', name: module.data.title, description: module.data.promise, timeRequired: `PT${module.data.durationMinutes}M` })),
    hasCourseInstance: { '@type': 'CourseInstance', courseMode: 'online', courseWorkload: `PT${minutes}M` },
  };
}

/** JSON-LD as the text of its script element: `<` escaped so no string in the data can close the element. */
export const jsonLdText = (data: JsonLd) => JSON.stringify(data).replaceAll('<', '\\u003c');
