import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke the token in SonarQube / SonarCloud (My Account → Security → Revoke), then give the scanner a new one through SONAR_TOKEN in your CI secrets.';

export const sonarDetectors: readonly Detector[] = [
  // SonarQube tokens since 9.5 ("Generating and using tokens"): "squ_" (user), "sqp_" (project) or "sqa_" (global analysis) + 40 hex.
  prefixedToken({
    id: 'sonar-token',
    description: 'SonarQube user, project or global analysis token',
    prefixes: ['squ_', 'sqp_', 'sqa_'],
    charset: 'a-f0-9',
    length: 40,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`squ_${generate.hex(40)}`, `SONAR_TOKEN=sqp_${generate.hex(40)}`],
      ignores: (generate) => [`squ_${generate.hex(20)}`, `sqx_${generate.hex(40)}`],
    },
  }),
  assignedToken({
    id: 'sonar-legacy-token',
    description: 'SonarQube / SonarCloud token without a prefix, assigned to a sonar token or login setting',
    keywords: ['sonar'],
    // SonarQube tokens before 9.5 and SonarCloud tokens ("Generating and using tokens"): 40 hex, passed as sonar.login or SONAR_TOKEN; the name must say sonar and token/login.
    name: 'sonar[A-Za-z0-9_.-]{0,10}(?:token|login)',
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`SONAR_LEGACY_TOKEN=${generate.hex(40)}`, `sonar.legacyToken: "${generate.hex(40)}"`, `mvn sonar:sonar -Dsonar.login=${generate.hex(40)}`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `SONAR_LEGACY_TOKEN=${generate.hex(20)}`],
    },
  }),
];
