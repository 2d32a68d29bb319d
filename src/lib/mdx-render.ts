/**
 * Renders an MDX page of the content to HTML, once, when Astro reads the file
 * (src/integrations/content-mdx.ts), as Astro renders Markdown: no JavaScript
 * is compiled, bundled or run for a page's text. Compiling each .mdx file to
 * a module cost the build ten seconds per thousand pages, for three
 * components that print text.
 *
 * MDX here is Markdown plus the components of src/lib/mdx-components.ts with
 * text attributes: the checker refuses anything else before the build, and
 * this renderer refuses it too, so that a file the checker did not see fails
 * instead of rendering something else. It parses with the checker's parser
 * and features (checks/engine/markdown-body.ts) and gives headings their ids
 * as Astro's Markdown renderer does (github-slugger on the heading's text).
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { isCommentOnly, jsxAttribute, RENDERER_FEATURES } from './checks/engine/markdown-body.ts';
import { linkUnderBase, LINK_ATTRIBUTE } from '../integrations/base-path-links.ts';
import { isMdxComponent, readMdxProps, type MdxComponentName, type MdxProps } from './mdx-components.ts';
import { slugify } from './slug.ts';

export interface RenderedMdx {
  html: string;
  /** Every heading of the text, as Astro lists those of a Markdown page. */
  headings: { depth: number; slug: string; text: string }[];
}

const element = (tagName: string, className: string | undefined, children: ElementContent[], properties: Properties = {}): Element => ({
  type: 'element',
  tagName,
  properties: { ...(className && { className: [className] }), ...properties },
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** What each allowed component prints (its styles: src/styles/mdx-components.css). */
const components: { [N in MdxComponentName]: (props: MdxProps<N>, children: ElementContent[]) => Element } = {
  /** `<Citation auteur="…">Texte cité</Citation>`: a quotation set apart, with who said it. */
  Citation: ({ auteur }, children) =>
    element('figure', 'citation', [element('blockquote', undefined, children), ...(auteur ? [element('figcaption', undefined, [text(`— ${auteur}`)])] : [])]),
  /** `<ChiffreCle valeur="42 %" libelle="…" source="…" />`: the number, what it measures, where it comes from. */
  ChiffreCle: ({ valeur, libelle, source }) =>
    element('figure', 'chiffre-cle', [
      element('p', 'chiffre-cle__valeur', [text(valeur)]),
      element('figcaption', undefined, [text(libelle), ...(source ? [element('span', 'chiffre-cle__source', [text(` (source : ${source})`)])] : [])]),
    ]),
  /**
   * `<Encadre titre="À retenir">…</Encadre>`: a box set apart; its title is an h3, inside the body's h2 sections.
   * A titled box is a complementary landmark named by its title (a page's landmarks each need their own name);
   * an untitled one has no name to give, so it is a note inside the text rather than a landmark.
   */
  Encadre: ({ titre }, children) => {
    if (!titre) return element('div', 'encadre', children, { role: 'note' });
    const headingId = `encadre-${slugify(titre)}`;
    return element('aside', 'encadre', [element('h3', 'encadre__titre', [text(titre)], { id: headingId }), ...children], { ariaLabelledBy: [headingId] });
  },
};

type Node = RootContent | ElementContent | MdxJsxFlowElementHast | MdxJsxTextElementHast | { type: 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm'; value: string };

const HEADING = /^h[1-6]$/;

const textOf = (node: Node): string =>
  node.type === 'text' ? node.value : 'children' in node ? (node.children as Node[]).map(textOf).join('') : '';

/** `base`: the site's base path; links the text writes from the site's root move under it, as Markdown's do. */
export function renderMdx(source: string, base = '/'): RenderedMdx {
  const slugger = new GithubSlugger();
  const headings: RenderedMdx['headings'] = [];

  function component(node: MdxJsxFlowElementHast | MdxJsxTextElementHast): Element {
    const { name } = node;
    if (!name || !isMdxComponent(name)) throw new Error(`élément <${name ?? ''}> non autorisé dans un fichier .mdx (npm run check le signale)`);
    const props: Record<string, unknown> = {};
    for (const attribute of node.attributes.map(jsxAttribute)) {
      if (attribute.kind !== 'text') throw new Error(`<${name}> : attribut calculé ou déplié non autorisé (npm run check le signale)`);
      props[attribute.name] = attribute.value;
    }
    // readMdxProps checked the props against this very component's schema; TypeScript cannot pair them through the index.
    const render = components[name] as (props: MdxProps<MdxComponentName>, children: ElementContent[]) => Element;
    return render(readMdxProps(name, props), transform(node.children as Node[]));
  }

  function transform(nodes: Node[]): ElementContent[] {
    return nodes.flatMap((node): ElementContent[] => {
      switch (node.type) {
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          return [component(node)];
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          // `{/* … */}` is a comment: nothing to print. Any other expression is code.
          if (isCommentOnly(node.value)) return [];
          throw new Error('expression {…} non autorisée dans un fichier .mdx (npm run check la signale)');
        case 'mdxjsEsm':
          throw new Error('import ou export non autorisé dans un fichier .mdx (npm run check le signale)');
        case 'element': {
          const children = transform(node.children as Node[]);
          const link = LINK_ATTRIBUTE[node.tagName];
          const target = link && node.properties[link];
          if (link && typeof target === 'string') return [{ ...node, properties: { ...node.properties, [link]: linkUnderBase(base, target) }, children }];
          if (!HEADING.test(node.tagName)) return [{ ...node, children }];
          const heading = { depth: Number(node.tagName[1]), text: textOf({ ...node, children }) };
          const slug = slugger.slug(heading.text);
          headings.push({ ...heading, slug });
          return [{ ...node, properties: { ...node.properties, id: slug }, children }];
        }
        case 'doctype':
          return [];
        default:
          return [node];
      }
    });
  }

  const tree = mdxToHast(source, { features: RENDERER_FEATURES }) as Root;
  // Character references and the final line break as Astro's Markdown writes them (`&amp;`, not `&#x26;`).
  const html = `${toHtml({ type: 'root', children: transform(tree.children as Node[]) }, { characterReferences: { useNamedReferences: true } })}\n`;
  return { html, headings };
}
