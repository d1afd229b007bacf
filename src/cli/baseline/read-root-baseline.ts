import type { Baseline } from '../../baseline/baseline-format';
import { baselinePathOf, readBaseline } from '../../baseline/read-baseline';
import { readRepoFacts } from '../../git/repo-facts';
import type { CliIo } from '../io';

/** The baseline at the root of the repository the command runs in. */
export async function readRootBaseline(io: CliIo): Promise<{ root: string; path: string; baseline: Baseline }> {
  const { root } = await readRepoFacts(io.cwd);
  const path = baselinePathOf(root, undefined);
  return { root, path, baseline: await readBaseline(path) };
}
