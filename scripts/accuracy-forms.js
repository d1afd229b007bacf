'use strict';
// Passwords and keys with no provider format, written the ways people write them: the generic rules'
// own examples cover a handful of syntaxes, these are the rest of what turns up in real repositories.
// Each form is one line; `{v}` is replaced by a generated value.
const FORMS = [
  { path: 'service/src/main/resources/application.yml', line: '    password: {v}' },
  { path: 'ci/maven/settings.xml', line: '      <password>{v}</password>' },
  { path: 'conf/tomcat-users.xml', line: '  <user username="admin" password="{v}" roles="manager-gui"/>' },
  { path: 'src/main/java/app/DataSourceConfig.java', line: '        dataSource.setPassword("{v}");' },
  { path: 'app/db.py', line: 'conn = psycopg2.connect(host="db", user="app", password="{v}")' },
  { path: 'config/database.php', line: "            'password' => '{v}'," },
  { path: 'config/database.yml', line: '  password: "{v}"' },
  { path: 'docker/.env.docker', line: 'MYSQL_ROOT_PASSWORD={v}' },
  { path: 'docker/db.env', line: 'DB_PASS={v}' },
  { path: 'scripts/backup.sh', line: 'SMTP_PASS="{v}"' },
  { path: 'deploy/ansible/group_vars/all.yml', line: 'ansible_become_pass: {v}' },
  { path: 'signing/gradle.properties', line: 'RELEASE_KEY_PASSWORD={v}' },
  { path: 'keys/README.txt', line: 'passphrase = {v}' },
  { path: 'web/Web.config', line: '    <add name="Main" connectionString="Server=db;Database=app;User Id=app;Password={v};" />' },
  { path: 'src/settings.rb', line: 'config.api_secret = "{v}"' },
  { path: 'src/client.go', line: '\tclient := api.New(api.Config{Token: "{v}"})' },
  { path: 'src/auth.ts', line: "const jwtSecret: string = '{v}';" },
  { path: 'src/Startup.cs', line: '            options.ClientSecret = "{v}";' },
];

/** Lines with a fresh value each, as positives of the generic family. */
function genericForms(generate, rounds) {
  const positives = [];
  for (let round = 0; round < rounds; round++) {
    for (const form of FORMS) {
      const value = `${generate.alnum(10)}${generate.digits(2)}${generate.alnum(4)}`;
      positives.push({ path: `forms${round}/${form.path}`, line: form.line.replace('{v}', value) });
    }
  }
  return positives;
}

/**
 * Provider credentials in the places they are pasted that no rule's example shows: an AWS console CSV
 * download, the AWS CLI, SDK constructors, git remotes, registry logins. `{{name}}` is a token of the
 * rule `name`, taken from that rule's own examples (written as a template placeholder, so this file
 * passes the project's own scan); `{hex32}` and `{awsSecret}` are built here.
 */
const PROVIDER_FORMS = [
  { family: 'aws', path: 'ops/credentials.csv', line: 'ci-deploy,,{{aws-access-key-id}},{awsSecret},https://123456789012.signin.aws.amazon.com/console' },
  { family: 'aws', path: 'ops/setup.sh', line: 'aws configure set aws_secret_access_key {awsSecret} --profile ci' },
  { family: 'aws', path: 'ops/Makefile', line: '\taws configure set aws_secret_access_key "{awsSecret}"' },
  { family: 'twilio', path: 'notify/sms.py', line: 'client = Client("AC{hex32}", "{hex32}")' },
  { family: 'twilio', path: 'notify/sms.js', line: "const client = twilio('AC{hex32}', '{hex32}');" },
  { family: 'twilio', path: 'notify/Sms.cs', line: '        TwilioClient.Init("AC{hex32}", "{hex32}");' },
  { family: 'github', path: 'ci/mirror.sh', line: 'git remote set-url origin https://x-access-token:{{github-classic-token}}@github.com/org/repo.git' },
  { family: 'github', path: 'api/requests.http', line: 'Authorization: token {{github-classic-token}}' },
  { family: 'gitlab', path: 'ci/clone.sh', line: 'git clone https://oauth2:{{gitlab-personal-access-token}}@gitlab.com/group/project.git' },
  { family: 'npm', path: 'ci/publish.sh', line: 'npm config set //registry.npmjs.org/:_authToken {{npm-access-token}}' },
  { family: 'slack', path: 'ops/notify.sh', line: 'curl -X POST -H "Authorization: Bearer {{slack-bot-token}}" https://slack.com/api/chat.postMessage' },
  { family: 'stripe', path: 'billing/charge.rb', line: 'Stripe.api_key = "{{stripe-secret-key}}"' },
];

/** The secret a rule's first example holds, found by the rule itself: a token of the right shape and checksum. */
function tokenOf(ruleId, detectors, generate) {
  const detector = detectors.find((candidate) => candidate.id === ruleId);
  if (detector === undefined) throw new Error(`accuracy-forms: no rule ${ruleId}`);
  for (const sample of detector.examples.detects(generate)) {
    const secret = new RegExp(detector.pattern.source, detector.pattern.flags).exec(sample)?.groups?.secret;
    if (secret !== undefined) return secret;
  }
  throw new Error(`accuracy-forms: no example of ${ruleId} matches its own pattern`);
}

function providerForms(generate, rounds, detectors) {
  const positives = [];
  for (let round = 0; round < rounds; round++) {
    const awsSecret = generate.base64(40);
    for (const form of PROVIDER_FORMS) {
      const line = form.line
        .replace(/\{hex32\}/g, () => generate.hex(32))
        .replace('{awsSecret}', awsSecret)
        .replace(/\{\{([a-z0-9-]+)\}\}/g, (_, ruleId) => tokenOf(ruleId, detectors, generate));
      positives.push({ family: form.family, path: `provider-forms${round}/${form.path}`, line });
    }
  }
  return positives;
}

module.exports = { genericForms, providerForms };
