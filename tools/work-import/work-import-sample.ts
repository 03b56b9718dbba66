import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { addDays, todayInFrance } from '../../kernel/dates';

/**
 * Benchmark hooks for the work-record import: a small production set to import against, and valid
 * CSV of any length for an organisation. Both expect a connection that sees the organisation's rows
 * (a superuser, or the owner: they set `app.maintenance` in their own transaction).
 */

/**
 * A fresh organisation ready to receive work records: an establishment, an admin, a customer with
 * one order of `orderLines` lines, `workshops` workshops with `beneficiaries` beneficiaries spread
 * over them, a production sheet with one task per order line, and a MAD contract billed on line 1.
 */
export async function seedWorkImportSample(
  client: ClientBase,
  options: { beneficiaries?: number; workshops?: number; orderLines?: number; today?: string } = {},
): Promise<{ organizationId: number; userId: number }> {
  const { beneficiaries = 200, workshops = 4, orderLines = 20, today = todayInFrance() } = options;
  const start = addDays(today, -400);
  await client.query('begin');
  try {
    await client.query(`select set_config('app.maintenance', 'on', true)`);
    const one = async (text: string, values: unknown[] = []) => Number((await client.query(text, values)).rows[0].id);
    const org = await one(`insert into organization (name) values ('Banc d''essai import') returning id`);
    await client.query(`select set_config('app.organization_id', $1, true)`, [String(org)]);
    const establishment = await one(
      `insert into establishment (organization_id, kind, code, name, siret, city) values ($1, 'esat', 'ESAT-BENCH', 'ESAT banc', '73282932000074', 'Lyon') returning id`,
      [org],
    );
    const userId = await one(
      `insert into app_user (organization_id, email, display_name, roles) values ($1, $2, 'Admin banc', '{admin}') returning id`,
      [org, `admin-bench-${org}@example.org`],
    );
    const customer = await one(
      `insert into customer (organization_id, legal_name, siren, billing_line1, billing_postal_code, billing_city)
       values ($1, 'Client banc', '732829320', '1 rue du Banc', '69001', 'Lyon') returning id`,
      [org],
    );
    const item = await one(
      `insert into catalog_item (organization_id, code, label, unit, unit_price_cents, vat_rate_bp, activity, service_type)
       values ($1, 'BENCH', 'Conditionnement', 'pièce', 100, 2000, 'conditionnement', 'production') returning id`,
      [org],
    );
    const order = await one(
      `insert into sales_order (organization_id, establishment_id, customer_id, number, status, order_date)
       values ($1, $2, $3, 'CMD-ESAT-BENCH-2026-00001', 'in_production', $4) returning id`,
      [org, establishment, customer, start],
    );
    await client.query(
      `insert into order_line (organization_id, order_id, position, catalog_item_id, description, quantity, unit_price_cents, vat_rate_bp, total_ht_cents)
       select $1, $2, n, $3, 'Conditionnement', 1000000, 100, 2000, 100000000 from generate_series(1, $4::int) n`,
      [org, order, item, orderLines],
    );
    const workshopIds = (
      await client.query(
        `insert into workshop (organization_id, establishment_id, code, name) select $1, $2, 'BENCH-' || n, 'Atelier ' || n from generate_series(1, $3::int) n returning id`,
        [org, establishment, workshops],
      )
    ).rows.map((row) => row.id);
    await client.query(
      `insert into beneficiary (organization_id, establishment_id, matricule, initials, status, working_time_ratio, weekly_hours, entry_date, main_workshop_id)
       select $1, $2, 'B' || lpad(n::text, 5, '0'), 'AB', 'esat_worker', 1, 35, $3::date, ($4::bigint[])[1 + n % cardinality($4::bigint[])]
         from generate_series(1, $5::int) n`,
      [org, establishment, start, workshopIds, beneficiaries],
    );
    const activity = await one(`insert into activity (organization_id, workshop_id, code, name) values ($1, $2, 'BENCH', 'Conditionnement') returning id`, [
      org, workshopIds[0],
    ]);
    const sheet = await one(
      `insert into production_sheet (organization_id, establishment_id, order_id, workshop_id, number, status, planned_start, planned_end)
       values ($1, $2, $3, $4, 'FP-BENCH-1', 'in_progress', $5, $6) returning id`,
      [org, establishment, order, workshopIds[0], start, today],
    );
    await client.query(
      `insert into production_task (organization_id, production_sheet_id, order_line_id, activity_id, description)
       select $1, $2, id, $3, 'Conditionnement' from order_line where order_id = $4`,
      [org, sheet, activity, order],
    );
    await client.query(
      `insert into mad_contract (organization_id, establishment_id, customer_id, order_line_id, number, kind, activity, place, team_size, start_date, end_date, hourly_rate_cents)
       select $1, $2, $3, id, 'MAD-BENCH-1', 'collective', 'Espaces verts', 'Site client', 10, $5, $6, 1500 from order_line where order_id = $4 and position = 1`,
      [org, establishment, customer, order, start, today],
    );
    await client.query('commit');
    return { organizationId: org, userId };
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

interface Reference {
  text: string;
  from: string | null;
  to: string | null;
}

/**
 * `rows` valid CSV rows (after a header) for the organisation's beneficiaries and references
 * (order lines of orders not cancelled, production tasks, MAD contracts with an order line),
 * each dated within the last year on a day the beneficiary was present (and within the MAD
 * period), in chunks of about 10 000 lines. `separator: ';'` writes the French Excel shape
 * (DD/MM/YYYY, decimal commas). Throws when the organisation has nothing to import against.
 */
export async function* generateWorkImportCsv(
  client: ClientBase,
  organizationId: number,
  rows: number,
  options: { separator?: ',' | ';'; today?: string } = {},
): AsyncGenerator<string> {
  const separator = options.separator ?? ',';
  const today = options.today ?? todayInFrance();
  const oldest = addDays(today, -365);
  const { beneficiaries, references } = await sampleTargets(client, organizationId);
  if (!beneficiaries.length || !references.length) throw new Error(`organisation ${organizationId} has no beneficiaries or nothing to work on`);

  const french = separator === ';';
  const decimal = (value: number) => (french ? String(value).replace('.', ',') : String(value));
  const date = (iso: string) => (french ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);
  const later = (a: string, b: string | null) => (b !== null && b > a ? b : a);
  const earlier = (a: string, b: string | null) => (b !== null && b < a ? b : a);

  // A day of a beneficiary holds at most 7 hours (a full-time contract's day: no warning, far from the
  // 24-hour refusal); rows are shorter the more there are per beneficiary, and a full day sends the row
  // to the next day of the period.
  const DAY_QUARTERS = 28;
  const maxQuarters = Math.max(1, Math.min(DAY_QUARTERS, Math.floor((DAY_QUARTERS * beneficiaries.length * 300) / rows)));
  const dayQuarters = new Map<string, number>();

  yield ['matricule', 'date', 'reference', 'hours', 'quantity', 'rejects'].join(separator) + '\n';
  let lines: string[] = [];
  for (let i = 0, combination = 0; i < rows; combination++) {
    if (combination > (i + 1) * beneficiaries.length * references.length) throw new Error('no beneficiary is present, with time left, when there is work to do');
    const beneficiary = beneficiaries[combination % beneficiaries.length];
    const reference = references[Math.floor(combination / beneficiaries.length) % references.length];
    const from = later(later(oldest, beneficiary.from), reference.from);
    const to = earlier(earlier(today, beneficiary.to), reference.to);
    if (from > to) continue;
    const span = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    const quarters = (i % maxQuarters) + 1; // 0.25 h up to 7 h
    let day: string | null = null;
    for (let tries = 0; tries < span && day === null; tries++) {
      const candidate = addDays(from, ((i * 7919) % span + tries) % span);
      if ((dayQuarters.get(`${beneficiary.text}|${candidate}`) ?? 0) + quarters <= DAY_QUARTERS) day = candidate;
    }
    if (day === null) continue;
    dayQuarters.set(`${beneficiary.text}|${day}`, (dayQuarters.get(`${beneficiary.text}|${day}`) ?? 0) + quarters);
    lines.push([beneficiary.text, date(day), reference.text, decimal(quarters / 4), decimal(i % 500), String(i % 7)].join(separator));
    i++;
    if (lines.length === 10_000) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length) yield lines.join('\n') + '\n';
}

async function sampleTargets(client: ClientBase, organizationId: number): Promise<{ beneficiaries: Reference[]; references: Reference[] }> {
  await client.query('begin');
  try {
    await client.query(`select set_config('app.maintenance', 'on', true)`);
    const beneficiaries = (
      await client.query<Reference>(
        `select matricule as text, entry_date::text as "from", exit_date::text as "to" from beneficiary where organization_id = $1 order by matricule`,
        [organizationId],
      )
    ).rows;
    const references = (
      await client.query<Reference>(
        `select o.number || '/' || l.position as text, null as "from", null as "to"
           from sales_order o join order_line l on l.order_id = o.id
          where o.organization_id = $1 and o.status <> 'cancelled'
            and not exists (select 1 from sales_order d where d.organization_id = o.organization_id and d.number = o.number and d.id <> o.id)
         union all
         select 'task:' || t.id, null, null from production_task t where t.organization_id = $1
         union all
         select 'mad:' || m.number, m.start_date::text, m.end_date::text from mad_contract m where m.organization_id = $1 and m.order_line_id is not null
         order by 1`,
        [organizationId],
      )
    ).rows;
    return { beneficiaries, references };
  } finally {
    await client.query('commit');
  }
}

/** Writes `rows` generated rows to `file` (see generateWorkImportCsv). */
export async function writeWorkImportCsv(file: string, client: ClientBase, organizationId: number, rows: number, options: { separator?: ',' | ';' } = {}): Promise<void> {
  await pipeline(Readable.from(generateWorkImportCsv(client, organizationId, rows, options)), fs.createWriteStream(file));
}
