import type { Detector } from './detector';
import { providersAToC } from './registry-a-c';
import { providersDToL } from './registry-d-l';
import { mToRDetectorsByProvider } from './registry-m-r';
import { sToZDetectorsByProvider } from './registry-s-z';

import type { FileDetector } from './file-detector';
import { credentialsJsonFileDetector } from './file-detectors/credentials-json';
import { dockerConfigFileDetector } from './file-detectors/docker-config';
import { envFileDetector } from './file-detectors/env';
import { filezillaFileDetector } from './file-detectors/filezilla';
import { gitCredentialsFileDetector } from './file-detectors/git-credentials';
import { htpasswdFileDetector } from './file-detectors/htpasswd';
import { keystoreFileDetector } from './file-detectors/keystore';
import { kubeconfigFileDetector } from './file-detectors/kubeconfig';
import { myCnfFileDetector } from './file-detectors/my-cnf';
import { netrcFileDetector } from './file-detectors/netrc';
import { npmrcFileDetector } from './file-detectors/npmrc';
import { pgpassFileDetector } from './file-detectors/pgpass';
import { privateKeyFileDetector } from './file-detectors/private-key';
import { pypircFileDetector } from './file-detectors/pypirc';
import { s3cfgFileDetector } from './file-detectors/s3cfg';
import { sftpConfigFileDetector } from './file-detectors/sftp-config';
import { terraformStateFileDetector } from './file-detectors/terraform-state';
import { tfvarsFileDetector } from './file-detectors/tfvars';

/**
 * Every built-in rule, by provider; the key is the detector file's name and the prefix of each id.
 * Kept in alphabetical order so that adding a provider is a one-line, conflict-free change; the table
 * is in four parts (registry-a-c.ts, registry-d-l.ts, registry-m-r.ts, registry-s-z.ts), as one file
 * could no longer hold it within the size rules.
 */
export const detectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
  ...providersAToC,
  ...providersDToL,
  ...mToRDetectorsByProvider,
  ...sToZDetectorsByProvider,
};

export const builtInDetectors: readonly Detector[] = Object.values(detectorsByProvider).flat();

/**
 * Every built-in file rule (a credential store known by its name), by kind; the key is the file
 * detector's name and the end of its id, `sensitive-file-<kind>`. Alphabetical, like the providers.
 */
export const fileDetectorsByKind: Readonly<Record<string, FileDetector>> = {
  'credentials-json': credentialsJsonFileDetector,
  'docker-config': dockerConfigFileDetector,
  env: envFileDetector,
  filezilla: filezillaFileDetector,
  'git-credentials': gitCredentialsFileDetector,
  htpasswd: htpasswdFileDetector,
  keystore: keystoreFileDetector,
  kubeconfig: kubeconfigFileDetector,
  'my-cnf': myCnfFileDetector,
  netrc: netrcFileDetector,
  npmrc: npmrcFileDetector,
  pgpass: pgpassFileDetector,
  'private-key': privateKeyFileDetector,
  pypirc: pypircFileDetector,
  s3cfg: s3cfgFileDetector,
  'sftp-config': sftpConfigFileDetector,
  'terraform-state': terraformStateFileDetector,
  tfvars: tfvarsFileDetector,
};

export const builtInFileDetectors: readonly FileDetector[] = Object.values(fileDetectorsByKind);
