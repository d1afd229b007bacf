'use strict';
// Hard negatives for the accuracy corpus: strings that look like secrets and are not. Each generator
// returns files ({ path, lines }) whose every line is a negative of its kind. Values that resemble a
// provider's format are assembled from parts, so this file holds no string a scanner would flag.
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const uuid = (generate) => [8, 4, 4, 4, 12].map((length) => generate.hex(length)).join('-');
const join2 = (...parts) => parts.join('');

function lockfiles(generate) {
  const packages = Array.from({ length: 30 }, (_, index) => `pkg-${generate.lowerAlnum(6)}${index}`);
  const npm = ['{', '  "name": "shop",', '  "lockfileVersion": 3,', '  "packages": {'];
  for (const name of packages) {
    npm.push(`    "node_modules/${name}": {`, '      "version": "1.2.3",');
    npm.push(`      "resolved": "https://registry.npmjs.org/${name}/-/${name}-1.2.3.tgz",`);
    npm.push(`      "integrity": "sha512-${generate.base64(86)}==",`, '      "license": "MIT"', '    },');
  }
  npm.push('  }', '}');
  const yarn = packages.flatMap((name) => [`${name}@^1.2.0:`, '  version "1.2.3"', `  resolved "https://registry.yarnpkg.com/${name}/-/${name}-1.2.3.tgz#${generate.hex(40)}"`, `  integrity sha512-${generate.base64(86)}==`, '']);
  const pnpm = packages.flatMap((name) => [`  /${name}@1.2.3:`, `    resolution: {integrity: sha512-${generate.base64(86)}==}`, '    dev: false']);
  const sri = Array.from({ length: 10 }, (_, index) => `    <script src="https://cdn.jsdelivr.net/npm/lib${index}@1/dist/lib.min.js" integrity="sha384-${generate.base64(64)}" crossorigin="anonymous"></script>`);
  return [
    { path: 'package-lock.json', lines: npm },
    { path: 'yarn.lock', lines: yarn },
    { path: 'pnpm-lock.yaml', lines: ['lockfileVersion: 5.4', 'packages:', ...pnpm] },
    { path: 'web/public/index.html', lines: ['<!doctype html>', '<html>', '  <head>', ...sri, '  </head>', '</html>'] },
  ].map((file) => ({ ...file, kind: 'lockfile and SRI integrity hashes' }));
}

function checksums(generate) {
  const modules = Array.from({ length: 25 }, (_, index) => `github.com/${generate.lowerAlnum(7)}/${generate.lowerAlnum(5)}${index}`);
  const goSum = modules.flatMap((module) => [`${module} v1.${generate.digits(1)}.0 h1:${generate.base64(43)}=`, `${module} v1.${generate.digits(1)}.0/go.mod h1:${generate.base64(43)}=`]);
  const cargo = Array.from({ length: 25 }, (_, index) => [
    '[[package]]', `name = "crate-${generate.lowerAlnum(5)}${index}"`, 'version = "0.4.2"',
    'source = "registry+https://github.com/rust-lang/crates.io-index"', `checksum = "${generate.hex(64)}"`, '',
  ]).flat();
  return [
    { path: 'go.sum', lines: goSum, kind: 'go.sum and Cargo.lock checksums' },
    { path: 'Cargo.lock', lines: ['version = 3', '', ...cargo], kind: 'go.sum and Cargo.lock checksums' },
  ];
}

