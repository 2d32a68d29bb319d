import { afterEach, describe, expect, it } from 'vitest';
import { buildHook } from '../src/lib/build-hook.ts';

describe('a build hook', () => {
  const lender = buildHook<(page: string) => void>('test-hook');
  afterEach(() => lender.set(undefined));

  it('reaches the function an integration lends from another copy of the module, by its name', () => {
    const seen: string[] = [];
    lender.set((page) => seen.push(page));
    // The pages' bundle holds its own copy of the module: only the name joins them.
    const borrower = buildHook<(page: string) => void>('test-hook');
    borrower.get()?.('cas/x/index.html');
    expect(seen).toEqual(['cas/x/index.html']);
  });

  it('lends nothing once taken back, and nothing under another name', () => {
    lender.set(() => undefined);
    expect(buildHook('another-hook').get()).toBeUndefined();
    lender.set(undefined);
    expect(buildHook('test-hook').get()).toBeUndefined();
  });
});
