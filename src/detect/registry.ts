import type { Detector } from './detector';
import { providersAToC } from './registry-a-c';
import { providersDToL } from './registry-d-l';
import { providersMToR } from './registry-m-r';
import { providersSToZ } from './registry-s-z';

export { builtInFileDetectors, fileDetectorsByKind } from './file-registry';

/**
 * Every built-in rule, by provider; the key is the detector file's name and the prefix of each id.
 * The table is in four parts by the provider's first letter (registry-a-c.ts, registry-d-l.ts,
 * registry-m-r.ts, registry-s-z.ts), each alphabetical so that adding a provider is a one-line,
 * conflict-free change: one file could no longer hold 400 providers within the size rules.
 */
export const detectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
  ...providersAToC,
  ...providersDToL,
  ...providersMToR,
  ...providersSToZ,
};

export const builtInDetectors: readonly Detector[] = Object.values(detectorsByProvider).flat();
