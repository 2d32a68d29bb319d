/** The allow-lists of the body rules, case by case: what a browser would make of each form. */
import { describe, expect, it } from 'vitest';
import { checkBodyUrls } from '../../src/lib/checks/rules/body-urls.ts';
import { readBody, type BodyFormat } from '../../src/lib/checks/engine/markdown-body.ts';
import type { ContentEntry } from '../../src/lib/checks/engine/content-entries.ts';
import type { RuleContext } from '../../src/lib/checks/engine/rule.ts';
import { noExpression } from '../../src/lib/checks/rules/mdx-safety.ts';
import { isWellFormedComment } from '../../src/lib/checks/rules/raw-html.ts';
import { SourceText } from '../../src/lib/checks/engine/source-text.ts';

const bodyOf = (text: string, format: BodyFormat = 'md') => readBody(new SourceText(`content/cas/x.${format}`, text), text, format).body!;
const urlProblems = (markdown: string) => checkBodyUrls(bodyOf(markdown)).map((problem) => problem.message.split(' :')[0]);

describe('HTML comments in .md', () => {
  it('accepts a comment that ends where it ends for a browser', () => {
    expect(['<!-- note -->', '<!---->', '<!-- a -- b -->', '<!-- a --->', '<!-- sur\nplusieurs lignes -->'].filter((html) => !isWellFormedComment(html))).toEqual([]);
  });

  it('refuses what a browser closes earlier, or never', () => {
    const tricks = ['<!-->', '<!--->', '<!-- --!><img src=x> -->', '<!-- a --> <img src=x>', '<!-- <!-- a -->', '<!-- jamais fermé', '<!-- a -->\n<img src=x>'];
    expect(tricks.filter(isWellFormedComment)).toEqual([]);
  });
});

describe('URLs in bodies', () => {
  it('lets links go to the web, to an e-mail address or to the site', () => {
    expect(urlProblems('[a](https://example.org/) [b](http://example.org) [c](mailto:a@example.org) [d](/cas/) [e](#contexte) <https://example.org> www.example.org')).toEqual([]);
  });

  it('refuses other schemes, however they are written', () => {
    const links = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'jav&#x61;script:alert(1)', '&#x20;javascript:alert(1)', '<java\tscript:alert(1)>', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'];
    expect(links.map((url) => urlProblems(`[x](${url})`))).toEqual(links.map(() => [expect.stringMatching(/^adresse (javascript|data|vbscript|file): interdite$/)]));
    expect(urlProblems('[x][r]\n\n[r]: javascript:alert(1)')).toEqual(['adresse javascript: interdite']);
  });

  it('loads images from the site only', () => {
    expect(urlProblems('![a](/images/a.jpg) ![b][b]\n\n[b]: /images/b.jpg')).toEqual([]);
    const elsewhere = ['https://evil.example/p.png', '//evil.example/p.png', '/\\evil.example/p.png', 'http:evil.example', 'data:image/png;base64,AA', 'images/a.jpg'];
    expect(elsewhere.map((url) => urlProblems(`![x](${url})`))).toEqual(elsewhere.map(() => ['image hors du site']));
  });
});

describe('MDX expressions', () => {
  it('accepts comments only', () => {
    // This rule reads the body alone: no context or entry needed.
    const scripts = (mdx: string) => noExpression.check(bodyOf(mdx, 'mdx'), {} as RuleContext, {} as ContentEntry).map((problem) => problem.field);
    expect(scripts('{/* a */} et {/* b */ /* c */}\n\n{\n  /* d */\n}')).toEqual([]);
    expect(scripts('{/* a */ alert(1)}')).toEqual(['{…}']);
    expect(scripts('{/* a *//x/}')).toEqual(['{…}']);
    expect(scripts('{// a\n}')).toEqual(['{…}']);
  });
});
