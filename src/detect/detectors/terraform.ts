import type { Detector } from '../detector';

export const terraformDetectors: readonly Detector[] = [
  {
    id: 'terraform-cloud-api-token',
    severity: 'critical',
    description: 'HCP Terraform (Terraform Cloud / Enterprise) user, team or organization API token',
    keywords: ['.atlasv1.'],
    // HCP Terraform API tokens ("API tokens"): 14 alphanumerics + ".atlasv1." + 60 to 70 base64url characters.
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    minEntropy: 4,
    fix: 'Revoke the token in HCP Terraform (User settings → Tokens, or the team’s or organization’s API token page), then use dynamic provider credentials or a CI secret (TF_TOKEN_app_terraform_io).',
    examples: {
      detects: (generate) => [`${generate.alnum(14)}.atlasv1.${generate.base64url(67)}`, `credentials "app.terraform.io" { token = "${generate.alnum(14)}.atlasv1.${generate.base64url(67)}" }`],
      ignores: (generate) => [`${generate.alnum(14)}.atlasv1.${generate.base64url(20)}`, `${generate.alnum(8)}.atlasv1.${generate.base64url(67)}`],
    },
  },
];
