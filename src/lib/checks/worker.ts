/**
 * The content checker in a worker thread (src/integrations/content-guard.ts
 * starts it): `astro build` checks content/ on a second core while Astro
 * starts, reads the collections and writes their types, instead of before.
 * Node runs this file as it is (its TypeScript is only type annotations).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, type CheckOptions, type CheckReport } from './index.ts';

export interface CheckAnswer {
  report: CheckReport;
  milliseconds: number;
}

const started = performance.now();
const report = await checkContent(workerData as CheckOptions);
parentPort!.postMessage({ report, milliseconds: performance.now() - started } satisfies CheckAnswer);
