/**
 * Rule: the components of the allow-list get the props their zod schema
 * (src/lib/mdx-components.ts) accepts: no unknown prop, no missing prop, texts
 * only. The same schema checks them again when they render.
 */
import { isMdxComponent, mdxComponentProps } from '../../mdx-components.ts';
import type { BodyView } from '../engine/markdown-body.ts';
import { defineRule } from '../engine/rule.ts';
import { validate } from '../../validation/zod-issues.ts';

export const componentProps = defineRule({
  id: 'mdx/component-props',
  scope: 'body',
  summary: 'Les composants autorisés reçoivent les attributs qu’ils attendent, en texte, et aucun autre.',
  check: checkComponentProps,
});

function checkComponentProps(body: BodyView) {
  return body.elements.flatMap((element) => {
    if (element.name === null || !isMdxComponent(element.name)) return [];
    // Computed props are the safety rule's: they cannot be read without running them.
    if (element.attributes.some((attribute) => attribute.kind !== 'text')) return [];
    const props = Object.fromEntries(element.attributes.flatMap((attribute) => (attribute.kind === 'text' ? [[attribute.name, attribute.value]] : [])));
    const result = validate(mdxComponentProps[element.name], props, 'attribut');
    if (result.success) return [];
    return result.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      return body.source.problemAt(element, name ? `<${element.name} ${name}>` : `<${element.name}>`, issue.message);
    });
  });
}