function digestsAndShas(generate) {
  const digests = Array.from({ length: 12 }, () => generate.hex(64));
  const compose = ['services:', ...digests.slice(0, 6).flatMap((digest, index) => [`  svc${index}:`, `    image: registry.internal/shop/svc${index}@sha256:${digest}`])];
  const dockerfile = digests.slice(6).map((digest, index) => `FROM node:2${index}-alpine@sha256:${digest} AS stage${index}`);
  const shas = Array.from({ length: 15 }, () => generate.hex(40));
  const workflow = ['name: ci', 'on: [push]', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', ...shas.slice(0, 8).map((sha, index) => `      - uses: actions/tool${index}@${sha} # v4`)];
  const json = ['{', ...shas.slice(8).map((sha, index) => `  "dep${index}": { "commit": "${sha}", "ref": "github:org/dep${index}#${sha}" },`), '  "done": true', '}'];
  return [
    { path: 'deploy/compose.prod.yml', lines: compose, kind: 'image digests' },
    { path: 'images/base/Dockerfile', lines: dockerfile, kind: 'image digests' },
    { path: '.github/workflows/ci.yml', lines: workflow, kind: 'git SHAs' },
    { path: 'vendor/manifest.json', lines: json, kind: 'git SHAs' },
    { path: 'scripts/pin.sh', lines: shas.map((sha) => `git -C vendor/lib checkout ${sha}`), kind: 'git SHAs' },
  ];
}

function uuids(generate) {
  const lines = [
    ...Array.from({ length: 5 }, () => `  "requestId": "${uuid(generate)}",`),
    ...Array.from({ length: 5 }, () => `tenant_id = "${uuid(generate)}"`),
    ...Array.from({ length: 5 }, () => `  subscription_id: ${uuid(generate)}`),
    ...Array.from({ length: 5 }, () => `    <ProjectGuid>{${uuid(generate).toUpperCase()}}</ProjectGuid>`),
    ...Array.from({ length: 5 }, () => `const correlationId = '${uuid(generate)}';`),
  ];
  return [{ path: 'src/fixtures/ids.txt', lines, kind: 'UUIDs' }];
}

function dataUris(generate) {
  const lines = [
    ...Array.from({ length: 6 }, (_, index) => `.icon-${index} { background: url(data:image/png;base64,${generate.base64(600)}=); }`),
    ...Array.from({ length: 4 }, (_, index) => `<img alt="logo ${index}" src="data:image/svg+xml;base64,${generate.base64(300)}">`),
    ...Array.from({ length: 4 }, () => `@font-face { font-family: Inter; src: url("data:font/woff2;base64,${generate.base64(900)}") format("woff2"); }`),
  ];
  return [{ path: 'web/src/styles/inline.css', lines, kind: 'data URIs' }];
}

function pemBlock(label, lines) {
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`];
}

function publicKeys(generate) {
  const body = (count) => [...Array.from({ length: count }, () => generate.base64(64)), `${generate.base64(20)}==`];
  const pems = [...pemBlock('PUBLIC KEY', body(6)), ...pemBlock('CERTIFICATE', body(18)), ...pemBlock('RSA PUBLIC KEY', body(5)), ...pemBlock('PGP PUBLIC KEY BLOCK', ['', ...body(20)])];
  const ssh = [
    ...Array.from({ length: 5 }, (_, index) => `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${generate.base64(500)} deploy${index}@ci`),
    ...Array.from({ length: 5 }, (_, index) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${generate.base64(43)} dev${index}@laptop`),
    ...Array.from({ length: 3 }, (_, index) => `git${index}.internal ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${generate.base64(100)}=`),
  ];
  const jwks = ['{"keys": [', ...Array.from({ length: 4 }, () => `  {"kty": "RSA", "kid": "${generate.hex(16)}", "use": "sig", "alg": "RS256", "n": "${generate.base64url(342)}", "e": "AQAB"},`), ']}'];
  return [
    { path: 'certs/chain.pem', lines: pems, kind: 'public keys and certificates' },
    { path: 'deploy/authorized_keys', lines: ssh, kind: 'public keys and certificates' },
    { path: 'auth/jwks.json', lines: jwks, kind: 'public keys and certificates' },
  ];
}

