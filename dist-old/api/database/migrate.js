"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.migrateDatabase = migrateDatabase;
const reporting_layer_1 = require("../reporting/reporting-layer");
const data_source_1 = require("./data-source");
/**
 * Brings a database up to date as its owner: the pending migrations, then the reporting layer when
 * its SQL changed (reporting/*.sql, installed and rebuilt in one transaction).
 */
async function migrateDatabase(dataSource, log = () => undefined) {
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    if (applied.length)
        log(`migrations applied: ${applied.map((migration) => migration.name).join(', ')}`);
    const reporting = await (0, data_source_1.withDriverClient)(dataSource, (client) => (0, reporting_layer_1.installReportingLayer)(client, log));
    return { migrations: applied.map((migration) => migration.name), reporting };
}
//# sourceMappingURL=migrate.js.map