'use strict';
// Builds the labelled accuracy corpus in a directory: every rule's own positive examples planted in
// files of many languages, the hard negatives, sensitive files by name, and secrets that a change only
// deletes or leaves as context. Labels say which lines must be reported; everything else must not be.
const { crc32 } = require('../dist/detect/checksums');
const { builtInDetectors, detectorsByProvider } = require('../dist/detect/registry');
const { createSampleGenerator } = require('../dist/detect/sample-generator');
const { ALL_HOSTS, BLOCK_HOSTS, HOSTS, hostsForLine, upperSnake } = require('./accuracy-hosts');
const { genericForms, providerForms } = require('./accuracy-forms');
const { pemBlock } = require('./accuracy-negatives');

/** Samples per rule: each goes to a different language. */
const SAMPLES_PER_RULE = 3;
/** Planted secrets per file before a new file of the same language is started. */
const PER_FILE = 15;
/** A seed apart from the one the detector tests use: the bench sees samples the tests never did. */
const BENCH_SEED = 7919;

/** Collects planted lines into host files and records, for each, the lines a finding must fall on. */
class Planter {
  constructor() {
    this.files = new Map();
    this.counters = new Map();
    this.labels = [];
  }

  /** `lines` go into the host's current file after one ordinary line; a label covers all of them unless `label` is null. */
  plant(hostKey, host, lines, label) {
    const file = this.currentFile(hostKey, host);
    file.lines.push(host.filler[file.planted % host.filler.length]);
    const from = file.lines.length + 1;
    file.lines.push(...lines);
    file.planted++;
    if (label) this.labels.push({ ...label, file: file.path, from, to: file.lines.length });
  }

  currentFile(hostKey, host) {
    const open = this.files.get(hostKey);
    if (open && open.planted < PER_FILE) return open;
    if (open) this.close(open);
    const n = (this.counters.get(hostKey) ?? 0) + 1;
    this.counters.set(hostKey, n);
    const file = { path: host.path(n), lines: [...host.head], tail: host.tail ?? [], crlf: host.crlf, planted: 0 };
    this.files.set(hostKey, file);
    return file;
  }

  close(file) {
    (this.closed ??= []).push({ path: file.path, lines: [...file.lines, ...file.tail], crlf: file.crlf });
  }

  /** Every file, closed. */
  finish() {
    for (const file of this.files.values()) this.close(file);
    this.files.clear();
    return this.closed ?? [];
  }
}

/** Every rule's positives, from its own example generator with the bench's seeds. */
function rulePositives(seedOffset) {
  const positives = [];
  for (const [family, detectors] of Object.entries(detectorsByProvider)) {
    for (const detector of detectors) {
      for (let round = 0; round < SAMPLES_PER_RULE; round++) {
        const samples = detector.examples.detects(createSampleGenerator(crc32(detector.id) + seedOffset + round));
        for (const sample of samples) positives.push({ ruleId: detector.id, family, sample, round });
      }
    }
  }
  return positives;
}

