/**
 * The GitHub workflows stay safe (tests/workflow-rules.ts): pull requests run
 * with a read-only token and never with pull_request_target, every action is
 * pinned by a full commit SHA with its version in a comment, and the site is
 * deployed from main only, after `npm test` passed. Each check is also shown
 * failing on a broken workflow, so that none passes by saying nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployProblems, pinningProblems, pullRequestProblems, workflowProblems, type WorkflowFile } from './workflow-rules.ts';

const WORKFLOWS = join(import.meta.dirname, '..', '.github', 'workflows');
const files: WorkflowFile[] = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(WORKFLOWS, name), 'utf8') }));

const CHECKOUT = 'actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8 # v6.0.1';
const example = (text: string): WorkflowFile => ({ name: 'example.yml', text });

describe('the workflows of the repository', () => {
  it('include the CI and the deployment', () => {
    expect(files.map((file) => file.name).sort()).toEqual(['ci.yml', 'deploy.yml']);
  });

  it.each(files.map((file) => [file.name, file] as const))('%s passes every check', (_name, file) => {
    expect(workflowProblems(file)).toEqual([]);
  });
});

describe('the checks', () => {
  it('refuse pull_request_target, and pull request jobs that may write', () => {
    const workflow = (on: string, permissions: string) => example(`on: [${on}]\n${permissions}\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: npm test\n`);
    expect(pullRequestProblems(workflow('pull_request', 'permissions:\n  contents: read'))).toEqual([]);
    expect(pullRequestProblems(workflow('pull_request_target', 'permissions:\n  contents: read'))).toEqual(['example.yml: pull_request_target is forbidden; use pull_request']);
    expect(pullRequestProblems(workflow('pull_request', ''))).toEqual(['example.yml: job test runs on pull requests without read-only permissions']);
    expect(pullRequestProblems(workflow('pull_request', 'permissions:\n  contents: write'))).toEqual(['example.yml: job test runs on pull requests without read-only permissions']);
    expect(pullRequestProblems(workflow('pull_request', 'permissions: write-all'))).toEqual(['example.yml: job test runs on pull requests without read-only permissions']);
  });

  it('refuse an action pinned by a tag or a short SHA, or without its version comment', () => {
    const workflow = (uses: string) => example(`on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: ${uses}\n`);
    expect(pinningProblems(workflow(CHECKOUT))).toEqual([]);
    expect(pinningProblems(workflow('actions/checkout@v6'))).toEqual(['example.yml: actions/checkout@v6 is not pinned by a full commit SHA']);
    expect(pinningProblems(workflow('actions/checkout@8e8c483 # v6.0.1'))).toEqual(['example.yml: actions/checkout@8e8c483 is not pinned by a full commit SHA']);
    expect(pinningProblems(workflow('actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8'))).toEqual(['example.yml: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8 has no version comment (# v1.2.3)']);
    expect(pinningProblems(example(`on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - { uses: "actions/checkout@v6" }\n`))).toEqual(['example.yml: 1 actions used, 0 written one per line as « uses: owner/repo@sha # version »']);
  });

  it('refuse a deployment from another branch, or without npm test first', () => {
    const build = (steps: string) => `  build:\n    runs-on: ubuntu-24.04\n    permissions:\n      contents: read\n    steps:\n${steps}`;
    const deploy = (condition: string) => `  deploy:\n    needs: build\n${condition}    runs-on: ubuntu-24.04\n    permissions:\n      pages: write\n      id-token: write\n    steps:\n      - uses: actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0\n`;
    const tested = '      - run: npm test\n      - uses: actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9 # v5.0.0\n';
    const onMain = "    if: github.ref == 'refs/heads/main'\n";
    const workflow = (on: string, steps: string, condition: string) => example(`on:\n${on}\npermissions: {}\njobs:\n${build(steps)}${deploy(condition)}`);
    const pushMain = '  push:\n    branches: [main]\n  workflow_dispatch:';

    expect(deployProblems(workflow(pushMain, tested, onMain))).toEqual([]);
    expect(deployProblems(workflow(pushMain, tested, ''))).toEqual(["example.yml: job deploy deploys without « if: github.ref == 'refs/heads/main' » (a manual run can pick any branch)"]);
    expect(deployProblems(workflow('  push:', tested, onMain))).toEqual(['example.yml: deploys on push to branches "all", not main only']);
    expect(deployProblems(workflow(`${pushMain}\n  pull_request:`, tested, onMain))).toEqual(['example.yml: deploys on pull_request']);
    const uploadBeforeTests = '      - uses: actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9 # v5.0.0\n      - run: npm test\n';
    for (const steps of ['      - run: npm run build\n', uploadBeforeTests]) {
      expect(deployProblems(workflow(pushMain, steps, onMain))).toEqual(['example.yml: job deploy does not need a job that runs npm test before publishing']);
    }
  });
});
