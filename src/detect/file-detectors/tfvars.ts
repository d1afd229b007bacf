import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE, SECRET_NAME } from '../file-detector-parts';

/**
 * Terraform variable definitions files (developer.hashicorp.com/terraform/language/values/variables):
 * HCL `name = "value"` in .tfvars, JSON `"name": "value"` in .tfvars.json.
 */
const TFVARS_ASSIGNMENT = /^[ \t]{0,20}"?([A-Za-z0-9_-]{1,100})"?[ \t]{0,10}[=:][ \t]{0,10}("[^"]{1,2000}"|[^\s,]{1,2000})/;

export const tfvarsFileDetector: FileDetector = {
  id: 'sensitive-file-tfvars',
  description: 'Terraform variables file (*.tfvars) assigning a password, secret, token or key',
  severity: 'high',
  confidence: 'medium',
  label: '.tfvars with a secret',
  namePattern: /\.tfvars(?:\.json)?$/,
  ...credentialLine(TFVARS_ASSIGNMENT, 2, SECRET_NAME),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}pass secrets as TF_VAR_<name> environment variables or read them from a secret manager.`,
  examples: {
    reports: (generate) => [
      { path: 'prod.tfvars', lines: ['region = "eu-west-1"', `db_password = "${generate.alnum(18)}"`] },
      { path: 'env/prod.auto.tfvars.json', lines: ['{', `  "api_token": "${generate.alnum(30)}"`] },
    ],
    ignores: () => [
      { path: 'prod.tfvars', lines: ['region = "eu-west-1"', 'instance_count = 3'] },
      { path: 'prod.tfvars', lines: ['db_password = var.db_password', 'api_token = ""'] },
    ],
  },
};