function stripePublishable(generate) {
  const key = (mode) => join2('pk', '_', mode, '_', generate.alnum(24), generate.alnum(75));
  const lines = [
    `STRIPE_PUBLISHABLE_KEY=${key('live')}`,
    `const stripe = Stripe('${key('live')}');`,
    `  publishableKey: "${key('test')}",`,
    `NEXT_PUBLIC_STRIPE_KEY=${key('live')}`,
    `<script>window.STRIPE_PK = "${key('live')}";</script>`,
  ];
  return [{ path: 'web/src/payments/stripe.ts', lines, kind: 'Stripe publishable keys' }];
}

/** Real minified JavaScript from this project's dependencies, then a few lines in the same style with token-like strings. */
function minifiedJavascript(generate, nodeModules) {
  const files = [];
  for (const path of minifiedFiles(nodeModules).slice(0, 24)) {
    files.push({ path: `web/public/vendor/${files.length}-${path.split('/').pop()}`, lines: readFileSync(path, 'utf8').split('\n'), kind: 'minified JavaScript' });
  }
  const synthetic = Array.from({ length: 10 }, () =>
    `!function(e,t){var n="${generate.base64(40)}",r={token:e.token,secret:t&&t.secret,key:"${generate.hex(8)}"};e.exports=function(o){return o.split(n).map(function(a){return r[a]||a})}}(module,{});`,
  );
  files.push({ path: 'web/public/vendor/app.min.js', lines: synthetic, kind: 'minified JavaScript' });
  return files;
}

function minifiedFiles(dir, found = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) minifiedFiles(path, found);
    else if (entry.name.endsWith('.min.js') && statSync(path).size < 2_000_000) found.push(path);
  }
  return found;
}

function i18n() {
  const en = [
    '{',
    '  "password_too_short": "Your password must be at least 12 characters long.",',
    '  "password_reset_sent": "We sent a password reset link to your email.",',
    '  "token_expired": "Your session token has expired. Please sign in again.",',
    '  "api_key_label": "API key",',
    '  "api_key_help": "Create an API key in Settings > Developers and paste it here.",',
    '  "secret_question": "What was the name of your first pet?",',
    '  "credentials_invalid": "The username or password you entered is incorrect.",',
    '  "done": "Done"',
    '}',
  ];
  const fr = [
    'auth:',
    '  password: Mot de passe',
    '  password_hint: "Votre mot de passe doit contenir au moins douze caractères"',
    '  token_expired: "Votre jeton a expiré, veuillez vous reconnecter."',
    '  secret: Secret partagé',
    '  api_key: "Clé d\'API"',
  ];
  const properties = [
    'login.password=Passwort',
    'login.password.invalid=Das Passwort ist falsch oder abgelaufen.',
    'token.expired=Ihr Zugangstoken ist abgelaufen.',
    'secret.label=Geheimer Schlüssel',
    'apikey.description=Erstellen Sie einen API-Schlüssel in den Einstellungen.',
  ];
  return [
    { path: 'web/src/locales/en.json', lines: en, kind: 'i18n strings' },
    { path: 'web/src/locales/fr.yml', lines: fr, kind: 'i18n strings' },
    { path: 'service/src/main/resources/messages_de.properties', lines: properties, kind: 'i18n strings' },
  ];
}

