"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENTITIES = void 0;
exports.createDataSource = createDataSource;
exports.connectionConfig = connectionConfig;
exports.ensureDatabase = ensureDatabase;
exports.driverClient = driverClient;
exports.withDriverClient = withDriverClient;
require("reflect-metadata");
const pg_1 = __importDefault(require("pg"));
const typeorm_1 = require("typeorm");
const migrations_1 = require("../../migrations");
const organization_entity_1 = require("../../schema/entities/organization.entity");
const customer_entity_1 = require("../../schema/entities/customer.entity");
const catalog_item_entity_1 = require("../../schema/entities/catalog-item.entity");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const production_entity_1 = require("../../schema/entities/production.entity");
const objective_entity_1 = require("../../schema/entities/objective.entity");
const funder_entity_1 = require("../../schema/entities/funder.entity");
/**
 * Parsing rules for every connection: bigint ids and cents become JS numbers (checked to be safe
 * integers), numeric quantities become numbers, and dates stay 'YYYY-MM-DD' strings so that no time
 * zone ever shifts an invoice date.
 */
function toSafeInteger(text) {
    const value = Number(text);
    if (!Number.isSafeInteger(value))
        throw new Error(`bigint ${text} exceeds the safe integer range`);
    return value;
}
pg_1.default.types.setTypeParser(pg_1.default.types.builtins.INT8, toSafeInteger);
pg_1.default.types.setTypeParser(pg_1.default.types.builtins.NUMERIC, (text) => Number(text));
pg_1.default.types.setTypeParser(pg_1.default.types.builtins.DATE, (text) => text);
exports.ENTITIES = [organization_entity_1.Organization, organization_entity_1.Establishment, organization_entity_1.User, customer_entity_1.Customer, catalog_item_entity_1.CatalogItem, ...sales_entity_1.SALES_ENTITIES, ...production_entity_1.PRODUCTION_ENTITIES, objective_entity_1.Objective, ...funder_entity_1.FUNDER_ENTITIES];
/**
 * `role`: the PostgreSQL role the connections act as, set in the startup packet (`-c role=…`): a
 * connection that cannot take the role fails to open instead of running as the login user.
 */
function createDataSource(url, options = {}) {
    return new typeorm_1.DataSource({
        type: 'postgres',
        url,
        entities: exports.ENTITIES,
        migrations: migrations_1.MIGRATIONS,
        migrationsTransactionMode: 'all',
        synchronize: false,
        logging: false,
        applicationName: options.applicationName ?? 'ub-platform',
        extra: { max: options.poolSize ?? 20, connectionTimeoutMillis: 5_000, ...(options.role ? { options: `-c role=${options.role}` } : {}) },
    });
}
/** What a connection of its own needs to open like the pool's (same server, credentials and role). */
function connectionConfig(dataSource) {
    const options = dataSource.options;
    return { connectionString: options.url, options: options.extra?.options, connectionTimeoutMillis: 5_000 };
}
/** Creates the database named in `url` on its server when it does not exist yet. */
async function ensureDatabase(url) {
    const target = new URL(url);
    const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new pg_1.default.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
        const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (!rowCount)
            await client.query(`create database "${name.replace(/"/g, '""')}"`);
    }
    finally {
        await client.end();
    }
}
/** The pg client under a connected TypeORM query runner (COPY, prepared statements, own transactions). */
function driverClient(runner) {
    return runner.databaseConnection;
}
/** Lends one connection of `dataSource` as the driver's client, for work that manages its own transactions. */
async function withDriverClient(dataSource, work) {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
        return await work(driverClient(runner));
    }
    finally {
        await runner.release();
    }
}
//# sourceMappingURL=data-source.js.map