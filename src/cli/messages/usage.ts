export const MAIN_USAGE = `Usage: leakguard <command> [options]

Commands:
  install              write the pre-commit hook into this repository
  uninstall            remove it and restore any hook that was there before
  scan --staged        scan the added lines of the staged change (what the hook runs)
  rules                list the detection rules

Options:
  -h, --help           show help (also: leakguard <command> --help)
  -v, --version        print the version

Exit codes: 0 no secrets, 1 secrets found, 2 usage, config or git error.
`;

export const SCAN_USAGE = `Usage: leakguard scan --staged [options]

Scans the added lines of the staged change: what \`git commit\` would record now, read from the index,
never from the work tree.

Options:
  --staged             scan the staged change (required for now)
  --format text|json   report format (default: text)
  --config PATH        use this config file instead of searching the repository root
  --min-severity LEVEL report only rules of this severity or above: low, medium, high, critical
  --verbose            also list binary and ignored files, and say so when the scan is clean
  --no-color           plain text even on a terminal (NO_COLOR=1 does the same)
`;

export const RULES_USAGE = `Usage: leakguard rules [--json]

Lists every built-in rule: its id (used in allow comments and config), its severity, how sure a
match is (confidence: high when a checksum or structure check confirms it) and what it detects.
`;

export function unknownCommand(name: string): string {
  return `Unknown command "${name}".`;
}
