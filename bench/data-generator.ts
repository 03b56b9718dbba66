import type { ClientBase } from 'pg';
import { copyLine, copyRows, Progress } from './copy-rows';
import { BenchModel, hash, hundredths, Numbering, thousandths, type OrderRow } from './data-model';
import { ACTIVITIES_PER_WORKSHOP, WORK_GROUPS_PER_WORKSHOP, WORKSHOPS_PER_ESTABLISHMENT, type Scale } from './scale';

/** Bumped whenever the generated rows change: a bench database of another version is regenerated. */
export const GENERATOR_VERSION = 2;

export const ORGANIZATION_ID = 1;
export const ADMIN_USER_ID = 1;

/** Tables loaded by the generator, parents first. */
const TABLES = [
  'organization', 'establishment', 'app_user', 'customer', 'catalog_item', 'workshop', 'workshop_supervisor', 'activity', 'work_group',
  'beneficiary', 'beneficiary_birth_year', 'beneficiary_movement', 'establishment_capacity', 'objective',
  'sales_order', 'order_line', 'production_sheet', 'production_task', 'allocation', 'delivery_note', 'delivery_note_line', 'invoice', 'invoice_line', 'payment',
  'work_record', 'document_sequence',
];

type Row = readonly (string | number | boolean | null)[];

/** The table whose id each id column holds (the generator's rows carry one organisation's own ids). */
const ID_COLUMNS: Record<string, string> = {
  establishment_id: 'establishment', customer_id: 'customer', catalog_item_id: 'catalog_item', workshop_id: 'workshop', main_workshop_id: 'workshop',
  work_group_id: 'work_group', user_id: 'app_user', referent_supervisor_id: 'app_user', recorded_by: 'app_user', validated_by: 'app_user',
  order_id: 'sales_order', order_line_id: 'order_line', beneficiary_id: 'beneficiary', delivery_note_id: 'delivery_note',
  delivery_note_line_id: 'delivery_note_line', invoice_id: 'invoice', activity_id: 'activity', production_sheet_id: 'production_sheet', production_task_id: 'production_task',
};

/**
 * How many ids one organisation takes in each table: organisation g (0-based) holds ids
 * g × stride + 1 … (g + 1) × stride, the same rows as organisation 0 shifted (`--scale national`).
 */
function idStrides(model: BenchModel, scale: Scale): Record<string, number> {
  const { establishments: e, customers, beneficiaries, orders } = scale;
  const lines = model.lines;
  return {
    organization: 1, establishment: e, app_user: e + 1, customer: customers, catalog_item: model.catalogItems, workshop: e * WORKSHOPS_PER_ESTABLISHMENT,
    activity: e * WORKSHOPS_PER_ESTABLISHMENT * ACTIVITIES_PER_WORKSHOP, work_group: e * WORKSHOPS_PER_ESTABLISHMENT * WORK_GROUPS_PER_WORKSHOP, beneficiary: beneficiaries,
    sales_order: orders, order_line: lines, allocation: lines * 2, delivery_note: orders, delivery_note_line: lines, invoice: orders, invoice_line: lines,
    payment: orders, work_record: lines * scale.workRecordsPerLine, production_sheet: orders, production_task: lines,
  };
}

/** created_at/updated_at of a row made on `date` (late afternoon, Paris). */
const stamp = (date: string) => `${date} 16:00:00+00`;

/**
 * Writes the benchmark organisation into a migrated, empty database with COPY. Runs as a superuser:
 * `session_replication_role = replica` switches off foreign-key and user triggers for the load (the
 * rows are consistent by construction, and the invoice-line trigger would otherwise refuse lines of
 * issued invoices), and superusers bypass row-level security, which forbids COPY FROM otherwise.
 * Secondary indexes are dropped before and rebuilt after, which is several times faster than
 * maintaining them row by row.
 */
