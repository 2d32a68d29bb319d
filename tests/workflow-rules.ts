/**
 * What keeps the GitHub workflows safe, as checks over their YAML: each
 * returns the problems it finds in one workflow file, so that a test runs them
 * on .github/workflows/ (expecting none) and on broken examples (expecting each).
 */
import { parse } from 'yaml';

export interface WorkflowFile {
  name: string;
  /** The file as written: the version comments after `uses:` are not in the parsed YAML. */
  text: string;
}

interface Step { uses?: string; run?: string; with?: Record<string, unknown> }
interface Job { permissions?: Permissions; needs?: string | string[]; if?: string; steps?: Step[]; uses?: string }
type Permissions = 'read-all' | 'write-all' | Record<string, string>;
interface Workflow { on?: string | string[] | Record<string, { branches?: string[] } | null>; permissions?: Permissions; jobs?: Record<string, Job> }

const read = (file: WorkflowFile) => parse(file.text) as Workflow;

/** The events that start the workflow, whichever way `on:` is written. */
const triggers = (workflow: Workflow): Record<string, { branches?: string[] } | null> => {
  const on = workflow.on ?? {};
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((event) => [event, null]));
  return on;
};

const jobsOf = (workflow: Workflow) => Object.entries(workflow.jobs ?? {});

/** A token that can read at most: `read` or `none` for every scope. Absent means GitHub's default, which may write. */
const isReadOnly = (permissions: Permissions | undefined): boolean =>
  permissions === 'read-all' || (typeof permissions === 'object' && Object.values(permissions).every((access) => access === 'read' || access === 'none'));

/** Workflows started by pull requests run with a read-only token, and never with pull_request_target (which runs a fork's code with the base's secrets). */
export function pullRequestProblems(file: WorkflowFile): string[] {
  const workflow = read(file);
  const events = triggers(workflow);
  const problems = Object.hasOwn(events, 'pull_request_target') ? [`${file.name}: pull_request_target is forbidden; use pull_request`] : [];
  if (!Object.hasOwn(events, 'pull_request')) return problems;
  for (const [id, job] of jobsOf(workflow)) {
    if (!isReadOnly(job.permissions ?? workflow.permissions)) problems.push(`${file.name}: job ${id} runs on pull requests without read-only permissions`);
  }
  return problems;
}

/** `owner/repo@<40 hex> # v1.2.3`: an action is pinned by the commit it runs, and says which version that is. */
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^v\d+(?:\.\d+)*\b/;

export function pinningProblems(file: WorkflowFile): string[] {
  const workflow = read(file);
  const used = jobsOf(workflow).flatMap(([, job]) => [job.uses, ...(job.steps ?? []).map((step) => step.uses)]).filter((uses): uses is string => uses !== undefined);
  // The comment is only in the text: every `uses:` line, read as written.
  const lines = [...file.text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)[ \t]*(?:#[ \t]*(.*))?$/gm)].map(([, action, comment]) => ({ action: action!.replace(/^['"]|['"]$/g, ''), comment: comment?.trim() ?? '' }));
  if (lines.length !== used.length) return [`${file.name}: ${used.length} actions used, ${lines.length} written one per line as « uses: owner/repo@sha # version »`];
  return lines.flatMap(({ action, comment }) => {
    if (action.startsWith('./')) return [];
    if (!PINNED.test(action)) return [`${file.name}: ${action} is not pinned by a full commit SHA`];
    return VERSION_COMMENT.test(comment) ? [] : [`${file.name}: ${action} has no version comment (# v1.2.3)`];
  });
}

/** A job deploys when it may write to Pages or runs a deploy action. */
const deploys = (job: Job) => (typeof job.permissions === 'object' && job.permissions.pages === 'write') || job.permissions === 'write-all' || (job.steps ?? []).some((step) => /deploy/i.test(step.uses ?? ''));

const ON_MAIN = /^\s*github\.ref\s*==\s*'refs\/heads\/main'\s*$/;

/** The jobs a job waits for, and the ones they wait for. */
function upstream(workflow: Workflow, id: string, seen = new Set<string>()): string[] {
  const needs = [workflow.jobs?.[id]?.needs ?? []].flat();
  for (const need of needs) if (!seen.has(need)) upstream(workflow, need, seen.add(need));
  return [...seen];
}

/** Whether a job runs `npm test` before it publishes anything (no step may upload before the tests). */
const testsFirst = (job: Job | undefined) => {
  const steps = job?.steps ?? [];
  const tested = steps.findIndex((step) => /^npm (?:run )?test$/.test(step.run?.trim() ?? ''));
  const uploaded = steps.findIndex((step) => /upload|deploy/i.test(step.uses ?? ''));
  return tested !== -1 && (uploaded === -1 || tested < uploaded);
};

/** Deploying happens from main only, and only after `npm test` passed in a job it needs. */
export function deployProblems(file: WorkflowFile): string[] {
  const workflow = read(file);
  const deploying = jobsOf(workflow).filter(([, job]) => deploys(job));
  if (deploying.length === 0) return [];
  const problems: string[] = [];
  for (const [event, filter] of Object.entries(triggers(workflow))) {
    if (event === 'push' && JSON.stringify(filter?.branches) !== '["main"]') problems.push(`${file.name}: deploys on push to branches ${JSON.stringify(filter?.branches ?? 'all')}, not main only`);
    if (event.startsWith('pull_request')) problems.push(`${file.name}: deploys on ${event}`);
  }
  for (const [id, job] of deploying) {
    if (!ON_MAIN.test(job.if ?? '')) problems.push(`${file.name}: job ${id} deploys without « if: github.ref == 'refs/heads/main' » (a manual run can pick any branch)`);
    if (!upstream(workflow, id).some((need) => testsFirst(workflow.jobs?.[need]))) problems.push(`${file.name}: job ${id} does not need a job that runs npm test before publishing`);
  }
  return problems;
}

/** Every check, on one file. */
export const workflowProblems = (file: WorkflowFile): string[] => [...pullRequestProblems(file), ...pinningProblems(file), ...deployProblems(file)];
