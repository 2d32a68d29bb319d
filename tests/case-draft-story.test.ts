/**
 * What the form of /contribuer/ offers, `npm run check` accepts: « Le récit »
 * is checked in the page by src/lib/case-draft/story.ts (the checker's parser
 * cannot run there), and these tests hold it to the checker. Hostile texts
 * are refused with a French message and the fix; generated texts that the
 * form accepts pass the checker; generated answers in every field either
 * give files the checker accepts or a message on their field; and what is
 * typed shows on the page as typed.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readChoices } from '../scripts/lib/read-choices.ts';
import { buildCase } from '../src/lib/case-draft/build.ts';
import type { CaseChoices } from '../src/lib/case-draft/choices.ts';
import { emptyDraft, type CaseDraft } from '../src/lib/case-draft/draft.ts';
import { draftFiles, type GeneratedFile } from '../src/lib/case-draft/files.ts';
import { fieldLabel } from '../src/lib/case-draft/questions.ts';
import { storyProblems } from '../src/lib/case-draft/story.ts';
import { CASE_SECTIONS } from '../src/lib/case-sections.ts';
import { slugify } from '../src/lib/slug.ts';
import { collectionOfPath, type ContentTree } from '../src/lib/checks/engine/content-files.ts';
import { RENDERER_FEATURES } from '../src/lib/checks/engine/markdown-body.ts';
import { errorsOf, type Problem } from '../src/lib/checks/engine/problem.ts';
import { checkTree } from '../src/lib/checks/index.ts';
import { baseTree, FIXTURES } from './checks/helpers.ts';

const TODAY = new Date('2026-03-14T10:00:00Z');
/** A fixed seed and a bounded count: the same texts on every run, in a few seconds. */
const RUNS = { seed: 20261130, numRuns: 150 } as const;

let choices: CaseChoices;
let base: ContentTree;
beforeAll(async () => {
  choices = await readChoices(join(FIXTURES, '_base'));
  base = await baseTree();
});

const validDraft = (): CaseDraft => ({
  ...emptyDraft(),
  title: 'Une épicerie solidaire à Dunkerque',
  summary: 'Une épicerie solidaire ouverte par une association de quartier avec le soutien d’une entreprise du port.',
  territory: { name: 'Dunkerque', level: choices.lists.territoryLevels[0]!.id, regions: [choices.lists.regions[0]!.id], department: '59' },
  startYear: '2019',
  stage: choices.lists.stages[0]!.id,
  instigator: choices.lists.pioneers[0]!.id,
  partners: [{ pioneer: choices.lists.pioneers[1]!.id, role: 'prête un local' }],
  themes: [choices.lists.themes[0]!.id],
  instruments: [choices.lists.instruments[0]!.id],
  sources: [{ url: 'https://example.org/epicerie', label: 'La Voix du Nord, 2020' }],
});

/** The checker's errors on the files, laid over the small valid site of the checker's fixtures. */
function checkerErrors(files: GeneratedFile[]): Problem[] {
  const added = files.map((file) => ({ path: file.path, collection: collectionOfPath(file.path)!, text: file.content }));
  const paths = added.map((file) => file.path);
  return errorsOf(checkTree({ files: [...base.files.filter((file) => !paths.includes(file.path)), ...added], unread: base.unread }, paths));
}

const withStory = (text: string): CaseDraft => ({ ...validDraft(), sections: Object.fromEntries(CASE_SECTIONS.map(({ id }) => [id, text])) });

