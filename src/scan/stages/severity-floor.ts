import type { Detector } from '../../detect/detector';
import { severityOfMatch } from '../../detect/rating';
import type { RawMatch } from '../../model/raw-match';
import { isAtLeast, type Severity } from '../../model/severity';

/**
 * --min-severity for what rules rate match by match: rules below the minimum never run
 * (activeDetectors), but a generic rule's weak password is `low` while its rule is `medium`
 * (Detector.isWeakSecret). Applied after the line's secrets are all known, so that a preview still
 * redacts a secret left out here.
 */
export function severityFloor(detectors: readonly Detector[], minimum: Severity = 'low'): (match: RawMatch) => boolean {
  if (minimum === 'low') return () => true;
  const byId = new Map(detectors.map((detector) => [detector.id, detector]));
  return (match) => {
    const detector = byId.get(match.ruleId);
    return detector === undefined || isAtLeast(severityOfMatch(detector, match.secret), minimum);
  };
}
