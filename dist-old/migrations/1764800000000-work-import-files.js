"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkImportFiles1764800000000 = void 0;
/**
 * The CSV files imported as work records, by content (SHA-256): importing the same file a second
 * time is refused instead of doubling every pointage in it (and in the reporting figures).
 */
class WorkImportFiles1764800000000 {
    constructor() {
        this.name = 'WorkImportFiles1764800000000';
    }
    async up(q) {
        await q.query(`
      create table work_import (
        id bigint generated always as identity primary key,
        organization_id bigint not null references organization(id),
        file_sha256 bytea not null check (length(file_sha256) = 32),
        row_count integer not null default 0,
        imported_by bigint references app_user(id),
        imported_at timestamptz not null default now(),
        unique (organization_id, file_sha256)
      );
      comment on table work_import is 'Each CSV file of work records imported, by the SHA-256 of its bytes: the same file is imported once.';
      select secure_tenant_table('work_import');
    `);
    }
    async down(q) {
        await q.query(`drop table if exists work_import`);
    }
}
exports.WorkImportFiles1764800000000 = WorkImportFiles1764800000000;
//# sourceMappingURL=1764800000000-work-import-files.js.map