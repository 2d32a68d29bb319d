/**
 * How much to generate. `npm test` replays the same files every time (a fixed
 * seed, a bounded count); `npm run fuzz` generates many more from a new seed,
 * which fast-check prints with any counterexample so that it can be replayed.
 */
const long = process.env.FUZZ === 'long';

/** FUZZ_RUNS changes the count of the long run. */
export const fuzzParameters: { numRuns: number; seed?: number } = long ? { numRuns: Number(process.env.FUZZ_RUNS ?? 10_000) } : { numRuns: 350, seed: 20261130 };

/** Per property: generous for the bounded run (a loaded machine), unlimited for the long one. */
export const fuzzTimeout = long ? 0 : 120_000;
