/**
 * The files GitHub reads as they are, so they cannot import the site's
 * configuration: the lines that depend on it are written from
 * src/lib/site-config.ts (`npm run github-files`; a test fails when one is stale).
 */
import { defaultBranch, repositoryUrl, siteConfig } from './site-config.ts';

interface GeneratedLine {
  /** Repository-relative path. */
  file: string;
  /** The line that holds the configured value, found by its start. */
  pattern: RegExp;
  line: string;
}

export const githubLines: GeneratedLine[] = [
  { file: '.github/CODEOWNERS', pattern: /^\*\s+@\S+$/m, line: `*                       ${siteConfig.maintainers}` },
  { file: '.github/CODEOWNERS', pattern: /^\/content\/taxonomies\/\s+@\S+$/m, line: `/content/taxonomies/    ${siteConfig.maintainers}` },
  { file: '.github/ISSUE_TEMPLATE/config.yml', pattern: /^ {4}url: \S+CONTRIBUTING\.md$/m, line: `    url: ${repositoryUrl}/blob/${defaultBranch}/CONTRIBUTING.md` },
  { file: '.github/ISSUE_TEMPLATE/proposer-un-cas.yml', pattern: /^labels: .*$/m, line: `labels: [${JSON.stringify(siteConfig.proposalLabel)}]` },
];

/** A file's text with its configured lines as the configuration says; throws when a line is missing. */
export function withConfiguredLines(file: string, text: string): string {
  return githubLines
    .filter((generated) => generated.file === file)
    .reduce((current, { pattern, line }) => {
      if (!pattern.test(current)) throw new Error(`${file}: no line matches ${pattern}`);
      return current.replace(pattern, line);
    }, text);
}

export const githubFiles = [...new Set(githubLines.map((generated) => generated.file))];
