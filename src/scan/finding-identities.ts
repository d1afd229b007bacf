import type { BaselineFilter } from '../baseline/baseline-filter';
import type { BaselineIdentity } from '../baseline/baseline-identity';
import type { Finding } from '../model/finding';
import { fingerprint, type FindingPlace } from '../model/fingerprint';
import type { FindingDraft } from './to-finding';

/**
 * Gives each reported finding its fingerprint, in the order the scan reports them. Where the baseline
 * holds an entry for the finding (a must-fix entry stays reported), it is the entry's salted
 * fingerprint, so a user finds the entry in the file: the baseline filter has already run that scrypt
 * for the match and keeps it, so it costs nothing here, and a match the baseline lists no entry of its
 * rule in its file for never runs one. Otherwise it is the non-secret identity of model/fingerprint,
 * numbered among the findings with the same place.
 */
export class FindingIdentities {
  private readonly seen = new Map<string, number>();

  constructor(private readonly baseline: BaselineFilter | undefined) {}

  identify(draft: FindingDraft, identity: BaselineIdentity): Finding {
    return { ...draft, fingerprint: this.baseline?.entryFingerprintOf(identity) ?? this.nextFingerprint(draft) };
  }

  private nextFingerprint(place: FindingPlace): string {
    const key = [place.ruleId, place.file, place.preview].join('\0');
    const occurrence = this.seen.get(key) ?? 0;
    this.seen.set(key, occurrence + 1);
    return fingerprint(place, occurrence);
  }
}
