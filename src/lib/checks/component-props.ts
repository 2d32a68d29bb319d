/**
 * Rule: the components of the allow-list get the props their zod schema
 * (src/lib/mdx-components.ts) accepts: no unknown prop, no missing prop, texts
 * only. The same schema checks them again when they render.
 */
import { isMdxComponent, mdxComponentProps } from '../mdx-components.ts';
import type { BodyView } from './markdown-body.ts';
import { isUnsafeAttribute } from './mdx-safety.ts';
import type { Problem } from './problem.ts';
import { validate } from './zod-issues.ts';

export function checkComponentProps(body: BodyView): Problem[] {
  return body.elements.flatMap((element) => {
    if (element.syntax !== 'jsx' || element.name === null || !isMdxComponent(element.name)) return [];
    // Code in attributes is the safety rule's; its props cannot be read without running it.
    if (element.attributes.some(isUnsafeAttribute)) return [];
    const props = Object.fromEntries(element.attributes.flatMap((attribute) => (attribute.kind === 'text' ? [[attribute.name, attribute.value]] : [])));
    const result = validate(mdxComponentProps[element.name], props, 'attribut');
    if (result.success) return [];
    return result.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      const attribute = element.attributes.find((candidate) => 'name' in candidate && candidate.name === name);
      return body.source.problemAt(attribute ?? element, name ? `<${element.name} ${name}>` : `<${element.name}>`, issue.message);
    });
  });
}
