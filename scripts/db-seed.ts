// npm run db:seed — migrates DATABASE_PATH and loads the demo content if it has no articles yet.
import { prepareDatabase } from '../db/prepare';

await prepareDatabase();
