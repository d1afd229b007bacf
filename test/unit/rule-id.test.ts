import { parseBaseline } from '../../src/baseline/baseline-format';
import { validateConfig } from '../../src/config/validate-config';
import { RULE_ID } from '../../src/model/rule-id';
import { builtInRuleIds } from '../../src/scan/active-detectors';

const SALT = '0123456789abcdef0123456789abcdef';
const baselineWithRule = (rule: string): string =>
  `{"format":"leakguard-baseline","version":1,"salt":"${SALT}"}\n{"file":"a.ts","rule":"${rule}","fingerprint":"${'1'.repeat(32)}","verdict":"unreviewed"}\n`;
const configWithRule = (id: string) => ({ rules: [{ id, description: 'Acme key', pattern: 'acme_[a-z]{8}', keywords: ['acme_'] }] });

describe('a rule id', () => {
  test('every built-in rule has one', () => {
    expect([...builtInRuleIds].filter((id) => !RULE_ID.test(id))).toEqual([]);
  });

  test.each(['acme-api-key', 'acme-v2-bot-token'])('%s is one to the config and to the baseline alike', (id) => {
    expect(() => validateConfig(configWithRule(id), '/repo/.leakguardrc', builtInRuleIds)).not.toThrow();
    expect(parseBaseline(baselineWithRule(id), '/repo/.secretbaseline.jsonl').entries[0]?.rule).toBe(id);
  });

  test.each(['jwt', 'Acme-key', 'acme_key', 'acme-'])('%s is one to neither', (id) => {
    expect(() => validateConfig(configWithRule(id), '/repo/.leakguardrc', builtInRuleIds)).toThrow('must be kebab-case');
    expect(() => parseBaseline(baselineWithRule(id), '/repo/.secretbaseline.jsonl')).toThrow('"rule" must be a rule id');
  });
});
