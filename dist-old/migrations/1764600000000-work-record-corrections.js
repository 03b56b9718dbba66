"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkRecordCorrections1764600000000 = void 0;
/**
 * An index on the corrections of a work record. Without it, looking up a record's corrections (the
 * `corrections` field, correctWorkRecord) and deleting a work record (the self-referencing foreign
 * key's check) read the whole table: at 10 M records, deleting 5 000 unvalidated records took longer
 * than ten minutes. Partial: only corrections have the column set.
 */
class WorkRecordCorrections1764600000000 {
    constructor() {
        this.name = 'WorkRecordCorrections1764600000000';
    }
    async up(q) {
        await q.query(`create index work_record_corrects_id_idx on work_record (corrects_id) where corrects_id is not null`);
    }
    async down(q) {
        await q.query(`drop index if exists work_record_corrects_id_idx`);
    }
}
exports.WorkRecordCorrections1764600000000 = WorkRecordCorrections1764600000000;
//# sourceMappingURL=1764600000000-work-record-corrections.js.map