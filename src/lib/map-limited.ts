/**
 * `Promise.all(items.map(work))`, with at most `limit` pieces of work running
 * at once, results in the order of the items. For reading or writing files by
 * the thousand: at 10,000 cases, the page loader and the content checker,
 * which run side by side, opened 20,213 files at once and the build stopped
 * on EMFILE (too many open files, with a limit of 20,000 here; 1,024 on many
 * machines).
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!(limit >= 1)) throw new Error(`mapLimited: limit must be at least 1, not ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** How many files a build reads at once: enough to keep the disk busy, far below any open-file limit. */
export const FILE_CONCURRENCY = 64;
