import type { FileDetector } from '../file-detector';
import { isNotBlank, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const terraformStateFileDetector: FileDetector = {
  id: 'sensitive-file-terraform-state',
  description: 'Terraform state (*.tfstate), which holds every resource attribute in plain text',
  severity: 'high',
  confidence: 'high',
  label: 'Terraform state',
  // Terraform's docs (developer.hashicorp.com/terraform/language/state/sensitive-data): local state is
  // terraform.tfstate, with a .backup beside it, and holds sensitive values in plain text.
  namePattern: /\.tfstate(?:\.backup)?$/,
  holdsSecret: isNotBlank,
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}keep state in a remote backend (S3, GCS, Terraform Cloud) and rotate the passwords and keys it holds.`,
  examples: {
    reports: () => [
      { path: 'infra/terraform.tfstate', lines: ['{', '  "version": 4,'] },
      { path: 'infra/terraform.tfstate.backup', lines: ['{'] },
    ],
    ignores: () => [{ path: 'infra/main.tf', lines: ['terraform {}'] }, { path: 'docs/tfstate.md', lines: ['terraform.tfstate'] }],
  },
};
