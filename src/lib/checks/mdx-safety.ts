/**
 * Rule: a contributor's page is text, never code. MDX can run JavaScript at
 * build time (import/export, `{expressions}`, computed attributes) and HTML can
 * run it in the reader's browser (`<script>`, `on*` handlers, `javascript:`
 * URLs): all are rejected, from the parse alone. Components must be on the
 * allow-list of src/lib/mdx-components.ts.
 */
import { isMdxComponent, mdxComponentNames } from '../mdx-components.ts';
import type { BodyAttribute, BodyElement, BodyView } from './markdown-body.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggestions.ts';

/** Elements that embed a script, a frame, styles or a form, whatever their attributes. */
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'style', 'object', 'embed', 'applet', 'form', 'base', 'link', 'meta']);

/** Schemes that run code or smuggle a document instead of pointing at a page. */
const FORBIDDEN_SCHEMES = ['javascript:', 'data:', 'vbscript:'];

const COMPONENTS = mdxComponentNames.join(', ');

const scriptMessages = {
  import: `import interdit : le contenu ne peut pas charger de code ; retirez cette ligne (les composants autorisés, ${COMPONENTS}, s’utilisent sans import)`,
  export: 'export interdit : le contenu ne peut pas définir de code ; retirez ce bloc',
  expression: 'expression JavaScript {…} interdite : écrivez du texte (une accolade s’écrit \\{)',
};

export function checkMdxSafety(body: BodyView): Problem[] {
  const at = body.source;
  return [
    ...body.scripts.map((script) => at.problemAt(script, script.kind === 'expression' ? '{…}' : script.kind, scriptMessages[script.kind])),
    ...body.elements.flatMap((element) => elementProblems(body, element)),
    ...body.urls.flatMap((url) => {
      const scheme = FORBIDDEN_SCHEMES.find((candidate) => normalizedUrl(url.url).startsWith(candidate));
      return scheme ? [at.problemAt(url, url.label, `adresse ${scheme} interdite : un lien ou une image pointe vers une page en https:// ou vers le site (/…)`)] : [];
    }),
  ];
}

/** An attribute that runs or computes code; the component-props rule leaves elements that have one to this rule. */
export const isUnsafeAttribute = (attribute: BodyAttribute): boolean => attribute.kind !== 'text' || /^on/i.test(attribute.name);

/** A component (capitalised or dotted name) written in MDX; lowercase names are HTML elements. */
const isComponentName = (name: string): boolean => /^[A-Z]/.test(name) || name.includes('.');

function elementProblems(body: BodyView, element: BodyElement): Problem[] {
  if (element.name === null) return [];
  const at = body.source;
  const tag = `<${element.name}>`;
  if (element.syntax === 'jsx' && isComponentName(element.name) && !isMdxComponent(element.name)) {
    const suggestion = didYouMean(element.name, mdxComponentNames, (name) => `<${name}>`);
    return [at.problemAt(element, tag, `composant inconnu ${tag}${suggestion || ` — composants autorisés : ${COMPONENTS}`}`)];
  }
  if (FORBIDDEN_TAGS.has(element.name.toLowerCase())) {
    return [at.problemAt(element, tag, `balise ${tag} interdite : le contenu ne peut intégrer ni script, ni cadre, ni style, ni formulaire`)];
  }
  return element.attributes.flatMap((attribute): Problem[] => {
    switch (attribute.kind) {
      case 'spread':
        return [at.problemAt(attribute, tag, 'attributs dépliés {...} interdits : écrivez chaque attribut avec sa valeur entre guillemets, nom="texte"')];
      case 'expression':
        return [at.problemAt(attribute, `<${element.name} ${attribute.name}>`, `valeur calculée ${attribute.name}={…} interdite : écrivez ${attribute.name}="texte"`)];
      case 'text':
        return /^on/i.test(attribute.name)
          ? [at.problemAt(attribute, `<${element.name} ${attribute.name}>`, `attribut ${attribute.name} interdit : le contenu ne peut pas déclencher de script`)]
          : [];
    }
  });
}

/** How a browser reads the start of a URL: case and invisible characters do not protect anything. */
const normalizedUrl = (url: string): string => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
