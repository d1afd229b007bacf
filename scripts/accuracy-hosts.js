'use strict';
// The files the accuracy corpus plants secrets in: one per language or format, each with ordinary
// lines of its own kind around the planted ones. Those ordinary lines are negatives too: a finding on
// one is a false alarm.

/** UPPER_SNAKE from a provider or rule name: "azure-devops" -> "AZURE_DEVOPS". */
const upperSnake = (name) => name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
const camel = (name) => name.toLowerCase().replace(/[^a-z0-9]+([a-z0-9])/g, (_, char) => char.toUpperCase());

/**
 * Each host: a path (n makes it unique), opening and closing lines, ordinary lines to put between the
 * planted ones, `wrap` to write a bare token the way that language assigns a value, and `place` to put a
 * whole line (already holding its assignment) into it unchanged or with the prefix the format needs.
 */
const HOSTS = {
  js: {
    path: (n) => `web/src/config/services${n}.js`,
    head: ["'use strict';", "const path = require('node:path');", ''],
    tail: ['', 'module.exports = { settings };'],
    filler: [
      "const settings = { retries: 3, timeoutMs: 5000, baseDir: path.join(__dirname, '..') };",
      'function tokenize(input) { return input.split(/\\s+/).filter(Boolean); }',
      '// The token refresh runs every 15 minutes; see docs/auth.md.',
      "const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };",
      'if (!process.env.API_KEY) throw new Error("API_KEY is not set");',
    ],
    wrap: (name, token) => `const ${camel(name)} = '${token}';`,
  },
  ts: {
    path: (n) => `api/src/clients/client${n}.ts`,
    head: ["import { request } from './http';", ''],
    tail: ['', 'export default clients;'],
    filler: [
      'export interface ClientOptions { readonly apiKey: string; readonly baseUrl: string }',
      'const clients = new Map<string, ClientOptions>();',
      'export const passwordMinLength = 12;',
      'export async function fetchToken(scope: string): Promise<string> { return (await request(`/token?scope=${scope}`)).token; }',
      '  const secretName = `projects/${project}/secrets/${name}/versions/latest`;',
    ],
    wrap: (name, token) => `export const ${camel(name)}: string = "${token}";`,
  },
  py: {
    path: (n) => `backend/app/settings_${n}.py`,
    head: ['import os', 'from pathlib import Path', '', 'BASE_DIR = Path(__file__).resolve().parent.parent'],
    tail: ['', 'DEBUG = os.environ.get("DEBUG") == "1"'],
    filler: [
      'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
      'ALLOWED_HOSTS = ["localhost", "127.0.0.1"]',
      'AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]',
      '# Tokens are rotated by the deploy job; never hard-code them here.',
      'TOKEN_TTL_SECONDS = 3600',
    ],
    wrap: (name, token) => `${upperSnake(name)} = "${token}"`,
  },
  go: {
    path: (n) => `cmd/server/config${n}.go`,
    head: ['package main', '', 'import "os"', ''],
    tail: ['', 'func port() string { return os.Getenv("PORT") }'],
    filler: [
      'var apiKey = os.Getenv("API_KEY")',
      'const tokenHeader = "Authorization"',
      'func secretPath(name string) string { return "/run/secrets/" + name }',
      '// password hashing uses bcrypt with cost 12',
      'type Credentials struct { User string; Password string }',
    ],
    wrap: (name, token) => `var ${camel(name)} = "${token}"`,
  },
  properties: {
    path: (n) => `service/src/main/resources/application-${n}.properties`,
    head: ['# Spring Boot settings', 'server.port=8080'],
    tail: ['logging.level.root=INFO'],
    filler: [
      'spring.datasource.url=jdbc:postgresql://db:5432/app',
      'spring.datasource.password=${DB_PASSWORD}',
      'management.endpoints.web.exposure.include=health,info',
      'security.oauth2.client.token-uri=https://auth.internal/oauth/token',
      'app.secret.header-name=X-Request-Signature',
    ],
    wrap: (name, token) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}=${token}`,
  },
  yaml: {
    path: (n) => `config/app-${n}.yaml`,
    head: ['app:', '  name: storefront'],
    tail: ['  logLevel: info'],
    filler: [
      '  replicas: 3',
      '  passwordPolicy: strong',
      '  tokenEndpoint: https://auth.internal/oauth/token',
      '  apiKey: ${API_KEY}',
      '  secretRef: storefront-secrets',
    ],
    wrap: (name, token) => `  ${camel(name)}: ${token}`,
    place: (line) => `  ${line.trim()}`,
  },
  json: {
    path: (n) => `config/settings.${n}.json`,
    head: ['{', '  "name": "storefront",'],
    tail: ['  "version": 2', '}'],
    filler: ['  "retries": 3,', '  "tokenUrl": "https://auth.internal/oauth/token",', '  "passwordMinLength": 12,', '  "region": "eu-west-1",'],
    wrap: (name, token) => `  "${camel(name)}": "${token}",`,
    place: (line) => `  ${line.trim()}${line.trim().endsWith(',') ? '' : ','}`,
  },
  toml: {
    path: (n) => `deploy/config-${n}.toml`,
    head: ['[server]', 'port = 8080', '', '[credentials]'],
    tail: ['', '[log]', 'level = "info"'],
    filler: ['timeout = "30s"', 'token_file = "/run/secrets/token"', 'password_env = "DB_PASSWORD"'],
    wrap: (name, token) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')} = "${token}"`,
  },
  ini: {
    path: (n) => `etc/service-${n}.ini`,
    // Edited on Windows: the diff holds carriage returns, which must not end up in a secret or hide one.
    crlf: true,
    head: ['[default]', 'region = eu-west-1'],
    tail: ['output = json'],
    filler: ['retries = 3', 'credential_process = /usr/local/bin/get-creds', 'token_ttl = 3600'],
    wrap: (name, token) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')} = ${token}`,
  },
  env: {
    path: (n) => `services/worker${n}/.env`,
    head: ['# worker settings'],
    tail: ['LOG_LEVEL=info'],
    filler: ['PORT=8080', 'NODE_ENV=production', 'API_BASE_URL=https://api.internal'],
    wrap: (name, token) => `${upperSnake(name)}=${token}`,
  },
  sh: {
    path: (n) => `scripts/deploy-${n}.sh`,
    head: ['#!/bin/sh', 'set -eu'],
    tail: ['echo "deployed"'],
    filler: ['export TOKEN="$(vault kv get -field=token secret/ci)"', 'curl -fsS -H "Authorization: Bearer $TOKEN" "$API/deploy"', 'test -n "${PASSWORD:-}" || exit 1'],
    wrap: (name, token) => `export ${upperSnake(name)}='${token}'`,
  },
  dockerfile: {
    path: (n) => `images/app${n}/Dockerfile`,
    head: ['FROM node:20-alpine', 'WORKDIR /app'],
    tail: ['CMD ["node", "server.js"]'],
    filler: ['COPY package*.json ./', 'RUN npm ci --omit=dev', 'ARG NPM_TOKEN', 'ENV NODE_ENV=production'],
    wrap: (name, token) => `ENV ${upperSnake(name)}=${token}`,
    place: (line) => `ENV ${line.replace(/^export /, '')}`,
  },
  terraform: {
    path: (n) => `infra/modules/app${n}/main.tf`,
    head: ['resource "aws_ssm_parameter" "app" {', '  name = "/app/config"', '  type = "SecureString"'],
    tail: ['}'],
    filler: ['  password = var.db_password', '  token    = data.vault_generic_secret.ci.data["token"]', '  tags = { team = "platform" }'],
    wrap: (name, token) => `  ${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')} = "${token}"`,
  },
  xml: {
    path: (n) => `legacy/Web${n}.config`,
    head: ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <appSettings>'],
    tail: ['  </appSettings>', '</configuration>'],
    filler: ['    <add key="Environment" value="Production" />', '    <add key="TokenLifetimeMinutes" value="60" />', '    <add key="PasswordResetUrl" value="https://shop.internal/reset" />'],
    wrap: (name, token) => `    <add key="${camel(name)}" value="${token}" />`,
  },
  compose: {
    path: (n) => `stacks/stack${n}/docker-compose.yml`,
    head: ['services:', '  api:', '    image: shop/api:1.4.2', '    environment:'],
    tail: ['    ports:', '      - "8080:8080"'],
    filler: ['      - NODE_ENV=production', '      - DB_PASSWORD=${DB_PASSWORD}', '      - TOKEN_FILE=/run/secrets/token'],
    wrap: (name, token) => `      - ${upperSnake(name)}=${token}`,
    place: (line) => `      - ${line.replace(/^export /, '')}`,
  },
  kubernetes: {
    path: (n) => `k8s/overlays/prod/secret-${n}.yaml`,
    head: ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: app-secrets', 'type: Opaque', 'stringData:'],
    tail: [],
    filler: ['  LOG_LEVEL: info', '  TOKEN_AUDIENCE: api.internal'],
    wrap: (name, token) => `  ${upperSnake(name)}: "${token}"`,
    place: (line) => `  ${line.trim()}`,
  },
  jsFetch: {
    path: (n) => `web/src/api/upstream${n}.mjs`,
    head: ["import { log } from './log.mjs';", ''],
    tail: [''],
    filler: ['export async function ping(url) { return (await fetch(url)).ok; }', "log('upstream ready');"],
    wrap: (_name, token) => `  const response = await fetch(url, { headers: { Authorization: \`Bearer ${token}\`, 'Content-Type': 'application/json' } });`,
  },
  pyRequests: {
    path: (n) => `tools/sync_${n}.py`,
    head: ['import requests', ''],
    tail: [''],
    filler: ['def ok(resp):', '    return resp.status_code < 400'],
    wrap: (_name, token) => `resp = requests.get(API_URL, headers={"X-Api-Key": "${token}"}, timeout=10)`,
  },
  mavenSettings: {
    path: (n) => `ci/maven/settings-${n}.xml`,
    head: ['<settings>', '  <servers>'],
    tail: ['  </servers>', '</settings>'],
    filler: ['    <server><id>central</id><username>${env.MAVEN_USER}</username><password>${env.MAVEN_PASSWORD}</password></server>'],
    wrap: (name, token) => `    <server><id>${name.replace(/ /g, '-')}</id><password>${token}</password></server>`,
  },
  jsonEscaped: {
    path: (n) => `deploy/task-definition-${n}.json`,
    head: ['{', '  "family": "api",'],
    tail: ['  "cpu": "256"', '}'],
    filler: ['  "networkMode": "awsvpc",'],
    wrap: (name, token) => `  "overrides": "{\\"${upperSnake(name)}\\":\\"${token}\\"}",`,
  },
  curl: {
    path: (n) => `docs/snippets/call-${n}.sh`,
    head: ['#!/bin/sh'],
    tail: [],
    filler: ['# Call the API with the key from the dashboard:', 'set -x'],
    wrap: (_name, token) => `curl -sS https://api.service.test/v1/items -H "Authorization: Bearer ${token}" -d '{"limit": 10}'`,
  },
};

