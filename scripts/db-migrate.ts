// npm run db:migrate — applies pending migrations to DATABASE_PATH (the server also does this when it starts).
import { openDatabase } from '../db/connection';

const { sqlite, file } = openDatabase();
sqlite.close();
console.log(`Migrations applied to ${file}`);
