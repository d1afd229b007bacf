import type { Confidence, Severity } from '../model/severity';
import type { Detector } from './detector';

/** A provider credential grants access by itself; a generic assignment may be a weak or local password. */
export function severityOf(detector: Detector): Severity {
  return detector.severity ?? (detector.isGeneric ? 'medium' : 'high');
}

/** The severity of one match: a rule's own, or `low` for a secret the rule rates weak (Detector.isWeakSecret). */
export function severityOfMatch(detector: Detector, secret: string): Severity {
  return detector.isWeakSecret?.(secret) === true ? 'low' : severityOf(detector);
}

/** A checksum or structure check makes a match near-certain; a generic name-and-value rule guesses. */
export function confidenceOf(detector: Detector): Confidence {
  if (detector.isGeneric) return 'low';
  return detector.confidence ?? (detector.validate === undefined ? 'medium' : 'high');
}
