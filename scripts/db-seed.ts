// npm run db:seed — migrates DATABASE_PATH and loads the demo content if it has no articles yet.
import { prepareDatabase } from '../db/prepare';

// No top-level await: tsx runs this file as CommonJS (the package is not "type": "module").
void prepareDatabase();
