import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { Establishment, Organization, User } from '../../schema/entities/organization.entity';
import { Customer } from '../../schema/entities/customer.entity';
import { CatalogItem } from '../../schema/entities/catalog-item.entity';
import { SALES_ENTITIES } from '../../schema/entities/sales.entity';
import { PRODUCTION_ENTITIES } from '../../schema/entities/production.entity';
import { FUNDER_ENTITIES } from '../../schema/entities/funder.entity';

/**
 * Parsing rules for every connection: bigint ids and cents become JS numbers (checked to be safe
 * integers), numeric quantities become numbers, and dates stay 'YYYY-MM-DD' strings so that no time
 * zone ever shifts an invoice date.
 */
function toSafeInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`bigint ${text} exceeds the safe integer range`);
  return value;
}
pg.types.setTypeParser(pg.types.builtins.INT8, toSafeInteger);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (text: string) => Number(text));
pg.types.setTypeParser(pg.types.builtins.DATE, (text: string) => text);

export const ENTITIES = [Organization, Establishment, User, Customer, CatalogItem, ...SALES_ENTITIES, ...PRODUCTION_ENTITIES, ...FUNDER_ENTITIES];

/**
 * `role`: the PostgreSQL role the connections act as, set in the startup packet (`-c role=…`): a
 * connection that cannot take the role fails to open instead of running as the login user.
 */
export function createDataSource(url: string, options: { poolSize?: number; applicationName?: string; role?: string } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: false,
    applicationName: options.applicationName ?? 'ub-platform',
    extra: { max: options.poolSize ?? 20, connectionTimeoutMillis: 5_000, ...(options.role ? { options: `-c role=${options.role}` } : {}) },
  });
}

/** What a connection of its own needs to open like the pool's (same server, credentials and role). */
export function connectionConfig(dataSource: DataSource): pg.ClientConfig {
  const options = dataSource.options as { url?: string; extra?: { options?: string } };
  return { connectionString: options.url, options: options.extra?.options, connectionTimeoutMillis: 5_000 };
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** The pg client under a connected TypeORM query runner (COPY, prepared statements, own transactions). */
export function driverClient(runner: QueryRunner): pg.PoolClient {
  return (runner as unknown as { databaseConnection: pg.PoolClient }).databaseConnection;
}

/** Lends one connection of `dataSource` as the driver's client, for work that manages its own transactions. */
export async function withDriverClient<T>(dataSource: DataSource, work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    return await work(driverClient(runner));
  } finally {
    await runner.release();
  }
}
