import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { TEST_SECRET, useTestApp } from './support/test-server';
import { seedWorkImport, type WorkImportFixture } from './support/work-import-fixture';
import { ImportWorkRecords } from './support/work-import-operations';
import pg from 'pg';
import { WorkCsvToCopy } from '../api/production/work-import-csv';
import { generateWorkImportCsv } from '../tools/work-import/work-import-sample';
import { runWorkImportCli } from '../api/production/work-import-cli';
import { Role } from '../schema/enums';

const app = useTestApp();
let fx: WorkImportFixture;
beforeAll(async () => {
  fx = await seedWorkImport(app);
});
const workRecordCount = async () => (await app.sql<{ count: number }>('select count(*)::int as count from work_record'))[0].count;

async function importCsv(csv: string, token?: string) {
  const result = await app.gql(ImportWorkRecords, { csv }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.importWorkRecords;
}

describe('importing work records from CSV', () => {
  it('imports nothing when a row is bad, and reports every bad row with its line number', async () => {
    const order = fx.orderNumber;
    const csv = [
      'matricule,date,reference,hours,quantity,rejects',
      `T001,2026-02-02,${order}/1,7,120,2`,
      `T002,2026-02-02,task:${fx.taskId},6.5,80,0`,
      `NOPE,2026-02-02,${order}/1,7,0,0`,
      `T001,2026-02-03,${order}/9,7,0,0`,
      'T001,2026-02-03,task:999999,7,0,0',
      'T001,2026-02-03,mad:MAD-NOPE,7,,',
      'T001,2026-02-03,mad:MAD-T-2,7,,',
      'T001,2026-07-01,mad:MAD-T-1,7,,',
      `T003,2026-02-03,${order}/1,7,0,0`,
      `T001,2099-01-01,${order}/1,7,0,0`,
      `T001,2026-02-03,${order}/1,abc,0,0`,
      `T001,2026-02-03,${order}/1,7,-5,0`,
      `T001,2026-02-03,${order}/1,25,0,0`,
      `T001,2026-02-03,${order}/1`,
      `T001,2026-02-30,${order}/1,7,0,0`,
      '',
      `T001,2026-02-04,${order}/2,7.5,0,0`,
      'NOPE2,2099-01-01,what,x,,',
    ].join('\n');
    const result = await importCsv(csv);
    if (result.__typename !== 'ImportRejectedError') throw new Error(JSON.stringify(result));
    expect(result).toMatchObject({ errorCode: 'IMPORT_REJECTED', errorCount: 14, rowCount: 17 });
    expect(result.rowErrors.map((row) => [row.line, row.reason])).toEqual([
      [4, 'unknown matricule "NOPE"'],
      [5, `unknown order line ${order}/9`],
      [6, 'unknown production task 999999'],
      [7, 'unknown MAD contract MAD-NOPE'],
      [8, 'MAD contract MAD-T-2 has no order line to bill its hours on'],
      [9, 'MAD contract MAD-T-1 runs from 2026-01-01 to 2026-06-30'],
      [10, 'beneficiary T003 was not present on 2026-02-03 (entry 2025-01-01, exit 2026-01-31)'],
      [11, 'date 2099-01-01 is in the future'],
      [12, 'hours "abc" is not a number'],
      [13, 'quantity -5 is negative'],
      [14, 'hours 25 is more than 24'],
      [15, 'malformed line: expected 6 fields separated by ",", found 3'],
      [16, 'date "2026-02-30" is not a date (YYYY-MM-DD or DD/MM/YYYY)'],
      [19, 'date 2099-01-01 is in the future; reference "what" is not ORDER-NUMBER/LINE, task:ID or mad:CONTRACT-NUMBER; hours "x" is not a number; unknown matricule "NOPE2"'],
    ]);
    expect(await workRecordCount()).toBe(0);
  });

  it('imports exactly the rows of a good file, as recorded pointages awaiting validation', async () => {
    const csv = [
      'matricule,date,reference,hours,quantity,rejects',
      `T001,2026-02-02,${fx.orderNumber}/1,7,120,2`,
      `T002,2026-02-03,task:${fx.taskId},6.5,80.25,0`,
      'T002,2026-03-10,mad:MAD-T-1,3.75,,',
    ].join('\n') + '\n';
    const result = await importCsv(csv);
    expect(result).toEqual({
      __typename: 'WorkRecordImport', imported: 3, skipped: 0, warnings: [], warningCount: 0, hours: 17.25, quantity: 200.25, rejectedQuantity: 2, beneficiaryCount: 2,
      firstWorkDate: '2026-02-02', lastWorkDate: '2026-03-10',
    });
    const rows = await app.sql(
      `select beneficiary_id::int as "beneficiaryId", work_date as "workDate", order_line_id::int as "orderLineId", production_task_id::int as "taskId",
              mad_contract_id::int as "madId", hours::float8 as hours, quantity::float8 as quantity, rejected_quantity::float8 as rejects,
              status, recorded_by::int as "recordedBy", organization_id::int as "organizationId"
         from work_record order by id`,
    );
    const common = { status: 'recorded', recordedBy: app.fixture.adminUserId, organizationId: app.fixture.organizationId };
    expect(rows).toEqual([
      { ...common, beneficiaryId: fx.beneficiaries.T001, workDate: '2026-02-02', orderLineId: fx.orderLineIds[0], taskId: null, madId: null, hours: 7, quantity: 120, rejects: 2 },
      { ...common, beneficiaryId: fx.beneficiaries.T002, workDate: '2026-02-03', orderLineId: fx.orderLineIds[0], taskId: fx.taskId, madId: null, hours: 6.5, quantity: 80.25, rejects: 0 },
      { ...common, beneficiaryId: fx.beneficiaries.T002, workDate: '2026-03-10', orderLineId: fx.orderLineIds[1], taskId: null, madId: fx.madContractId, hours: 3.75, quantity: 0, rejects: 0 },
    ]);
    await app.sql('delete from work_record');
  });

  it('reads a French Excel export: BOM, semicolons, CRLF, decimal commas, DD/MM/YYYY, quotes, columns in any order', async () => {
    const csv =
      '\ufeffDate;Matricule;Reference;Hours;Quantity;Rejects\r\n' +
      `03/02/2026;T001;${fx.orderNumber}/1;7,5;1 200,5;3\r\n` +
      `"4/2/2026";"T001";"${fx.orderNumber}/2";"2,25";"";""\r\n` +
      ';;;;;\r\n';
    const result = await importCsv(csv);
    expect(result).toMatchObject({ __typename: 'WorkRecordImport', imported: 2, hours: 9.75, quantity: 1200.5, rejectedQuantity: 3 });
    const rows = await app.sql('select work_date as "workDate", hours::float8 as hours from work_record order by id');
    expect(rows).toEqual([{ workDate: '2026-02-03', hours: 7.5 }, { workDate: '2026-02-04', hours: 2.25 }]);
    await app.sql('delete from work_record');

    // A comma-separated export quotes the decimal commas.
    const commas = await importCsv(`matricule,date,reference,hours\nT001,2026-02-05,${fx.orderNumber}/1,"7,5"\n`);
    expect(commas).toMatchObject({ __typename: 'WorkRecordImport', imported: 1, hours: 7.5, quantity: 0 });
    await app.sql('delete from work_record');
  });

  it('lists the first 1 000 bad rows and counts them all', async () => {
    const rows = Array.from({ length: 1200 }, (_, index) => `X${index},2026-02-02,${fx.orderNumber}/1,7`);
    const result = await importCsv(['matricule,date,reference,hours', `T001,2026-02-02,${fx.orderNumber}/1,7`, ...rows].join('\n'));
    if (result.__typename !== 'ImportRejectedError') throw new Error(JSON.stringify(result));
    expect(result).toMatchObject({ errorCount: 1200, rowCount: 1201 });
    expect(result.rowErrors).toHaveLength(1000);
    expect(result.rowErrors[0]).toEqual({ line: 3, reason: 'unknown matricule "X0"' });
    expect(result.rowErrors[999].line).toBe(1002);
    expect(await workRecordCount()).toBe(0);
  });

  it('rejects an empty file and a header it does not know', async () => {
    const result = await importCsv('matricule;jour;reference;heures\nT001;2026-02-02;X/1;7\n');
    expect(result).toMatchObject({
      __typename: 'ImportRejectedError', errorCount: 1,
      rowErrors: [{ line: 1, reason: 'expected the header matricule;date;reference;hours;quantity;rejects (missing date, hours; unknown "jour", "heures")' }],
    });
    expect(await importCsv('\r\n')).toMatchObject({ rowErrors: [{ line: 1, reason: 'the file is empty: expected a header row (matricule,date,reference,hours,…)' }] });
    expect(await importCsv(`\nmatricule,date,reference,hours\nT001,2026-02-02,${fx.orderNumber}/1,7\n`)).toMatchObject({ __typename: 'WorkRecordImport', imported: 1 });
    await app.sql('delete from work_record');
  });

  it('lets a supervisor import for their workshops only', async () => {
    const supervisor = app.token([Role.SUPERVISOR]);
    const other = await app.gql(ImportWorkRecords, { csv: `matricule,date,reference,hours\nT001,2026-02-02,${fx.orderNumber}/1,7\nT002,2026-02-02,task:${fx.taskId},7\n` }, supervisor);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await workRecordCount()).toBe(0);

    const own = await importCsv(`matricule,date,reference,hours\nT001,2026-02-02,${fx.orderNumber}/1,7\n`, supervisor);
    expect(own).toMatchObject({ __typename: 'WorkRecordImport', imported: 1 });
    await app.sql('delete from work_record');

    const commercial = await app.gql(ImportWorkRecords, { csv: 'matricule,date,reference,hours\n' }, app.token([Role.COMMERCIAL]));
    expect(commercial.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('imports what the benchmark generator writes (5 000 rows, French shape)', async () => {
    const client = new pg.Client({ connectionString: String((app.dataSource.options as { url: string }).url) });
    await client.connect();
    const chunks: string[] = [];
    try {
      for await (const chunk of generateWorkImportCsv(client, app.fixture.organizationId, 5000, { separator: ';' })) chunks.push(chunk);
    } finally {
      await client.end();
    }
    const result = await importCsv(chunks.join(''));
    expect(result).toMatchObject({ __typename: 'WorkRecordImport', imported: 5000, beneficiaryCount: 3 });
    expect(await workRecordCount()).toBe(5000);
    await app.sql('delete from work_record');
  });

  it('parses the same whatever the chunks the file arrives in', async () => {
    const csv = Buffer.from(
      '\ufeffmatricule;date;reference;hours;quantity;rejects\r\n' +
        'T001;03/02/2026;"CMD/1";"7,5";"1 ""x"" 2";0\r\n' +
        '"T\n002";2026-02-03;task:4;1;2;3\r\n' +
        'Ré1;2026-02-04;mad:MAD-1;1;;\r\n' +
        'T004;2026-02-05;CMD/2;1;2;3',
    );
    const run = async (chunks: Buffer[]) => {
      const parser = new WorkCsvToCopy('2026-11-01');
      const out: string[] = [];
      parser.on('data', (data: Buffer) => out.push(data.toString()));
      await new Promise((resolve, reject) => Readable.from(chunks).pipe(parser).on('finish', resolve).on('error', reject));
      return { text: out.join(''), rows: parser.stats.rows };
    };
    const whole = await run([csv]);
    const bytes = await run([...csv].map((byte) => Buffer.from([byte])));
    expect(bytes).toEqual(whole);
    expect(whole.rows).toBe(4);
    expect(whole.text.split('\n').map((line) => line.split('\t').slice(0, 2))).toEqual([['2', 'T001'], ['3', 'T\\n002'], ['5', 'Ré1'], ['6', 'T004'], ['']]);
    expect(whole.text).toContain('quantity "1 "x" 2" is not a number');
  });
  it('imports a file once: the same bytes again are refused, a corrected file goes in', async () => {
    const header = 'matricule,date,reference,hours,quantity,rejects';
    const bad = [header, `T001,2026-02-09,${fx.orderNumber}/1,7,10,0`, `NOPE,2026-02-09,${fx.orderNumber}/1,7,0,0`].join('\n') + '\n';
    const good = [header, `T001,2026-02-09,${fx.orderNumber}/1,7,10,0`, `T002,2026-02-09,${fx.orderNumber}/1,6,8,0`].join('\n') + '\n';
    const before = await workRecordCount();
    // A rejected file is not remembered: sent again, it gets its row errors again.
    for (let attempt = 0; attempt < 2; attempt++) expect(await importCsv(bad)).toMatchObject({ __typename: 'ImportRejectedError', errorCount: 1, rowCount: 2 });
    expect(await importCsv(good)).toMatchObject({ __typename: 'WorkRecordImport', imported: 2 });
    const again = await importCsv(good);
    if (again.__typename !== 'ImportRejectedError') throw new Error(JSON.stringify(again));
    expect(again.errorCode).toBe('IMPORT_REJECTED');
    expect(again.message).toMatch(/^this file was already imported \(import \d+, .* UTC, 2 records\).*nothing was imported$/);
    expect(again.rowErrors).toEqual([{ line: 1, reason: expect.stringContaining('already imported') }]);
    expect(await workRecordCount()).toBe(before + 2);
    // One more row and it is another file: only the new row is imported, the two already present are skipped.
    expect(await importCsv(good + `T001,2026-02-10,${fx.orderNumber}/1,1,1,0\n`)).toMatchObject({ __typename: 'WorkRecordImport', imported: 1, skipped: 2 });
    expect(await workRecordCount()).toBe(before + 3);
    await app.sql('delete from work_record');
  });

  it('skips the records already present, so that a re-sent or corrected export never counts twice', async () => {
    const header = 'matricule,date,reference,hours,quantity,rejects';
    const rows = [`T001,2026-02-16,${fx.orderNumber}/1,7,10,0`, `T002,2026-02-16,task:${fx.taskId},6,8,1`, 'T002,2026-02-17,mad:MAD-T-1,3.5,,'];
    expect(await importCsv([header, ...rows].join('\n') + '\n')).toMatchObject({ imported: 3, skipped: 0, warnings: [], warningCount: 0 });

    // The same export with one blank line more: other bytes, the same pointages.
    const again = await importCsv([header, ...rows].join('\n') + '\n\n');
    expect(again).toEqual({
      __typename: 'WorkRecordImport', imported: 0, skipped: 3, hours: 0, quantity: 0, rejectedQuantity: 0, beneficiaryCount: 0, firstWorkDate: null, lastWorkDate: null,
      warnings: [{ code: 'ALREADY_RECORDED', message: '3 rows are already recorded (same beneficiary, date, reference, hours and quantity) and were skipped', lines: [2, 3, 4] }],
      warningCount: 1,
    });
    expect(await workRecordCount()).toBe(3);

    // A corrected export: the first row's hours changed (another pointage, imported), a new row, the rest as before (skipped).
    const corrected = [header, `T001,2026-02-16,${fx.orderNumber}/1,7.5,10,0`, rows[1], rows[2], `T001,2026-02-17,${fx.orderNumber}/2,2,0,0`].join('\n');
    // The changed row is new work on top of the old one: the day above the contract's 7 h says so.
    expect(await importCsv(corrected)).toMatchObject({
      imported: 2, skipped: 2, hours: 9.5,
      warnings: [
        { code: 'ABOVE_CONTRACT_DAILY_HOURS', lines: [2], message: "beneficiary T001 has 14.5 h of work on 2026-02-16, above the contract's 7 h a day (7 h already recorded)" },
        { code: 'ALREADY_RECORDED', lines: [3, 4] },
      ],
    });
    expect(await workRecordCount()).toBe(5);

    // A corrected record is still present as its original (the correction holds a difference).
    const [original] = await app.sql<{ id: number }>(`select id from work_record where beneficiary_id = $1 and work_date = '2026-02-17' and mad_contract_id is not null`, [fx.beneficiaries.T002]);
    await app.sql(
      `insert into work_record (organization_id, beneficiary_id, work_date, order_line_id, mad_contract_id, hours, status, corrects_id)
       select organization_id, beneficiary_id, work_date, order_line_id, mad_contract_id, -0.5, 'recorded', id from work_record where id = $1`,
      [original.id],
    );
    expect(await importCsv(`${header}\n${rows[2]}\n`)).toMatchObject({ imported: 0, skipped: 1 });
    await app.sql('delete from work_record where corrects_id is not null');
    await app.sql('delete from work_record');
  });

  it('imports identical rows of one file (two sessions of the same work), warns about them, and counts them as two when re-sent', async () => {
    const header = 'matricule,date,reference,hours';
    const twice = [header, 'T002,2026-02-18,mad:MAD-T-1,3.5', `T001,2026-02-18,${fx.orderNumber}/1,2`, 'T002,2026-02-18,mad:MAD-T-1,3.5'].join('\n');
    expect(await importCsv(twice)).toMatchObject({
      imported: 3, skipped: 0,
      warnings: [{ code: 'DUPLICATE_ROWS', message: '2 identical rows (same beneficiary, date, reference, hours and quantity): all were imported', lines: [2, 4] }],
    });
    expect(await importCsv(twice + '\n')).toMatchObject({ imported: 0, skipped: 3 });
    // Three such rows where the database holds two: the third is new.
    expect(await importCsv(twice + '\nT002,2026-02-18,mad:MAD-T-1,3.5\n')).toMatchObject({ imported: 1, skipped: 3 });
    expect(await workRecordCount()).toBe(4);
    await app.sql('delete from work_record');
  });

  it('refuses a day over 24 hours per person, across the rows of the file and the records already there (corrections included)', async () => {
    const header = 'matricule,date,reference,hours';
    const sixty = [header, `T001,2026-02-23,${fx.orderNumber}/1,20`, `T001,2026-02-23,${fx.orderNumber}/2,20`, `T002,2026-02-23,${fx.orderNumber}/1,20`, `T001,2026-02-23,${fx.orderNumber}/1,20`].join('\n');
    const refused = await importCsv(sixty);
    if (refused.__typename !== 'ImportRejectedError') throw new Error(JSON.stringify(refused));
    const reason = 'beneficiary T001 would have 60 h of work on 2026-02-23 (lines 2, 3, 5): at most 24 h in a day';
    expect(refused).toMatchObject({ errorCount: 3, rowCount: 4 });
    expect(refused.rowErrors).toEqual([{ line: 2, reason }, { line: 3, reason }, { line: 5, reason }]);
    expect(await workRecordCount()).toBe(0);

    expect(await importCsv(`${header}\nT001,2026-02-24,${fx.orderNumber}/1,20\n`)).toMatchObject({ imported: 1 });
    const more = await importCsv(`${header}\nT001,2026-02-24,${fx.orderNumber}/2,4.25\n`);
    expect(more).toMatchObject({
      __typename: 'ImportRejectedError',
      rowErrors: [{ line: 2, reason: 'beneficiary T001 would have 24.25 h of work on 2026-02-24 (lines 2, and 20 h already recorded): at most 24 h in a day' }],
    });
    // A correction of −6 h on that day leaves room for 10 h.
    await app.sql(
      `insert into work_record (organization_id, beneficiary_id, work_date, order_line_id, hours, status, corrects_id)
       select organization_id, beneficiary_id, work_date, order_line_id, -6, 'recorded', id from work_record where work_date = '2026-02-24'`,
    );
    expect(await importCsv(`${header}\nT001,2026-02-24,${fx.orderNumber}/2,10\n`)).toMatchObject({ __typename: 'WorkRecordImport', imported: 1 });
    expect(await importCsv(`${header}\nT001,2026-02-24,${fx.orderNumber}/2,0.25\n`)).toMatchObject({ __typename: 'ImportRejectedError' });
    await app.sql('delete from work_record where corrects_id is not null');
    await app.sql('delete from work_record');
  });

  it('warns, importing them, about the days above the contract’s daily hours (weekly hours / 5)', async () => {
    await app.sql(`insert into work_record (organization_id, beneficiary_id, work_date, order_line_id, hours, status) values ($1, $2, '2026-02-25', $3, 3, 'recorded')`, [
      app.fixture.organizationId, fx.beneficiaries.T002, fx.orderLineIds[0],
    ]);
    const csv = ['matricule,date,reference,hours', `T001,2026-02-25,${fx.orderNumber}/1,5`, `T002,2026-02-25,${fx.orderNumber}/2,4.5`, `T001,2026-02-25,${fx.orderNumber}/2,3`].join('\n');
    expect(await importCsv(csv)).toMatchObject({
      imported: 3, warningCount: 2,
      warnings: [
        { code: 'ABOVE_CONTRACT_DAILY_HOURS', message: "beneficiary T001 has 8 h of work on 2026-02-25, above the contract's 7 h a day", lines: [2, 4] },
        { code: 'ABOVE_CONTRACT_DAILY_HOURS', message: "beneficiary T002 has 7.5 h of work on 2026-02-25, above the contract's 7 h a day (3 h already recorded)", lines: [3] },
      ],
    });
    await app.sql('delete from work_record');
  });
});

describe('the import:work CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'work-import-'));
  const run = async (csv: string) => {
    const file = path.join(dir, `pointages-${Date.now()}.csv`);
    fs.writeFileSync(file, csv);
    const [stdout, stderr] = [new PassThrough(), new PassThrough()];
    const out: string[] = [];
    const err: string[] = [];
    stdout.on('data', (data: Buffer) => out.push(data.toString()));
    stderr.on('data', (data: Buffer) => err.push(data.toString()));
    const env = { ...process.env, DATABASE_URL: String((app.dataSource.options as { url: string }).url), AUTH_SECRET: TEST_SECRET };
    const status = await runWorkImportCli([file, '--organization', String(app.fixture.organizationId), '--user', String(app.fixture.adminUserId)], {
      stdout, stderr, env,
    });
    return { status, stdout: out.join(''), stderr: err.join('') };
  };

  it('shows its progress, exits non-zero with the bad rows importing nothing, and leaves an audit row either way', async () => {
    const bad = await run(`matricule,date,reference,hours\nT001,2026-02-02,${fx.orderNumber}/1,7\nNOPE,2026-02-02,${fx.orderNumber}/1,7\n`);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/work import: read 2 rows/);
    expect(bad.stderr).toMatch(/work import: validated 2 rows/);
    expect(bad.stderr).toContain('line 3: unknown matricule "NOPE"');
    expect(bad.stderr).toContain('work import: rejected: 1 of 2 rows are bad: nothing was imported');
    expect(await workRecordCount()).toBe(0);

    const good = await run(`matricule,date,reference,hours\nT001,2026-02-02,${fx.orderNumber}/1,7\nT002,2026-02-02,${fx.orderNumber}/1,7\n`);
    expect(good.status).toBe(0);
    expect(good.stderr).toMatch(/work import: inserted 2 rows/);
    expect(good.stdout).toMatch(/^imported 2 work records \(14 h, 2 beneficiaries, 2026-02-02 to 2026-02-02\).*; skipped: 0 already recorded; 0 warnings;/);
    expect(await workRecordCount()).toBe(2);
    const resent = await run(`matricule,date,reference,hours\n\nT001,2026-02-02,${fx.orderNumber}/1,7\nT002,2026-02-02,${fx.orderNumber}/1,7\n`);
    expect(resent.status).toBe(0);
    expect(resent.stdout).toMatch(/^imported 0 work records .*; skipped: 2 already recorded; 1 warning;/);
    expect(resent.stderr).toContain('warning ALREADY_RECORDED: 2 rows are already recorded (same beneficiary, date, reference, hours and quantity) and were skipped (lines 3, 4)');
    expect(await workRecordCount()).toBe(2);
    await app.sql('delete from work_record');

    const audit = await app.sql(`select user_id::int as "userId", outcome from audit_log where operation = 'importWorkRecords' and request_id like 'import-work-%' order by id`);
    expect(audit).toEqual([
      { userId: app.fixture.adminUserId, outcome: 'IMPORT_REJECTED' }, { userId: app.fixture.adminUserId, outcome: 'ok' }, { userId: app.fixture.adminUserId, outcome: 'ok' },
    ]);
  });

  it('explains its usage', async () => {
    const [stdout, stderr] = [new PassThrough(), new PassThrough()];
    const err: string[] = [];
    stderr.on('data', (data: Buffer) => err.push(data.toString()));
    expect(await runWorkImportCli(['--organization'], { stdout, stderr, env: process.env })).toBe(2);
    expect(err.join('')).toContain('usage: npm run import:work -- <file.csv | ->');
  });
});
