/**
 * Rule: an MDX page is text and the components of the allow-list
 * (src/lib/mdx-components.ts), never code. MDX can run JavaScript at build
 * time (import/export, `{expressions}`, computed attributes) and any HTML tag
 * written as JSX reaches the reader's browser (`<img onerror>`, `<svg><set>`,
 * `style`, `ping`…): all are rejected, from the parse alone, by three rules.
 */
import { isMdxComponent, mdxComponentNames } from '../../mdx-components.ts';
import type { BodyElement, BodyView } from '../engine/markdown-body.ts';
import { firstOnEachLine, type Finding } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';
import { didYouMean } from '../../validation/suggestions.ts';

const COMPONENTS = mdxComponentNames.join(', ');

const scriptMessages = {
  import: `import interdit : le contenu ne peut pas charger de code ; retirez cette ligne (les composants autorisés, ${COMPONENTS}, s’utilisent sans import)`,
  export: 'export interdit : le contenu ne peut pas définir de code ; retirez ce bloc',
  expression: 'expression JavaScript {…} interdite : écrivez du texte (une accolade s’écrit \\{)',
};

export const noImportExport = defineRule({
  id: 'mdx/no-import-export',
  scope: 'body',
  summary: 'Un fichier .mdx n’importe ni n’exporte rien : les composants autorisés s’utilisent sans import.',
  check: (body) => body.scripts.filter((script) => script.kind !== 'expression').map((script) => body.source.problemAt(script, script.kind, scriptMessages[script.kind])),
});

export const noExpression = defineRule({
  id: 'mdx/no-expression',
  scope: 'body',
  summary: 'Aucune expression JavaScript `{…}` dans un fichier .mdx, ni dans le texte ni dans un attribut (les commentaires `{/* … */}` sont admis).',
  check: (body) => [
    ...body.scripts.filter((script) => script.kind === 'expression').map((script) => body.source.problemAt(script, '{…}', scriptMessages.expression)),
    ...body.elements.filter(isComponent).filter((element) => isMdxComponent(element.name)).flatMap((element) => computedAttributes(body, element)),
  ],
});

export const allowedElements = defineRule({
  id: 'mdx/allowed-elements',
  scope: 'body',
  summary: `Un fichier .mdx n’utilise aucune balise HTML, seulement la syntaxe Markdown et les composants autorisés (${COMPONENTS}).`,
  check: (body) => [
    ...firstOnEachLine(body.elements.filter((element) => !isComponent(element))).map((element) =>
      body.source.problemAt(element, `<${element.name ?? ''}>`, `balise HTML interdite dans un fichier .mdx : utilisez la syntaxe Markdown ou un composant autorisé (${COMPONENTS})`),
    ),
    ...body.elements.filter(isComponent).filter((element) => !isMdxComponent(element.name)).map((element) => {
      const tag = `<${element.name}>`;
      const suggestion = didYouMean(element.name, mdxComponentNames, (name) => `<${name}>`);
      return body.source.problemAt(element, tag, `composant inconnu ${tag}${suggestion || ` — composants autorisés : ${COMPONENTS}`}`);
    }),
  ],
});

type Component = BodyElement & { name: string };

/** Components are capitalised or dotted (`x.Y`); anything else is an HTML tag, or a fragment `<>`. */
const isComponent = (element: BodyElement): element is Component => element.name !== null && (/^[A-Z]/.test(element.name) || element.name.includes('.'));

/** Spread and computed attributes: JavaScript the page would run to know the value. Text attributes are mdx/component-props'. */
function computedAttributes(body: BodyView, element: Component): Finding[] {
  const tag = `<${element.name}>`;
  return element.attributes.flatMap((attribute): Finding[] => {
    switch (attribute.kind) {
      case 'spread':
        return [body.source.problemAt(element, tag, 'attributs dépliés {...} interdits : écrivez chaque attribut avec sa valeur entre guillemets, nom="texte"')];
      case 'expression':
        return [body.source.problemAt(element, `<${element.name} ${attribute.name}>`, `valeur calculée ${attribute.name}={…} interdite : écrivez ${attribute.name}="texte"`)];
      case 'text':
        return [];
    }
  });
}
