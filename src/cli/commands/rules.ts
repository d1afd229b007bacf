import { confidenceOf, severityOf } from '../../detect/rating';
import { builtInDetectors, builtInFileDetectors } from '../../detect/registry';
import type { Confidence, Severity } from '../../model/severity';
import { EXIT_CLEAN, type Command } from '../io';
import { RULES_USAGE } from '../messages/usage';
import { parseOptions } from '../parse-options';

const OPTIONS = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/** A rule as `leakguard rules` lists it; `kind` says whether it reads added lines or names a file. */
interface ListedRule {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly kind: 'content' | 'file';
}

export const rulesCommand: Command = async (args, io) => {
  const { values } = parseOptions(args, OPTIONS, 'rules');
  if (values.help) {
    io.stdout(RULES_USAGE);
    return EXIT_CLEAN;
  }
  const rules = builtInRules();
  if (values.json) {
    io.stdout(JSON.stringify(rules, null, 2) + '\n');
    return EXIT_CLEAN;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.confidence.padEnd(10)}  ${rule.description}`);
  const header = `${'id'.padEnd(width)}  severity  confidence  description`;
  io.stdout([header, ...lines].join('\n') + `\n\n${rules.length} rules.\n`);
  return EXIT_CLEAN;
};

/** Both tables of the registry, as one list: the content rules, then the file rules. */
function builtInRules(): ListedRule[] {
  const contentRules = builtInDetectors.map((detector): ListedRule => ({
    id: detector.id,
    description: detector.description,
    severity: severityOf(detector),
    confidence: confidenceOf(detector),
    kind: 'content',
  }));
  const fileDetectors = builtInFileDetectors.map(({ id, description, severity, confidence }): ListedRule => ({ id, description, severity, confidence, kind: 'file' }));
  return [...contentRules, ...fileDetectors];
}