/** Plants each positive where its syntax belongs, rotating through the languages that fit. */
function plantPositive(planter, positive, index) {
  const { ruleId, family, sample } = positive;
  const label = { ruleId, family };
  if (sample.includes('\n')) {
    const keys = Object.keys(BLOCK_HOSTS);
    const key = keys[index % keys.length];
    const block = BLOCK_HOSTS[key];
    return planter.plant(`block-${key}`, { ...block, head: [], filler: ['# key material for the integration environment'] }, [block.open, ...sample.split('\n'), block.close], label);
  }
  const fitting = hostsForLine(sample);
  if (fitting === undefined && !/["'`]/.test(sample)) {
    const hostKey = ALL_HOSTS[index % ALL_HOSTS.length];
    // Half the names say what the value is; half are neutral, so the provider rule must do the work.
    const name = index % 2 === 0 ? `${family} api key` : `${family} upstream`;
    return planter.plant(hostKey, HOSTS[hostKey], [HOSTS[hostKey].wrap(name, sample)], label);
  }
  const hosts = fitting ?? ['sh'];
  const hostKey = hosts[index % hosts.length];
  const host = HOSTS[hostKey];
  return planter.plant(hostKey, host, [host.place ? host.place(sample) : sample], label);
}

/** Files that are secrets by name: `expectLine` is where the finding must be, or null when none may be. */
function sensitiveFiles(generate) {
  const keyBody = Array.from({ length: 20 }, () => generate.base64(64));
  const certificate = pemBlock('CERTIFICATE', Array.from({ length: 12 }, () => generate.base64(64)));
  return [
    { path: 'deploy/keys/id_rsa', lines: keyBody, expectLine: 1 },
    { path: 'android/app/release.keystore', binary: true, expectLine: 1 },
    { path: 'certs/client.p12', binary: true, expectLine: 1 },
    { path: 'config/master.key', lines: [generate.hex(32)], expectLine: 1 },
    { path: '.env', lines: ['# local', 'PORT=3000', `DB_HOST=db-${generate.lowerAlnum(6)}.internal`, 'DEBUG=true'], expectLine: 3 },
    { path: 'services/billing/.env.production', lines: [`export QUEUE_URL=amqp://queue.internal/${generate.lowerAlnum(8)}`], expectLine: 1 },
    { path: 'packages/api/.npmrc', lines: ['registry=https://npm.internal/', `_auth=${generate.base64(32)}`], expectLine: 2 },
    { path: '.pypirc', lines: ['[pypi]', 'username = __token__', `password = ${generate.alnum(20)}`], expectLine: 3 },
    { path: 'ci/.netrc', lines: [`machine git.internal login ci password ${generate.alnum(18)}`], expectLine: 1 },
    { path: 'ci/.git-credentials', lines: [`https://ci:${generate.alnum(24)}@git.internal`], expectLine: 1 },
    { path: 'gcp/credentials.json', lines: ['{', '  "installed": {', '    "redirect_uris": ["http://localhost"]', '  }', '}'], expectLine: 1 },
    { path: 'infra/terraform.tfstate', lines: ['{', '  "version": 4,', '  "serial": 12', '}'], expectLine: 1 },
    { path: 'ci/kubeconfig.yaml', lines: ['apiVersion: v1', 'kind: Config', 'users:', '- name: ci', '  user:', `    client-key-data: ${generate.base64(300)}`], expectLine: 6 },
    { path: 'infra/prod.tfvars', lines: ['region = "eu-west-1"', `db_password = "${generate.alnum(16)}${generate.digits(3)}"`], expectLine: 2 },
    { path: '.env.example', lines: ['PORT=3000', 'DB_PASSWORD=', 'API_KEY=your-api-key-here'], expectLine: null },
    { path: 'templates/.env.template', lines: ['DB_HOST=db.internal', 'DB_USER=app'], expectLine: null },
    { path: '.npmrc', lines: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', 'save-exact=true'], expectLine: null },
    { path: 'certs/ca.pem', lines: certificate, expectLine: null },
    { path: 'deploy/keys/id_rsa.pub', lines: [`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${generate.base64(372)} ci@deploy`], expectLine: null },
    { path: 'infra/staging.tfvars', lines: ['region = "eu-west-1"', 'instance_count = 2', 'db_password = var.db_password'], expectLine: null },
  ];
}

/**
 * Secrets already committed, then a change that deletes some of them, turns some into references and
 * adds lines next to the rest: none of them is new, so none may be reported.
 */
function oldSecretFiles() {
  const planter = new Planter();
  const positives = rulePositives(BENCH_SEED + 1000).filter((positive) => positive.round === 0 && !positive.sample.includes('\n'));
  const host = { ...HOSTS.py, path: (n) => `legacy/old_settings_${n}.py` };
  for (const positive of positives) planter.plant('py', host, [positive.sample], null);
  const before = planter.finish();
  const secrets = new Set(positives.map((positive) => positive.sample));
  const after = before.map((file) => ({
    path: file.path,
    lines: file.lines.flatMap((line, index) => {
      if (!secrets.has(line)) return [line];
      if (index % 3 === 0) return [];
      if (index % 3 === 1) return [`${upperSnake('value')}_${index} = os.environ["VALUE_${index}"]`];
      return [line, `# reviewed ${index}`];
    }),
  }));
  return { before, after };
}

/** The whole corpus: files to commit first, files of the change, labels and the kind of each hard negative file. */
function buildCorpus(hardNegativeFiles) {
  const planter = new Planter();
  rulePositives(BENCH_SEED).forEach((positive, index) => plantPositive(planter, positive, index));
  const planted = planter.finish();
  const sensitive = sensitiveFiles(createSampleGenerator(BENCH_SEED + 2));
  const old = oldSecretFiles();
  const written = [
    ...genericForms(createSampleGenerator(BENCH_SEED + 3), SAMPLES_PER_RULE).map((form) => ({ ...form, family: 'generic' })),
    ...providerForms(createSampleGenerator(BENCH_SEED + 4), SAMPLES_PER_RULE, builtInDetectors),
  ];
  const forms = written.map((form) => ({ path: form.path, lines: [form.line] }));
  const formLabels = written.map((form) => ({ ruleId: `${form.family} (written forms)`, family: form.family, file: form.path, from: 1, to: 1 }));
  const sensitiveLabels = sensitive
    .filter((file) => file.expectLine !== null)
    .map((file) => ({ ruleId: 'sensitive-file', family: 'sensitive-file', file: file.path, from: file.expectLine, to: file.expectLine }));
  return {
    committedFirst: old.before,
    change: [...planted, ...forms, ...hardNegativeFiles, ...sensitive, ...old.after],
    labels: [...planter.labels, ...formLabels, ...sensitiveLabels],
    negativeKindOf: new Map([
      ...hardNegativeFiles.map((file) => [file.path, file.kind]),
      ...sensitive.filter((file) => file.expectLine === null).map((file) => [file.path, 'sensitive-file look-alikes']),
      ...old.after.map((file) => [file.path, 'secrets on deleted and context lines']),
    ]),
  };
}

module.exports = { buildCorpus };
