import { didYouMean } from '../../model/closest-name';
import { redactQuoted } from '../../model/redact-quoted';

export const MAIN_USAGE = `Usage: leakguard <command> [options]

Commands:
  install              write the pre-commit, commit-msg and pre-push hooks into this repository
  uninstall            remove them and restore any hook that was there before
  status               say whether the hooks git runs call leakguard, and what no hook covers
  scan --staged        scan the added lines of the staged change (what pre-commit runs)
  scan --commit-msg F  scan the message of the commit being made (what commit-msg runs)
  scan --pre-push      scan the commits a push sends (what pre-push runs)
  scan --range A..B    scan commits: also --since REF, --history
  scan PATH…           scan every line of files and directories (also --stdin for piped text)
  redact               copy stdin to stdout with every secret masked (logs, CI output)
  rules                list the detection rules
  baseline create      record the findings the repository already has, so only new ones block
  baseline add FP…     record findings a report printed, by fingerprint (what unblocks a push)
  baseline update|list|audit   re-scan and prune, print, or review them (leakguard baseline --help)

Options:
  -h, --help           show help (also: leakguard <command> --help)
  -v, --version        print the version

Exit codes: 0 no secrets, 1 secrets found, 2 usage, config or git error.
`;

export const SCAN_USAGE = `Usage: leakguard scan --staged [options]
       leakguard scan --commit-msg FILE [options]
       leakguard scan --pre-push REMOTE [URL] [options]   (git's refs on stdin)
       leakguard scan --range A..B | --since REF | --history [--include-merges] [options]
       leakguard scan PATH… | --stdin [options]

--staged and the commit sources scan added lines only. --staged reads the staged change: what
\`git commit\` would record now, read from the index, never from the work tree. The commit sources
read commits with \`git log -p\`, each against its parent, as a stream: a secret is reported once
per file, at the first commit that adds it, with that commit's short sha and subject, even if a
later commit removes it again. They also read each commit's message, and --pre-push and --history
the messages of the annotated tags they send or have. PATH… and --stdin read text whole: every
line counts.

Source (exactly one):
  --staged             the staged change
  --commit-msg FILE    the message of the commit being made, as git will record it: without the
                       comment lines and the \`git commit -v\` diff git drops from an edited message
  --pre-push           the commits a push sends that the remote does not have yet, from git's
                       pre-push input on stdin; REMOTE is the remote's name (git passes it)
  --range A..B         the commits of a revision range
  --since REF          the commits on HEAD since REF (REF..HEAD)
  --history            every commit reachable from any ref
  PATH…                every line of these files and directories; in a repository, the files git
                       lists (tracked, and untracked ones .gitignore does not exclude), plus any
                       file named here; elsewhere every file but .git directories
  --stdin              every line of piped text, reported as <stdin>

Options:
  --include-merges     also read merges: only lines that no parent had (conflict resolutions)
  --format FORMAT      text (default), json, sarif (SARIF 2.1.0 for GitHub code scanning), or
                       gitlab (GitLab's secret_detection report)
  --output FILE        write the report to FILE; the text report still goes to stdout
  --config PATH        use this config file instead of searching the repository root
  --baseline PATH      apply this baseline instead of the root's .secretbaseline.jsonl (it must exist)
  --no-baseline        apply no baseline: report every finding
  --match-any-file     a secret the baseline knows is known in any file (after renames)
  --min-severity LEVEL report only rules of this severity or above: low, medium, high, critical
  --verbose            also list binary (read from their blobs) and ignored files, and say so when clean
  --no-color           plain text even on a terminal (NO_COLOR=1 does the same)

Scans of commits show a progress line on stderr when it is a terminal, and nothing otherwise.
Findings the baseline (.secretbaseline.jsonl) knows are not reported, only counted, unless marked
must-fix: see \`leakguard baseline --help\`.
`;

export const REDACT_USAGE = `Usage: leakguard redact [--fail] [--config PATH] [--min-severity LEVEL]

Copies standard input to standard output with every secret the scan would find masked as its
reports mask it (a 4-character prefix, then ********), for logs and CI output:
  npm test 2>&1 | npx leakguard redact

A line is written as soon as its newline arrives. A line where a secret written over several lines
may start (a PEM \`-----BEGIN … PRIVATE KEY-----\`) waits for the lines its rule reads below it, at
most 59, and every line of the key is masked. A line without a newline is held until it ends, or
written in parts once it is longer than 1 Mi characters (a secret across a part's end goes out whole,
masked). Nothing is written unscanned, even at the end of the input or when the reader goes away.

The config of the repository of the current directory (or of the directory itself) applies: its
rules, the rules it turns off, allowlist.values. .secretignore, allowlist.paths, inline allow
comments and the baseline do not: a stream has no file, and a secret accepted in a file is still
one in a log.

Options:
  --fail               exit 1 when anything was masked (the output is written all the same)
  --config PATH        use this config file instead of searching the repository root
  --min-severity LEVEL mask only what rules of this severity or above find: low, medium, high, critical

Exit codes: 0 copied (1 with --fail when something was masked), 2 usage or config error. When the
reader closes the pipe (\`| head\`), it stops quietly with the same codes.
`;

export const RULES_USAGE = `Usage: leakguard rules [--json]

Lists every built-in rule: its id (used in allow comments and config), its severity, how sure a
match is (confidence: high when a checksum or structure check confirms it) and what it detects.
`;

export function unknownCommand(name: string, commands: readonly string[]): string {
  return `Unknown command "${redactQuoted(name)}".${didYouMean(name, commands, (command) => `\`leakguard ${command}\``)}`;
}

/** Redacted: `leakguard scan --<a pasted token>` is an unknown option too. */
export function unknownOption(typed: string, command: string, options: readonly string[]): string {
  return `Unknown option ${redactQuoted(typed)} for leakguard ${command}.${didYouMean(typed, options)}`;
}
