/**
 * Draws link-preview images in worker threads, into a cache of drawn images
 * named by their texts (preview.ts, previewKey): an image is drawn once, then
 * reused by every later build until its texts or the drawing change.
 *
 * A clean build draws one image per case and testimony (about 30 ms each).
 * The workers take the cores the build leaves (Astro renders pages on one
 * thread): images are asked for before the first page renders
 * (requests.ts), so that they are drawn while the site is rendered and
 * indexed rather than after.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { previewKey, type Preview } from './preview.ts';
import type { PaintAnswer, PaintJob } from './worker.ts';

const WORKER_FILE = new URL('./worker.ts', import.meta.url);

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

export class PreviewPainter {
  /** Drawn (or being drawn) in this run, by key: asked twice, drawn once. */
  readonly #images = new Map<string, Promise<string>>();
  readonly #queue: PaintJob[] = [];
  readonly #idle: Worker[] = [];
  readonly #pending = new Map<number, Pending>();
  readonly #workers: Worker[] = [];
  #nextId = 0;
  /** How many images this run drew, and how many it found already drawn. */
  drawn = 0;
  reused = 0;

  constructor(
    readonly cacheDir: string,
    readonly workerCount = Math.max(1, availableParallelism() - 1),
  ) {
    mkdirSync(cacheDir, { recursive: true });
  }

  /** The file of the drawn image: from the cache if it holds one, else once a worker has drawn it. */
  paint(preview: Preview): Promise<string> {
    const key = previewKey(preview);
    let image = this.#images.get(key);
    if (!image) {
      const file = join(this.cacheDir, `${key}.png`);
      if (existsSync(file)) {
        this.reused++;
        image = Promise.resolve(file);
      } else {
        this.drawn++;
        image = new Promise<void>((resolve, reject) => {
          const id = this.#nextId++;
          this.#pending.set(id, { resolve, reject });
          this.#queue.push({ id, preview, file });
          this.#dispatch();
        }).then(() => file);
      }
      this.#images.set(key, image);
    }
    return image;
  }

  /** Stops the workers; images still queued are refused. */
  async close(): Promise<void> {
    this.#queue.length = 0;
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
    for (const { reject } of this.#pending.values()) reject(new Error('the painter was closed before drawing this image'));
    this.#pending.clear();
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#workers.length < this.workerCount ? this.#spawn() : undefined);
      if (!worker) return;
      // A busy worker keeps the process alive until its image is written; an idle one does not hold it.
      worker.ref();
      worker.postMessage(this.#queue.shift()!);
    }
  }

  #spawn(): Worker {
    const worker = new Worker(WORKER_FILE);
    this.#workers.push(worker);
    worker.on('message', ({ id, error }: PaintAnswer) => {
      const pending = this.#pending.get(id);
      this.#pending.delete(id);
      if (error) pending?.reject(new Error(`a link-preview image could not be drawn:\n${error}`));
      else pending?.resolve();
      worker.unref();
      this.#idle.push(worker);
      this.#dispatch();
    });
    worker.on('error', (error) => {
      // A worker that crashed takes its job with it: fail every image still waiting, the build stops.
      for (const { reject } of this.#pending.values()) reject(error);
      this.#pending.clear();
      this.#queue.length = 0;
    });
    return worker;
  }
}