/**
 * Where a whole line goes, by its syntax: an assignment to an upper-case name, a JSON pair, a YAML
 * pair, code, a shell command. Undefined: a value with no syntax of its own (a token, a connection
 * string), which a host then assigns in its own way.
 */
function hostsForLine(line) {
  if (/^(?:export )?[A-Z][A-Z0-9_]{0,60}=/.test(line)) return ['env', 'sh', 'dockerfile', 'compose'];
  if (/^\s*"[^"]+"\s*:/.test(line)) return ['json'];
  if (/^\s*[\w.-]+:\s/.test(line)) return ['yaml', 'kubernetes'];
  if (/^\s*(?:const|let|var) /.test(line)) return ['js', 'ts'];
  if (/^\s*[\w.-]+\s*=\s/.test(line)) return ['py', 'toml', 'ini', 'terraform'];
  if (/^\s*[\w.-]+ := /.test(line)) return ['go'];
  if (/^(?:curl|docker|echo|git|npm|pip|psql|mysql|export|ssh|wget|helm|kubectl) /.test(line) || /\s/.test(line)) return ['sh'];
  return undefined;
}

/** Hosts for a bare token: every language. */
const ALL_HOSTS = Object.keys(HOSTS);

/** Multi-line secrets (PEM blocks, PuTTY files) go where text is kept verbatim: a Python string, a heredoc, a Markdown fence. */
const BLOCK_HOSTS = {
  py: { path: (n) => `backend/app/keys_${n}.py`, open: 'KEY_MATERIAL = """', close: '"""' },
  sh: { path: (n) => `scripts/install-key-${n}.sh`, open: "cat > /etc/app/key <<'EOF'", close: 'EOF' },
  md: { path: (n) => `docs/runbooks/key-${n}.md`, open: '```', close: '```' },
};

module.exports = { HOSTS, ALL_HOSTS, BLOCK_HOSTS, hostsForLine, upperSnake };
