/**
 * Draws link-preview images in worker threads, into a cache of drawn images
 * named by their texts (preview.ts, previewKey): an image is drawn once, then
 * reused by every later build until its texts or the drawing change.
 *
 * A clean build draws one image per case and testimony (about 3.5 ms of CPU each).
 * Images are asked for before the first page renders (requests.ts), so that
 * they are drawn while the site is rendered and indexed rather than after:
 * one worker per core, which the system shares with Astro's rendering thread
 * and Pagefind.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
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
  /** How many images each worker holds. */
  readonly #load = new Map<Worker, number>();
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  #dispatchScheduled = false;
  /** How many images this run drew, and how many it found already drawn. */
  drawn = 0;
  reused = 0;

  constructor(
    readonly cacheDir: string,
    readonly workerCount = availableParallelism(),
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
          this.#scheduleDispatch();
        }).then(() => file);
      }
      this.#images.set(key, image);
    }
    return image;
  }

  /**
   * Deletes the images of the cache this run did not ask for (texts since changed, entries
   * removed), so that the cache CI keeps does not grow with every edit. Call it once every
   * image of the site has been asked for. Returns how many it deleted.
   */
  async prune(): Promise<number> {
    const kept = new Set([...this.#images.keys()].map((key) => `${key}.png`));
    const stale = (await readdir(this.cacheDir)).filter((name) => name.endsWith('.png') && !kept.has(name));
    await Promise.all(stale.map((name) => rm(join(this.cacheDir, name), { force: true })));
    return stale.length;
  }

  /** Stops the workers; images still queued are refused. */
  async close(): Promise<void> {
    this.#queue.length = 0;
    await Promise.all([...this.#load.keys()].map((worker) => worker.terminate()));
    for (const { reject } of this.#pending.values()) reject(new Error('the painter was closed before drawing this image'));
    this.#pending.clear();
  }

  /**
   * Hands the queue out once the caller's loop is done, in one message per
   * worker: a message per image cost the main thread more than a second for
   * a thousand images.
   */
  #scheduleDispatch(): void {
    if (this.#dispatchScheduled) return;
    this.#dispatchScheduled = true;
    queueMicrotask(() => {
      this.#dispatchScheduled = false;
      while (this.#load.size < Math.min(this.workerCount, this.#queue.length)) this.#spawn();
      const workers = [...this.#load.keys()];
      const shares = workers.map(() => [] as PaintJob[]);
      this.#queue.splice(0).forEach((job, index) => shares[index % workers.length]!.push(job));
      workers.forEach((worker, index) => {
        if (shares[index]!.length === 0) return;
        this.#hold(worker, shares[index]!.length);
        worker.postMessage(shares[index]);
      });
    });
  }

  #hold(worker: Worker, change: number): void {
    const load = this.#load.get(worker)! + change;
    this.#load.set(worker, load);
    // A busy worker keeps the process alive until its images are written; an idle one does not hold it.
    if (load === 0) worker.unref();
    else worker.ref();
  }

  #spawn(): Worker {
    const worker = new Worker(WORKER_FILE);
    this.#load.set(worker, 0);
    worker.on('message', ({ id, error }: PaintAnswer) => {
      const pending = this.#pending.get(id);
      this.#pending.delete(id);
      if (error) pending?.reject(new Error(`a link-preview image could not be drawn:\n${error}`));
      else pending?.resolve();
      this.#hold(worker, -1);
    });
    worker.on('error', (error) => {
      // A worker that crashed takes its images with it: fail every image still waiting, the build stops.
      for (const { reject } of this.#pending.values()) reject(error);
      this.#pending.clear();
      this.#queue.length = 0;
    });
    return worker;
  }
}
