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

module.exports = { genericForms };
