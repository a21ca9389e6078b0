import { SatisfyError } from '../errors.js';

/**
 * Runs a query of satisfy sql in embedded DuckDB (@duckdb/node-api, an optional dependency, loaded
 * only here), in memory or on the DuckDB database file `database`, opened read-only, and returns
 * its rows as objects. Nothing is downloaded: the query reads CSV and Parquet with DuckDB's own
 * readers and needs no extension. `shownAs` names the data in errors.
 */
export async function runDuckDb(query: string, shownAs: string, database?: string): Promise<Array<Record<string, unknown>>> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch {
    throw new SatisfyError('USAGE', '--engine duckdb needs the optional dependency @duckdb/node-api, which is not installed', {}, 'npm install @duckdb/node-api (or print the query with --dialect duckdb and run it in the duckdb shell)');
  }
  let instance: import('@duckdb/node-api').DuckDBInstance;
  try {
    instance = await api.DuckDBInstance.create(database ?? ':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', ...(database === undefined ? {} : { access_mode: 'READ_ONLY' }) });
  } catch (error) {
    throw new SatisfyError('FILE_UNREADABLE', `DuckDB cannot open the database: ${(error as Error).message.split('\n')[0]}`, { file: database ?? shownAs });
  }
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(query);
    return reader.getRowObjectsJS() as Array<Record<string, unknown>>;
  } catch (error) {
    throw new SatisfyError('FILE_UNREADABLE', `DuckDB could not run the query: ${(error as Error).message.split('\n')[0]}`, { file: shownAs });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