describe('« Le récit », checked in the form as npm run check would', () => {
  const refused: [string, string, RegExp][] = [
    ['raw HTML', 'Un texte <img src=x onerror=alert(1)> ici', /HTML interdit.*\\</],
    ['a closing tag', 'fin </p>', /HTML interdit/],
    ['a javascript: link', 'Voir [ce site](javascript:alert(1)).', /adresse javascript: interdite/],
    ['a link hidden by a character reference', '[ici](jav&#x61;script:alert(1))', /adresse javascript: interdite/],
    ['a link split across lines', '[ici](\njavascript:alert(1))', /adresse javascript: interdite/],
    ['a reference definition', '[ici][x]\n\n[x]: javascript:alert(1)', /adresse javascript: interdite/],
    ['a data: link', '[ici](data:text/html,<b>x</b>)', /interdit/],
    ['an autolink', '<javascript:alert(1)>', /HTML interdit/],
    ['a # title', '# Un titre', /### et une espace/],
    ['a ## title, which would break the sections', '## Une partie de plus', /### et une espace/],
    ['a title inside a list', '- # Titre', /### et une espace/],
    ['an === underline', 'Un titre\n===', /ligne faite seulement de = ou de -/],
    ['a --- line', 'Un paragraphe\n---\nla suite', /ligne faite seulement de = ou de -/],
    ['an unclosed comment', 'avant\n\n<!-- jamais fermé', /commentaire/],
    ['a fenced block that would swallow the next sections', '```\ncode', /bloc de code/],
    ['an image', '![photo](https://example.org/x.jpg)', /image/],
    ['a link to a page of the site, which may not exist', '[un cas](/cas/inconnu/)', /adresse complète/],
    ['a bidirectional override', 'texte \u202Eà l’envers', /U\+202E, contrôle de direction du texte/],
  ];

  it.each(refused)('refuses %s, saying what to write instead, as the checker refuses the file', (_, text, message) => {
    const problems = storyProblems(text);
    expect(problems[0]?.message).toMatch(message);
    expect(checkerErrors(draftFiles(withStory(text), TODAY)).length).toBeGreaterThan(0);
  });

  it('says on which line of the part the problem is, and refuses the draft on that part', () => {
    expect(storyProblems('Un paragraphe.\n\nUn autre.\n# Titre')).toEqual([{ line: 4, message: expect.stringContaining('###') }]);
    const result = buildCase({ ...validDraft(), sections: { contexte: 'Bien.\n<script>alert(1)</script>' } }, choices, TODAY);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([{ path: ['sections', 'contexte'], message: expect.stringMatching(/^ligne 2\s: HTML interdit/) }]);
  });

  it('accepts the Markdown the help describes, and the checker accepts the file', () => {
    const text = [
      'Un premier paragraphe, avec un [lien](https://example.org/page?a=1&b=2) et une adresse mailto:contact@example.org.',
      '',
      '- une liste',
      '- avec **du gras** et *de l’italique*',
      '',
      '1. une liste numérotée',
      '',
      '### Un intertitre',
      '',
      'Un signe écrit tel quel : \\# et \\< et \\*, 3 < 4 et 5 > 2. Une note[^1] ? Non : [1] seulement.',
      '',
      '| année | budget |',
      '|---|---|',
      '| 2019 | 12 000 € |',
    ].join('\n');
    expect(storyProblems(text)).toEqual([]);
    const result = buildCase(withStory(text), choices, TODAY);
    expect(result.ok).toBe(true);
    expect(checkerErrors(result.files)).toEqual([]);
  });

  it('never accepts a text the checker refuses (generated Markdown, hostile pieces included)', () => {
    const pieces = [
      'mot', 'Élan', 'جمعية', ' ', ' ', '\t', '\n', '\n\n', '<', '>', '</', '<!--', '-->', '<a', '<b>', '#', '##', '###', '####', '=', '===', '-', '---', '- ', '* ', '1. ', '> ',
      '`', '```', '~~~', '[', ']', '(', ')', '](', ']: ', '![', '\\', '&', '&#x61;', '&#58;', '&colon;', ';', ':', 'javascript:', 'JaVaScRiPt:', 'data:', 'vbscript:', 'xmpp:',
      'https://example.org', 'http://x.fr', 'mailto:a@b.fr', '//evil.example', '/cas/x/', '#ancre', 'www.example.org', 'a@b.fr', '*', '_', '|', '{', '}', '"', "'", '’', '\u00a0',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        if (storyProblems(text).length > 0) return;
        const result = buildCase(withStory(text), choices, TODAY);
        // The rest of the draft is valid: a text the story accepts leaves nothing to refuse.
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(checkerErrors(result.files)).toEqual([]);
      }),
      RUNS,
    );
  }, 120_000);
});

describe('text typed in every field of the form', () => {
  /** Any text: letters of several scripts, Markdown and YAML signs, quotes, controls, line ends. */
  const anyText = fc.string({
    unit: fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom(...'aéZ9 ,.;:!?’«»-#*_[]()<>&\\/"\'{}|@%=+`~\t\n'.split(''), 'جمعية', 'Ελλάδα', 'Союз', '中文', '\r\n', '---', '...', 'https://example.org', 'javascript:') },
      // Rarer, so that a draft with a dozen fields often has none: each is refused wherever it is.
      { weight: 1, arbitrary: fc.constantFrom('\u202e', '\u2066', '\u0000', '\u200b', '\r') },
      { weight: 5, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2 }) },
    ),
    maxLength: 60,
  });

  it('makes files the checker accepts, or a message on the field to fix', () => {
    // Each field holds generated text after valid words, so that many drafts pass and reach the checker.
    const sometimes = (valid: string) => fc.oneof({ weight: 4, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: anyText });
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.record({ title: anyText, summary: anyText, territory: anyText, department: sometimes('59'), year: sometimes('2019'), role: anyText, label: anyText, url: sometimes('page'), story: anyText, name: anyText, description: anyText }),
        (typed) => {
          const valid = validDraft();
          const name = `Association ${typed.name}`;
          const draft: CaseDraft = {
            ...valid,
            title: `Une épicerie ${typed.title}`,
            summary: `${valid.summary} ${typed.summary}`,
            territory: { ...valid.territory, name: `Dunkerque ${typed.territory}`, department: typed.department },
            startYear: typed.year,
            // The new organisation is the partner: named, so it gets its file.
            partners: [{ pioneer: slugify(name), role: `prête ${typed.role}` }],
            sources: [{ url: `https://example.org/${typed.url}`, label: `Journal ${typed.label}` }],
            newPioneers: [{ name, actorType: choices.lists.actorTypes[0]!.id, region: '', website: '', description: `Une association de quartier ${typed.description}`, source: { url: 'https://example.org/asso', label: `Site ${typed.label}` } }],
            sections: { contexte: typed.story },
          };
          const result = buildCase(draft, choices, TODAY);
          if (result.ok) {
            accepted += 1;
            expect(result.files).toHaveLength(2);
            expect(checkerErrors(result.files)).toEqual([]);
          } else {
            for (const issue of result.issues) {
              expect(issue.message).not.toBe('');
              // Every problem names a field the contributor can find: a label, never a raw key.
              expect(fieldLabel(issue.path)).not.toMatch(/^[a-zA-Z.0-9]+$/);
            }
          }
        },
      ),
      RUNS,
    );
    // Not a property that holds because nothing passes: a good share of the drafts reached the checker.
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 10);
  }, 120_000);

  it('keeps each answer as typed in the file (spaces around trimmed)', () => {
    fc.assert(
      fc.property(anyText, anyText, (title, label) => {
        const draft = { ...validDraft(), title, sources: [{ url: 'https://example.org', label }] };
        const data = parse(draftFiles(draft, TODAY)[0]!.content.split('\n---\n')[0]!.slice(4));
        expect(data.title).toBe(title.replaceAll('\r\n', '\n').trim());
        expect(data.sources[0].label).toBe(label.replaceAll('\r\n', '\n').trim());
      }),
      RUNS,
    );
  });

  it('shows prose on the page as typed, paragraph by paragraph', () => {
    const word = fc.oneof(
      fc.constantFrom('alliance', 'Élan', 'territoire', 'à', 'l’école', '2019', '12 000 €', 'جمعية', 'الأمل', 'Ελλάδα', 'Союз', '中文协会', 'coopération', 'œuvre'),
      fc.stringMatching(/^[a-zà-ÿ]{1,12}$/),
    );
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('.', ' !', ' ?', ' ;', ',', ' :')).map(([words, end]) => `${words.join(' ')}${end}`);
    // A paragraph opening on « 2019. » is a numbered list, as the form's help says: these open on a word.
    const opening = fc.constantFrom('Le', 'La', 'En', 'Depuis', 'Ici', 'À', 'Ελλάδα', 'جمعية');
    const paragraph = fc.tuple(opening, fc.array(sentence, { minLength: 1, maxLength: 3 })).map(([first, sentences]) => `${first} ${sentences.join(' ')}`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const text = paragraphs.join('\n\n');
        expect(storyProblems(text)).toEqual([]);
        const { html } = markdownToHtml(text, { features: RENDERER_FEATURES });
        const shown = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map(([, inner]) => inner!.replaceAll('&amp;', '&'));
        expect(shown).toEqual(paragraphs);
      }),
      RUNS,
    );
  });
});
