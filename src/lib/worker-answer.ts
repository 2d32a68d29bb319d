/**
 * The one answer a worker thread posts once its work is done (the content
 * checker, the search indexer): rejected if the thread throws, or ends
 * without answering, with `task` saying which one.
 */
import type { Worker } from 'node:worker_threads';

export function workerAnswer<Answer>(worker: Worker, task: string): Promise<Answer> {
  const answer = new Promise<Answer>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${task} stopped (exit code ${code}) before it answered`)));
  });
  // Awaited later (the build waits at a later hook): a failure before then is not unhandled.
  answer.catch(() => undefined);
  return answer;
}
