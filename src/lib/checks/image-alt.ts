/** Rule: every image says what it shows (RGAA: a text alternative for each informative image). */
import type { BodyView } from './markdown-body.ts';
import type { Problem } from './problem.ts';

export function checkImageAlt(body: BodyView): Problem[] {
  return body.urls
    .filter((url) => url.kind === 'image' && !url.alt?.trim())
    .map((image) => body.source.problemAt(image, 'image', 'image sans texte alternatif : écrivez entre les crochets ce que montre l’image'));
}
