/**
 * A worker thread of the painter (painter.ts): draws the previews it is sent,
 * a batch at a time, and writes each to the file it is told, whole or not at
 * all (a build stopped midway leaves no half image in the cache). Node runs
 * this file as it is (its TypeScript is only type annotations), outside
 * Astro's bundles.
 */
import { rename, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { parentPort, threadId } from 'node:worker_threads';
import sharp from 'sharp';
import { drawPreview } from './draw.ts';
import type { Preview } from './preview.ts';

export interface PaintJob {
  id: number;
  preview: Preview;
  file: string;
}

export type PaintAnswer = { id: number; error?: string };

// One libvips thread per worker: the painter already runs one worker per core.
sharp.concurrency(1);
// The rendering thread is what the build waits for: this thread yields to it (on Linux a nice value is a thread's own).
setPriority(10);

/** Two images at once: the worker draws the next one while the first is written to disk, or waits for sharp to rasterise glyphs it had not met. */
const LANES = 2;
const waiting: PaintJob[] = [];
let lanes = 0;

async function paint({ id, preview, file }: PaintJob): Promise<PaintAnswer> {
  try {
    const partial = `${file}.${process.pid}-${threadId}.part`;
    await writeFile(partial, await drawPreview(preview));
    await rename(partial, file);
    return { id };
  } catch (error) {
    return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

async function lane(): Promise<void> {
  lanes++;
  for (let job = waiting.shift(); job; job = waiting.shift()) parentPort!.postMessage(await paint(job));
  lanes--;
}

parentPort!.on('message', (jobs: PaintJob[]) => {
  waiting.push(...jobs);
  while (lanes < LANES && lanes < waiting.length) void lane();
});
