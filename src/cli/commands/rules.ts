import { confidenceOf, severityOf } from '../../detect/rating';
import { builtInDetectors } from '../../detect/registry';
import { sensitiveFileRules } from '../../detect/sensitive-files';
import { EXIT_CLEAN, type Command } from '../io';
import { RULES_USAGE } from '../messages/usage';
import { parseOptions } from '../parse-options';

const OPTIONS = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export const rulesCommand: Command = async (args, io) => {
  const { values } = parseOptions(args, OPTIONS, 'rules');
  if (values.help) {
    io.stdout(RULES_USAGE);
    return EXIT_CLEAN;
  }
  const contentRules = builtInDetectors.map((detector) => ({
    id: detector.id,
    description: detector.description,
    severity: severityOf(detector),
    confidence: confidenceOf(detector),
  }));
  const fileRules = sensitiveFileRules.map(({ id, description, severity, confidence }) => ({ id, description, severity, confidence }));
  const rules = [...contentRules, ...fileRules];
  if (values.json) {
    io.stdout(JSON.stringify(rules, null, 2) + '\n');
    return EXIT_CLEAN;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.confidence.padEnd(6)}  ${rule.description}`);
  const header = `${'id'.padEnd(width)}  severity  conf.   description`;
  io.stdout([header, ...lines].join('\n') + `\n\n${rules.length} rules.\n`);
  return EXIT_CLEAN;
};
