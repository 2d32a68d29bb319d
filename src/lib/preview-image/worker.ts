/**
 * A worker thread of the painter (painter.ts): draws the previews it is sent
 * and writes each to the file it is told, whole or not at all (a build
 * stopped midway leaves no half image in the cache). Node runs this file as it is (its
 * TypeScript is only type annotations), outside Astro's bundles.
 */
import { rename, writeFile } from 'node:fs/promises';
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

// One libvips thread per worker: the painter already runs one worker per spare core.
sharp.concurrency(1);

parentPort!.on('message', async ({ id, preview, file }: PaintJob) => {
  try {
    const partial = `${file}.${process.pid}-${threadId}.part`;
    await writeFile(partial, await drawPreview(preview));
    await rename(partial, file);
    parentPort!.postMessage({ id } satisfies PaintAnswer);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PaintAnswer);
  }
});
