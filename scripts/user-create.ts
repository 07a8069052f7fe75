// npm run user:create -- --email anna@spalte.dk --name "Anna Holm" --role editor
//
// Creates a staff account in DATABASE_PATH. The password comes from SPALTE_PASSWORD or, when that is unset, from
// a prompt that does not echo; it is never printed and only its argon2id hash is stored.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

import { createAccount } from '../db/queries/accounts';
import { openDatabase } from '../db/connection';
import { type Role } from '../domain/roles';
import { UserError } from '@/domain/errors';
import { ROLE_LABELS } from '@/copy/admin';

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'writer' } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!values.email || !values.name)
  fail('Brug: npm run user:create -- --email <e-mail> --name <navn> [--role writer|editor|admin]');
if (!(values.role! in ROLE_LABELS)) fail(`Ukendt rolle "${values.role}". Vælg writer, editor eller admin.`);

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing while the password is typed.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
      if (text.includes(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

// No top-level await: tsx runs this file as CommonJS (the package is not "type": "module").
async function main() {
  const password = process.env.SPALTE_PASSWORD ?? (await promptHidden('Adgangskode: '));
  const { db, sqlite, file } = openDatabase();
  try {
    const id = await createAccount(db, {
      email: values.email!,
      name: values.name!,
      role: values.role as Role,
      password,
    });
    console.log(`Oprettede ${ROLE_LABELS[values.role as Role].toLowerCase()} ${values.email} (id ${id}) i ${file}.`);
  } catch (error) {
    fail(error instanceof UserError ? error.message : String(error));
  } finally {
    sqlite.close();
  }
}

void main();
