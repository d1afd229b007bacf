/** How bad a leak of this kind is, lowest first. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How sure a rule is that a match is a real secret: a valid checksum is sure, a generic assignment less so. */
export type Confidence = 'low' | 'medium' | 'high';

export function isAtLeast(severity: Severity, minimum: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(minimum);
}
