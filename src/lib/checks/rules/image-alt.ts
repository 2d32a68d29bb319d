/** Rule: every image says what it shows (RGAA: a text alternative for each informative image). */
import type { BodyView } from '../engine/markdown-body.ts';
import { defineRule } from '../engine/rule.ts';

export const imageAlt = defineRule({
  id: 'images/alt',
  scope: 'body',
  summary: 'Chaque image a un texte alternatif qui dit ce qu’elle montre.',
  check: checkImageAlt,
});

function checkImageAlt(body: BodyView) {
  return body.urls
    .filter((url) => url.kind === 'image' && !url.alt?.trim())
    .map((image) => body.source.problemAt(image, 'image', 'image sans texte alternatif : écrivez entre les crochets ce que montre l’image'));
}
