import { describe, expect, it } from 'vitest';
import { mapLimited } from '../src/lib/map-limited.ts';

describe('mapLimited', () => {
  it('keeps the order of the items, and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([5, 1, 4, 2, 3, 0, 6], 3, async (item, index) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, item));
      running--;
      return `${index}:${item}`;
    });
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6']);
    expect(most).toBe(3);
  });

  it('fails with the first error, and takes no items or a limit above their number', async () => {
    await expect(mapLimited([1, 2], 2, async (item) => { if (item === 2) throw new Error('deux'); return item; })).rejects.toThrow('deux');
    await expect(mapLimited([], 4, async (item) => item)).resolves.toEqual([]);
    await expect(mapLimited([1], 10, async (item) => item * 2)).resolves.toEqual([2]);
    await expect(mapLimited([1], 0, async (item) => item)).rejects.toThrow('limit must be at least 1');
  });
});
