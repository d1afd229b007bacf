import type { BaselineFilter } from '../../baseline/baseline-filter';
import type { BaselineCandidate } from '../../baseline/baseline-identity';
import type { SuppressionCounts } from './suppression-counts';

/**
 * The baseline stage: findings the baseline file knows are not reported, only counted. Every match
 * the allowlists let through is offered to `onCandidate` first (see ScanOptions), with or without a
 * baseline: that is how `baseline create` learns what to record.
 */
export class BaselineStage {
  private known = 0;

  constructor(
    private readonly baseline: BaselineFilter | undefined,
    private readonly onCandidate: ((candidate: BaselineCandidate) => void) | undefined,
  ) {}

  /** Whether the baseline accepts it; counted when it does. */
  isKnown(identity: BaselineCandidate): boolean {
    const isKnown = this.knows(identity);
    if (isKnown) this.known++;
    return isKnown;
  }

  /** Whether the baseline accepts it, not counted: for a line whose file is counted instead. */
  knows(identity: BaselineCandidate): boolean {
    this.onCandidate?.(identity);
    return this.baseline?.isKnown(identity) === true;
  }

  get suppressed(): SuppressionCounts {
    return this.known === 0 ? {} : { baseline: this.known };
  }
}
