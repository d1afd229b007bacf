import type { SuppressionReason } from '../../model/finding';

/** How many matches each allow step let pass. */
export type SuppressionCounts = Partial<Record<SuppressionReason, number>>;

/** Adds `counts` into `total`, reason by reason. */
export function addCounts(total: SuppressionCounts, counts: SuppressionCounts): void {
  for (const [reason, count] of Object.entries(counts) as [SuppressionReason, number][]) total[reason] = (total[reason] ?? 0) + count;
}
