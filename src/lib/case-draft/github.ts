/** The way out of the form to the repository: GitHub's "create a new file" page, prefilled. */
import type { GeneratedFile } from './files.ts';

/** The repository's "create a new file" page, prefilled with a generated file. */
export function newFileUrl(repositoryUrl: string, branch: string, file: GeneratedFile): string {
  const slash = file.path.lastIndexOf('/');
  const folder = file.path.slice(0, slash);
  const filename = file.path.slice(slash + 1);
  return `${repositoryUrl}/new/${branch}/${folder}?filename=${encodeURIComponent(filename)}&value=${encodeURIComponent(file.content)}`;
}