function secretKeyRefs() {
  const envs = ['DB_PASSWORD', 'API_TOKEN', 'STRIPE_SECRET_KEY', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN'];
  const lines = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  template:', '    spec:', '      containers:', '        - name: api', '          env:'];
  for (const name of envs) {
    const secretName = `${name.toLowerCase().replace(/_/g, '-')}-secret`;
    lines.push(`            - name: ${name}`, '              valueFrom:', '                secretKeyRef:', `                  name: ${secretName}`, `                  key: ${name.toLowerCase().replace(/_/g, '-')}`);
  }
  return [{ path: 'k8s/base/deployment.yaml', lines, kind: 'Kubernetes secretKeyRef names' }];
}

function placeholders(generate) {
  const aws = join2('AKIA', 'IOSFODNN7', 'EXAMPLE');
  const lines = [
    `aws_access_key_id = ${aws}`,
    `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${join2('EXAMPLE', 'KEY')}`,
    `STRIPE_SECRET_KEY=${join2('sk', '_live_')}${'x'.repeat(24)}`,
    `GITHUB_TOKEN=${join2('gh', 'p_')}${'x'.repeat(36)}`,
    `SLACK_BOT_TOKEN=${join2('xo', 'xb-')}xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx`,
    'OPENAI_API_KEY=<your-openai-api-key>',
    'api_key: "<API_KEY>"',
    'password: ${DB_PASSWORD}',
    'const token = `${process.env.GITHUB_TOKEN}`;',
    'secret: "{{ .Values.appSecret }}"',
    'token: "{{ secrets.DEPLOY_TOKEN }}"',
    'password = "%s" % os.environ["DB_PASSWORD"]',
    'url = "postgres://%s:%s@db:5432/app"',
    'apiKey: process.env.API_KEY,',
    'api_key = os.environ["API_KEY"]',
    'DB_PASSWORD=changeme',
    'password: change_me_please',
    'API_KEY=your-api-key-here',
    'SENDGRID_API_KEY=your_sendgrid_api_key_here',
    'client_secret = "dummy-client-secret-for-tests"',
    'api_token: dummy_token_value_123',
    `password = "fake-password-${generate.digits(4)}"`,
    `const apiKey = "fake_api_key_${generate.lowerAlnum(8)}";`,
    'AUTH_TOKEN=fake-token-for-local-dev',
    'SECRET_KEY=replace-me-with-a-long-random-string',
    'private_key = "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"',
    'DATABASE_URL=postgres://user:password@localhost:5432/app',
    'mongodb_uri: mongodb://<username>:<password>@cluster0.mongodb.net/app',
    `AWS_SECRET_ACCESS_KEY=${join2('EXAMPLE', 'SECRET', 'ACCESSKEY')}1234567890abcd`,
    'token = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
    `OPENAI_API_KEY=${join2('sk', '-proj-')}<your-key>`,
    `slack_token: "${join2('xo', 'xb-')}{{ slack_bot_token }}"`,
    'Authorization: Bearer ${ACCESS_TOKEN}',
    'DATABASE_URL = "postgresql://%(user)s:%(password)s@%(host)s/app"',
    `password = "${join2('my', '-super-secret-password')}"`,
    'api_key = "YOUR_API_KEY"',
    'token: "<token>"',
    'secret_key = "INSERT_SECRET_HERE"',
  ];
  return [{ path: 'docs/configuration-examples.txt', lines, kind: 'placeholders' }];
}

/** Code that handles secrets without holding one: the lines a name-and-value rule is most tempted by. */
function secretHandlingCode() {
  const lines = [
    "const tokenPattern = /^[A-Za-z0-9_-]{20,}$/;",
    'password: Joi.string().min(12).required(),',
    "const secret = crypto.randomBytes(32).toString('hex');",
    "apiKey: config.get('services.billing.apiKey'),",
    'const token = jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: "1h" });',
    'password = getpass.getpass("Password: ")',
    '          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
    'secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-password"',
    'token_type = "Bearer"',
    'if err := validateToken(ctx, token); err != nil {',
    '  private_key_path: /etc/ssl/private/server.key',
    'export GITHUB_TOKEN="$(gh auth token)"',
    'credentials: "include",',
    '$password = Hash::make($request->input("password"));',
  ];
  return [{ path: 'src/auth/handlers.txt', lines, kind: 'code that handles secrets' }];
}

/** Every kind of hard negative the issue lists, as files. */
function hardNegatives(generate, nodeModules) {
  return [
    ...lockfiles(generate),
    ...checksums(generate),
    ...digestsAndShas(generate),
    ...uuids(generate),
    ...dataUris(generate),
    ...publicKeys(generate),
    ...stripePublishable(generate),
    ...minifiedJavascript(generate, nodeModules),
    ...i18n(),
    ...secretKeyRefs(),
    ...placeholders(generate),
    ...secretHandlingCode(),
  ];
}

module.exports = { hardNegatives, pemBlock };
