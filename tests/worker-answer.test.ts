import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerAnswer } from '../src/lib/worker-answer.ts';

const thread = (code: string) => new Worker(code, { eval: true });

describe('workerAnswer', () => {
  it('is what the thread posts, an error it throws, or says the thread ended without answering', async () => {
    await expect(workerAnswer(thread("require('node:worker_threads').parentPort.postMessage({ pages: 3 })"), 'the indexer')).resolves.toEqual({ pages: 3 });
    await expect(workerAnswer(thread("throw new Error('fichier illisible')"), 'the indexer')).rejects.toThrow('fichier illisible');
    await expect(workerAnswer(thread('process.exit(2)'), 'the content checker')).rejects.toThrow('the content checker stopped (exit code 2) before it answered');
  });
});
