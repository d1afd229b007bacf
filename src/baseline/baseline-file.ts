/** The baseline's name at the repository root; its own module so the hook can look for it without loading the format. */
export const BASELINE_FILE = '.secretbaseline.jsonl';
