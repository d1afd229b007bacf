import type { FileDetector } from '../file-detector';
import { credentialLine, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const kubeconfigFileDetector: FileDetector = {
  id: 'sensitive-file-kubeconfig',
  description: 'kubeconfig with a token, password or client key',
  severity: 'critical',
  confidence: 'high',
  label: 'kubeconfig with credentials',
  // kubectl's ~/.kube/config, kubeadm's admin.conf, and files named after KUBECONFIG.
  namePattern: /\.kube\/config$|(?:^|\/)admin\.conf$|kubeconfig[^/]*$/,
  // The kubeconfig user fields (kubernetes.io, "Organizing Cluster Access Using kubeconfig Files").
  ...credentialLine(/^[ \t-]{0,20}(?:token|password|client-key-data)[ \t]{0,10}:[ \t]{0,10}(\S{1,20000})/),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}revoke the token or client certificate in the cluster and give CI its own short-lived credentials.`,
  examples: {
    reports: (generate) => [
      { path: '.kube/config', lines: ['users:', '- name: admin', '  user:', `    client-key-data: ${generate.base64(200)}`] },
      { path: 'ci/kubeconfig.yaml', lines: ['apiVersion: v1', 'kind: Config', `    token: ${generate.alnum(40)}`] },
    ],
    ignores: () => [
      { path: 'ci/kubeconfig.yaml', lines: ['kind: Config', '    token: ${KUBE_TOKEN}'] },
      { path: 'k8s/deployment.yaml', lines: ['    token: abc'] },
    ],
  },
};