export async function generateBenchData(client: ClientBase, scale: Scale, log: (line: string) => void): Promise<Record<string, number>> {
  const model = new BenchModel(scale);
  const [{ superuser }] = (await client.query(`select rolsuper as superuser from pg_roles where rolname = current_user`)).rows;
  if (!superuser) throw new Error('generating the benchmark data needs a superuser connection (session_replication_role, COPY under row-level security)');
  await client.query(`set session_replication_role = replica`);
  await client.query(`set maintenance_work_mem = '512MB'`);

  const dropped = await dropSecondaryIndexes(client, TABLES);
  const counts: Record<string, number> = {};
  const organizations = scale.organizations ?? 1;
  const orderNumbers = new Numbering();
  const deliveryNumbers = new Numbering();
  const invoiceNumbers = new Numbering();
  const numberings: Record<string, Numbering> = { sales_order: orderNumbers, delivery_note: deliveryNumbers, invoice: invoiceNumbers };
  const strides = idStrides(model, scale);
  /**
   * COPY of `rows` (organisation 1's), once per organisation: for organisation g, organization_id is
   * g + 1 and every id column moves by g × its table's stride (idStrides).
   */
  const copy = async (table: string, columns: readonly string[], total: number, rows: () => Iterable<Row>) => {
    const progress = new Progress(table, total * organizations);
    const shifts = organizations === 1 ? [] : columns.map((column) => (column === 'id' ? strides[table] : ID_COLUMNS[column] ? strides[ID_COLUMNS[column]] : column === 'organization_id' ? 1 : 0));
    const unknown = columns.filter((_, i) => organizations > 1 && shifts[i] === undefined);
    if (unknown.length) throw new Error(`--scale ${scale.name}: no id stride for ${table} (${unknown.join(', ')}); add it to idStrides`);
    function* lines() {
      for (let g = 0; g < organizations; g++) {
        // The tables numbering documents start their counters again for each organisation; the
        // counters left after the last one are each organisation's (document_sequence).
        if (g > 0) numberings[table]?.reset();
        if (g === 0) {
          for (const row of rows()) yield copyLine(row);
          continue;
        }
        for (const row of rows()) yield copyLine(row.map((value, i) => (shifts[i] && typeof value === 'number' ? value + g * shifts[i] : value)));
      }
    }
    counts[table] = await copyRows(client, table, columns, lines(), (sent) => progress.update(sent));
    progress.update(counts[table], true);
  };
  const { establishments, beneficiaries, customers, orders } = scale;
  const org = ORGANIZATION_ID;
  const workshops = establishments * WORKSHOPS_PER_ESTABLISHMENT;

  await copy('organization', ['id', 'name'], 1, function* () {
    yield [org, 'Réseau Bench — ESAT et EA'];
  });
  await copy('establishment', ['id', 'organization_id', 'kind', 'code', 'name', 'siret', 'finess', 'city'], establishments, function* () {
    for (let e = 0; e < establishments; e++) {
      const kind = model.establishmentKind(e);
      yield [e + 1, org, kind, model.establishmentCode(e), `${kind.toUpperCase()} n° ${e + 1}`, model.siret(1, e), kind === 'esat' ? model.siret(2, e).slice(0, 9) : null, `Ville ${e + 1}`];
    }
  });
  await copy('app_user', ['id', 'organization_id', 'email', 'display_name', 'roles'], establishments + 1, function* () {
    yield [ADMIN_USER_ID, org, 'admin@bench.ub', 'Admin Bench', '{admin}'];
    for (let e = 0; e < establishments; e++) yield [model.supervisorId(e), org, `moniteur-${e + 1}@bench.ub`, `Moniteur ${e + 1}`, '{supervisor}'];
  });
  await copy(
    'customer',
    ['id', 'organization_id', 'legal_name', 'siren', 'siret', 'is_public_buyer', 'email', 'billing_line1', 'billing_postal_code', 'billing_city'],
    customers,
    function* () {
      for (let c = 0; c < customers; c++) {
        const siret = model.siret(3, c);
        yield [c + 1, org, `Client ${c + 1} SAS`, siret.slice(0, 9), siret, c % 10 === 0, `compta@client${c + 1}.fr`, `${(c % 200) + 1} rue du Commerce`, pad5(69000 + (c % 900)), 'Lyon'];
      }
    },
  );
  await copy(
    'catalog_item',
    [
      'id', 'organization_id', 'establishment_id', 'code', 'label', 'unit', 'unit_price_cents', 'vat_rate_bp', 'activity', 'service_type',
      'materials_cents', 'subcontracting_cents', 'intermediate_consumption_cents', 'selling_costs_cents',
    ],
    model.catalogItems,
    function* () {
      for (let i = 0; i < model.catalogItems; i++) {
        const item = model.catalogItem(i);
        yield [
          i + 1, org, item.establishment + 1, item.code, item.label, item.unit, item.unitPriceCents, item.vatRateBp, item.activity, item.serviceType,
          item.materialsCents, item.subcontractingCents, item.intermediateConsumptionCents, item.sellingCostsCents,
        ];
      }
    },
  );
  await copy('workshop', ['id', 'organization_id', 'establishment_id', 'code', 'name'], workshops, function* () {
    for (let e = 0; e < establishments; e++) {
      for (let w = 0; w < WORKSHOPS_PER_ESTABLISHMENT; w++) yield [model.workshopId(e, w), org, e + 1, `AT-${e + 1}-${w + 1}`, `Atelier ${w + 1} de ${model.establishmentCode(e)}`];
    }
  });
  await copy('workshop_supervisor', ['organization_id', 'workshop_id', 'user_id'], workshops, function* () {
    for (let e = 0; e < establishments; e++) {
      for (let w = 0; w < WORKSHOPS_PER_ESTABLISHMENT; w++) yield [org, model.workshopId(e, w), model.supervisorId(e)];
    }
  });
  await copy('activity', ['id', 'organization_id', 'workshop_id', 'code', 'name'], workshops * ACTIVITIES_PER_WORKSHOP, function* () {
    for (let ws = 1; ws <= workshops; ws++) {
      for (let a = 0; a < ACTIVITIES_PER_WORKSHOP; a++) yield [model.activityId(ws, a), org, ws, `ACT-${ws}-${a + 1}`, `Activité ${a + 1} de l'atelier ${ws}`];
    }
  });
  await copy('work_group', ['id', 'organization_id', 'workshop_id', 'code', 'name'], workshops * WORK_GROUPS_PER_WORKSHOP, function* () {
    for (let ws = 1; ws <= workshops; ws++) {
      for (let g = 0; g < WORK_GROUPS_PER_WORKSHOP; g++) yield [model.workGroupId(ws, g), org, ws, `GRP-${ws}-${g + 1}`, `Équipe ${g + 1} de l'atelier ${ws}`];
    }
  });
  await copy(
    'beneficiary',
    ['id', 'organization_id', 'establishment_id', 'matricule', 'initials', 'status', 'working_time_ratio', 'weekly_hours', 'entry_date', 'exit_date', 'main_workshop_id', 'work_group_id', 'referent_supervisor_id'],
    beneficiaries,
    function* () {
      for (let b = 0; b < beneficiaries; b++) {
        const e = model.beneficiaryEstablishment(b);
        const workshop = model.workshopId(e, Math.floor(b / establishments) % WORKSHOPS_PER_ESTABLISHMENT);
        const exit = model.exitDay(b);
        yield [
          b + 1, org, e + 1, model.matricule(b), model.initials(b), model.establishmentKind(e) === 'esat' ? 'esat_worker' : 'ea_employee',
          thousandths(model.workingTimeRatio(b)), model.weeklyHours(b), model.date(model.entryDay(b)), exit === null ? null : model.date(exit), workshop,
          model.workGroupId(workshop, b % WORK_GROUPS_PER_WORKSHOP), model.supervisorId(e),
        ];
      }
    },
  );
  // Funder data: a birth year for everyone (1960–2004), the exits of beneficiary.exit_date with a reason and destination, the places
  // authorised (ESAT) or aided posts (EA) of each establishment, dated before the period and raised a year before its end.
  await copy('beneficiary_birth_year', ['beneficiary_id', 'organization_id', 'birth_year'], beneficiaries, function* () {
    for (let b = 0; b < beneficiaries; b++) yield [b + 1, org, 1960 + (hash(b, 24) % 45)];
  });
  await copy('beneficiary_movement', ['organization_id', 'beneficiary_id', 'kind', 'movement_date', 'exit_reason', 'exit_destination'], beneficiaries, function* () {
    for (let b = 0; b < beneficiaries; b++) {
      const exit = model.exitDay(b);
      if (exit !== null) yield [org, b + 1, 'exit', model.date(exit), EXIT_REASONS[hash(b, 25) % EXIT_REASONS.length], EXIT_DESTINATIONS[hash(b, 26) % EXIT_DESTINATIONS.length]];
    }
  });
  await copy('establishment_capacity', ['organization_id', 'establishment_id', 'kind', 'valid_from', 'value', 'source'], establishments * 2, function* () {
    for (let e = 0; e < establishments; e++) {
      const esat = model.establishmentKind(e) === 'esat';
      const headcount = Math.floor(beneficiaries / establishments);
      for (const [day, share] of [[-400, 0.8], [scale.days - 366, 0.85]] as const) {
        yield [org, e + 1, esat ? 'authorized_places' : 'aided_posts', model.date(day), String(Math.round(headcount * share)), esat ? 'Arrêté ARS (bench)' : 'CPOM DREETS (bench)'];
      }
    }
  });
  // Objectives: every beneficiary an hours objective per quarter of the last year of the period (one in five a quality one too),
  // every workshop an hours objective and every work group a quality objective per quarter; the ended quarters closed.
  const objectiveRows = function* (): Generator<Row> {
    const quarters = model.objectiveQuarters();
    const closed = (end: string) => (end < model.date(scale.days - 1) ? ['closed', `${end} 18:00:00+00`] : ['open', null]);
    for (const [start, end] of quarters) {
      for (let b = 0; b < beneficiaries; b++) {
        const hours = Math.round(Number(model.weeklyHours(b)) * 13 * (0.8 + (hash(b, 27) % 30) / 100));
        yield [org, 'individual', b + 1, null, null, 'hours', start, end, String(hours), `Heures du trimestre (${start})`, ...closed(end)];
        if (b % 5 === 0) yield [org, 'individual', b + 1, null, null, 'quality', start, end, '0.9700', `Qualité du trimestre (${start})`, ...closed(end)];
      }
      for (let ws = 1; ws <= workshops; ws++) {
        yield [org, 'workshop', null, null, ws, 'hours', start, end, String(5_000 + (hash(ws, 28) % 3_000)), `Heures de l'atelier (${start})`, ...closed(end)];
        for (let g = 0; g < WORK_GROUPS_PER_WORKSHOP; g++) {
          yield [org, 'work_group', null, model.workGroupId(ws, g), null, 'quality', start, end, '0.9600', `Qualité de l'équipe (${start})`, ...closed(end)];
        }
      }
    }
  };
  await copy(
    'objective',
    ['organization_id', 'scope', 'beneficiary_id', 'work_group_id', 'workshop_id', 'measure', 'period_start', 'period_end', 'target', 'title', 'status', 'closed_at'],
    4 * (beneficiaries * 1.2 + workshops * (1 + WORK_GROUPS_PER_WORKSHOP)),
    objectiveRows,
  );

  // Orders and everything hanging off them: each pass walks the orders in id (= date) order.
  function* eachOrder(): Generator<OrderRow> {
    for (let o = 0; o < orders; o++) yield model.order(o);
  }
  const documentColumns = ['id', 'organization_id', 'establishment_id', 'customer_id', 'number', 'total_ht_cents', 'total_vat_cents', 'total_ttc_cents', 'created_at', 'updated_at'];
  const lineColumns = [
    'id', 'organization_id', 'position', 'catalog_item_id', 'description', 'quantity', 'unit_price_cents', 'vat_rate_bp', 'total_ht_cents',
    'materials_cents', 'subcontracting_cents', 'intermediate_consumption_cents', 'selling_costs_cents', 'created_at', 'updated_at',
  ];
  const lineValues = (line: OrderRow['lines'][number], at: string): Row => [
    line.index + 1, org, line.position, line.item.index + 1, line.item.label, thousandths(line.quantity), line.item.unitPriceCents, line.item.vatRateBp,
    line.totalHtCents, line.item.materialsCents, line.item.subcontractingCents, line.item.intermediateConsumptionCents, line.item.sellingCostsCents, at, at,
  ];
  const lineTotal = model.lines;

  await copy('sales_order', [...documentColumns, 'status', 'order_date', 'customer_reference'], orders, function* () {
    for (const order of eachOrder()) {
      const date = model.date(order.day);
      const year = model.year(order.day);
      const number = `CMD-${model.establishmentCode(order.establishment)}-${year}-${pad5(orderNumbers.next(order.establishment, year, date))}`;
      const { totalHtCents, totalVatCents, totalTtcCents } = order.totals;
      yield [
        order.index + 1, org, order.establishment + 1, order.customer + 1, number, totalHtCents, totalVatCents, totalTtcCents, stamp(date), stamp(date),
        order.status, date, order.index % 3 === 0 ? `BC-${order.index + 1}` : null,
      ];
    }
  });
  await copy('order_line', [...lineColumns, 'order_id'], lineTotal, function* () {
    for (const order of eachOrder()) {
      const at = stamp(model.date(order.day));
      for (const line of order.lines) yield [...lineValues(line, at), order.index + 1];
    }
  });
  // A production sheet per order (in one of its establishment's workshops, planned over the 14 days its work records span) and a task per line:
  // the allocations sit on the tasks, so their planned hours have days (reporting_engine.allocation_day).
  await copy('production_sheet', ['id', 'organization_id', 'establishment_id', 'order_id', 'workshop_id', 'number', 'status', 'planned_start', 'planned_end', 'created_at', 'updated_at'], orders, function* () {
    for (const order of eachOrder()) {
      const at = stamp(model.date(order.day));
      yield [
        order.index + 1, org, order.establishment + 1, order.index + 1, model.sheetWorkshop(order), `FP-${pad5(order.index + 1)}`,
        scale.days - 1 - order.day < 14 ? 'in_progress' : 'done', model.date(order.day), model.date(order.day + 13), at, at,
      ];
    }
  });
  await copy('production_task', ['id', 'organization_id', 'production_sheet_id', 'order_line_id', 'activity_id', 'description', 'created_at', 'updated_at'], lineTotal, function* () {
    for (const order of eachOrder()) {
      const at = stamp(model.date(order.day));
      const workshop = model.sheetWorkshop(order);
      for (const line of order.lines) {
        yield [line.index + 1, org, order.index + 1, line.index + 1, model.activityId(workshop, hash(line.index, 17) % ACTIVITIES_PER_WORKSHOP), line.item.label, at, at];
      }
    }
  });
  await copy(
    'allocation',
    ['id', 'organization_id', 'order_line_id', 'production_task_id', 'beneficiary_id', 'planned_hours', 'created_at', 'updated_at'],
    lineTotal * 2,
    function* () {
      for (const order of eachOrder()) {
        const at = stamp(model.date(order.day));
        for (const line of order.lines) {
          const start = model.allocationStart(line.index);
          for (let j = 0; j < model.allocationCount(line.index); j++) {
            const beneficiary = model.allocatedBeneficiary(order.establishment, line.index, j);
            yield [start + j + 1, org, line.index + 1, line.index + 1, beneficiary + 1, hundredths((2 + (hash(start + j, 13) % 78)) * 50), at, at];
          }
        }
      }
    },
  );
  await copy('delivery_note', ['id', 'organization_id', 'establishment_id', 'customer_id', 'order_id', 'number', 'delivery_date', 'created_at', 'updated_at'], orders, function* () {
    for (const order of eachOrder()) {
      if (!model.hasDelivery(order)) continue;
      const day = order.day + BenchModel.DELIVERY_AFTER_DAYS;
      const date = model.date(day);
      const year = model.year(day);
      const number = `BL-${model.establishmentCode(order.establishment)}-${year}-${pad5(deliveryNumbers.next(order.establishment, year, date))}`;
      yield [order.index + 1, org, order.establishment + 1, order.customer + 1, order.index + 1, number, date, stamp(date), stamp(date)];
    }
  });
  await copy('delivery_note_line', ['id', 'organization_id', 'delivery_note_id', 'order_line_id', 'quantity', 'created_at', 'updated_at'], lineTotal, function* () {
    for (const order of eachOrder()) {
      if (!model.hasDelivery(order)) continue;
      const at = stamp(model.date(order.day + BenchModel.DELIVERY_AFTER_DAYS));
      for (const line of order.lines) yield [line.index + 1, org, order.index + 1, line.index + 1, thousandths(line.quantity), at, at];
    }
  });
  await copy('invoice', [...documentColumns, 'status', 'issue_date', 'due_date', 'fiscal_year', 'sequence_number'], orders, function* () {
    for (const order of eachOrder()) {
      if (!order.invoiceStatus) continue;
      const day = order.day + BenchModel.INVOICE_AFTER_DAYS;
      const date = model.date(day);
      const year = model.year(day);
      const sequence = invoiceNumbers.next(order.establishment, year, date);
      const { totalHtCents, totalVatCents, totalTtcCents } = order.totals;
      yield [
        order.index + 1, org, order.establishment + 1, order.customer + 1, `FAC-${model.establishmentCode(order.establishment)}-${year}-${pad5(sequence)}`,
        totalHtCents, totalVatCents, totalTtcCents, stamp(date), stamp(date),
        order.invoiceStatus, date, model.date(day + BenchModel.PAYMENT_TERMS_DAYS), year, sequence,
      ];
    }
  });
  await copy('invoice_line', [...lineColumns, 'invoice_id', 'delivery_note_line_id', 'order_line_id'], lineTotal, function* () {
    for (const order of eachOrder()) {
      if (!order.invoiceStatus) continue;
      const at = stamp(model.date(order.day + BenchModel.INVOICE_AFTER_DAYS));
      for (const line of order.lines) yield [...lineValues(line, at), order.index + 1, line.index + 1, line.index + 1];
    }
  });
  await copy('payment', ['id', 'organization_id', 'invoice_id', 'payment_date', 'amount_cents', 'method', 'created_at', 'updated_at'], orders, function* () {
    for (const order of eachOrder()) {
      if (order.invoiceStatus !== 'paid' && order.invoiceStatus !== 'partially_paid') continue;
      const paid = order.invoiceStatus === 'paid';
      const date = model.date(order.day + BenchModel.INVOICE_AFTER_DAYS + (paid ? 25 : 20));
      const amount = paid ? order.totals.totalTtcCents : Math.floor(order.totals.totalTtcCents / 2);
      yield [order.index + 1, org, order.index + 1, date, amount, model.paymentMethod(order.index), stamp(date), stamp(date)];
    }
  });
  await copy(
    'work_record',
    ['id', 'organization_id', 'beneficiary_id', 'work_date', 'order_line_id', 'hours', 'quantity', 'rejected_quantity', 'status', 'recorded_by', 'validated_by', 'validated_at', 'created_at', 'updated_at'],
    lineTotal * scale.workRecordsPerLine,
    function* () {
      const lastDay = scale.days - 1;
      for (const order of eachOrder()) {
        const supervisor = model.supervisorId(order.establishment);
        for (const line of order.lines) {
          const start = model.workRecordStart(line.index);
          const count = model.workRecordCount(line.index);
          const allocations = model.allocationCount(line.index);
          const quantity = Math.floor(line.quantity / count);
          for (let k = 0; k < count; k++) {
            const index = start + k;
            const day = Math.min(order.day + (k % 14), lastDay);
            const date = model.date(day);
            const validated = lastDay - day >= 5;
            const rejected = hash(index, 14) % 25 === 0 ? Math.min(1000, quantity) : 0;
            yield [
              index + 1, org, model.allocatedBeneficiary(order.establishment, line.index, k % allocations) + 1, date, line.index + 1,
              hundredths((2 + (hash(index, 15) % 28)) * 25), thousandths(quantity), thousandths(rejected), validated ? 'validated' : 'recorded',
              supervisor, validated ? supervisor : null, validated ? `${model.date(day + 1)} 17:00:00+00` : null, stamp(date), stamp(date),
            ];
          }
        }
      }
    },
  );

  const sequences: Row[] = [];
  // Every organisation numbers as the first does (the same orders): the counters of the first pass.
  for (const [type, numbering] of [['order', orderNumbers], ['delivery_note', deliveryNumbers], ['invoice', invoiceNumbers]] as const) {
    for (const counter of numbering.entries()) sequences.push([org, counter.establishment + 1, type, counter.year, counter.last, counter.lastDate]);
  }
  await copy('document_sequence', ['organization_id', 'establishment_id', 'document_type', 'fiscal_year', 'last_value', 'last_date'], sequences.length, () => sequences);

  // Identity sequences continue after the ids written explicitly.
  for (const table of TABLES) {
    const { rows } = await client.query(`select pg_get_serial_sequence($1, 'id') as sequence`, [table]).catch(() => ({ rows: [{ sequence: null }] }));
    if (rows[0].sequence) await client.query(`select setval($1, coalesce((select max(id) from ${table}), 0) + 1, false)`, [rows[0].sequence]);
  }
  await client.query(`set session_replication_role = origin`);

  let started = Date.now();
  log(`  rebuilding ${dropped.length} secondary indexes…`);
  for (const index of dropped) await client.query(index.definition);
  log(`  indexes rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s; vacuum analyze…`);
  started = Date.now();
  await client.query(`vacuum (analyze) ${TABLES.join(', ')}`);
  log(`  vacuum analyze done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return counts;
}

const EXIT_REASONS = ['professional_project', 'end_of_contract', 'resignation', 'retirement', 'health', 'relocation', 'other'];
const EXIT_DESTINATIONS = ['ordinary_employment', 'ea', 'other_esat', 'training', 'none', 'other'];

function pad5(value: number): string {
  return String(value).padStart(5, '0');
}

/** Secondary indexes (those backing no constraint) of `tables`, dropped; their definitions come back for the rebuild. */
async function dropSecondaryIndexes(client: ClientBase, tables: readonly string[]): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and t.relname = any($1)
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by t.relname, i.indexrelid::regclass::text`,
    [tables],
  );
  for (const index of rows) await client.query(`drop index ${index.name}`);
  return rows;
}
