import { applyAllowlists, type AllowOutcome, type ValueAllowlist } from '../../allow/apply-allowlists';
import type { RawMatch } from '../../model/raw-match';
import { addCounts, type SuppressionCounts } from './suppression-counts';

/** The allow stage: inline allow comments and the config's allowlist.values, with what each let pass. */
export class AllowStage {
  readonly suppressed: SuppressionCounts = {};

  constructor(private readonly allowlist: ValueAllowlist) {}

  /** The matches nothing allows; those allowed are counted. */
  keep(matches: readonly RawMatch[]): readonly RawMatch[] {
    const { kept, suppressed } = this.split(matches);
    this.count(suppressed);
    return kept;
  }

  /** The matches split, nothing counted yet: for a caller that counts only if it reports (see count). */
  split(matches: readonly RawMatch[]): AllowOutcome {
    return matches.length === 0 ? { kept: [], suppressed: {} } : applyAllowlists(matches, this.allowlist);
  }

  count(suppressed: SuppressionCounts): void {
    addCounts(this.suppressed, suppressed);
  }
}
