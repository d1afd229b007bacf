import type { Detector } from './detector';
import { githubDetectors } from './detectors/github';

/**
 * Every built-in rule, by provider; the key is the detector file's name and the prefix of each id.
 * Kept in alphabetical order so that adding a provider is a one-line, conflict-free change.
 */
export const detectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
  github: githubDetectors,
};

export const builtInDetectors: readonly Detector[] = Object.values(detectorsByProvider).flat();
