import { SatisfyError } from '../errors.js';

/**
 * Runs a query of satisfy sql on a PostgreSQL server through `pg` (an optional dependency, loaded
 * only here), connected by `connection` (a postgresql:// URL; libpq's PG* environment variables
 * fill in what it leaves out), and returns its rows as objects: bigints come back as text, which
 * the result's reader reads as numbers. The query only reads: it runs in a read-only transaction.
 */
export async function runPostgres(query: string, connection: string, shownAs: string): Promise<Array<Record<string, unknown>>> {
  let Client: typeof import('pg').Client;
  try {
    ({ Client } = (await import('pg')).default);
  } catch {
    throw new SatisfyError('USAGE', '--engine postgres needs the optional dependency pg, which is not installed', {}, 'npm install pg (or print the query with --dialect postgres and run it with psql --csv)');
  }
  const client = new Client({ connectionString: connection });
  try {
    await client.connect();
  } catch (error) {
    throw new SatisfyError('FILE_UNREADABLE', `cannot connect to PostgreSQL: ${(error as Error).message.split('\n')[0]}`, { file: shownAs }, '--connection takes a URL such as postgresql://user@127.0.0.1:5432/db');
  }
  try {
    await client.query('BEGIN READ ONLY');
    // A date or timestamp column's text is the session's DateStyle: a server, database or role set
    // to 'SQL, DMY' or 'German' wrote `11/02/2026 18:59:00`, which no period reads (a cold trial:
    // every date lost, exit 0). The query reads ISO's.
    await client.query("SET LOCAL DateStyle = 'ISO, YMD'");
    const result = await client.query(query);
    await client.query('ROLLBACK');
    return result.rows as Array<Record<string, unknown>>;
  } catch (error) {
    throw new SatisfyError('FILE_UNREADABLE', `PostgreSQL could not run the query: ${(error as Error).message.split('\n')[0]}`, { file: shownAs });
  } finally {
    await client.end();
  }
}
