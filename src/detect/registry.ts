import type { Detector } from './detector';
import { providersAToB } from './registry-a-b';
import { providersCToF } from './registry-c-f';
import { providersGToL } from './registry-g-l';
import { providersMToQ } from './registry-m-q';
import { providersRToZ } from './registry-r-z';

export { builtInFileDetectors, fileDetectorsByKind } from './file-registry';

/**
 * Every built-in rule, by provider; the key is the detector file's name and the prefix of each id.
 * The table is in five parts by the provider's first letter (registry-a-b.ts, -c-f, -g-l, -m-q, -r-z),
 * each alphabetical so that adding a provider is a one-line, conflict-free change: one file could no
 * longer hold nearly 400 providers within the size rules.
 */
export const detectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
  ...providersAToB,
  ...providersCToF,
  ...providersGToL,
  ...providersMToQ,
  ...providersRToZ,
};

export const builtInDetectors: readonly Detector[] = Object.values(detectorsByProvider).flat();
