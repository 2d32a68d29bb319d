/**
 * Rule: an MDX page is text and the components of the allow-list
 * (src/lib/mdx-components.ts), never code. MDX can run JavaScript at build
 * time (import/export, `{expressions}`, computed attributes) and any HTML tag
 * written as JSX reaches the reader's browser (`<img onerror>`, `<svg><set>`,
 * `style`, `ping`…): all are rejected, from the parse alone.
 */
import { isMdxComponent, mdxComponentNames } from '../mdx-components.ts';
import type { BodyElement, BodyView } from './markdown-body.ts';
import { firstOnEachLine, type Problem } from './problem.ts';
import { didYouMean } from './suggestions.ts';

const COMPONENTS = mdxComponentNames.join(', ');

const scriptMessages = {
  import: `import interdit : le contenu ne peut pas charger de code ; retirez cette ligne (les composants autorisés, ${COMPONENTS}, s’utilisent sans import)`,
  export: 'export interdit : le contenu ne peut pas définir de code ; retirez ce bloc',
  expression: 'expression JavaScript {…} interdite : écrivez du texte (une accolade s’écrit \\{)',
};

export function checkMdxSafety(body: BodyView): Problem[] {
  return [
    ...body.scripts.map((script) => body.source.problemAt(script, script.kind === 'expression' ? '{…}' : script.kind, scriptMessages[script.kind])),
    ...firstOnEachLine(body.elements.filter((element) => !isComponent(element))).map((element) =>
      body.source.problemAt(element, `<${element.name ?? ''}>`, `balise HTML interdite dans un fichier .mdx : utilisez la syntaxe Markdown ou un composant autorisé (${COMPONENTS})`),
    ),
    ...body.elements.filter(isComponent).flatMap((element) => componentProblems(body, element)),
  ];
}

type Component = BodyElement & { name: string };

/** Components are capitalised or dotted (`x.Y`); anything else is an HTML tag, or a fragment `<>`. */
const isComponent = (element: BodyElement): element is Component => element.name !== null && (/^[A-Z]/.test(element.name) || element.name.includes('.'));

function componentProblems(body: BodyView, element: Component): Problem[] {
  const at = body.source;
  const tag = `<${element.name}>`;
  if (!isMdxComponent(element.name)) {
    const suggestion = didYouMean(element.name, mdxComponentNames, (name) => `<${name}>`);
    return [at.problemAt(element, tag, `composant inconnu ${tag}${suggestion || ` — composants autorisés : ${COMPONENTS}`}`)];
  }
  return element.attributes.flatMap((attribute): Problem[] => {
    switch (attribute.kind) {
      case 'spread':
        return [at.problemAt(element, tag, 'attributs dépliés {...} interdits : écrivez chaque attribut avec sa valeur entre guillemets, nom="texte"')];
      case 'expression':
        return [at.problemAt(element, `<${element.name} ${attribute.name}>`, `valeur calculée ${attribute.name}={…} interdite : écrivez ${attribute.name}="texte"`)];
      case 'text':
        // Its props are the component-props rule's.
        return [];
    }
  });
}
