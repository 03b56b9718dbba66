/**
 * The GraphQL workloads of figure 1 and the one SQL statement of figure 2 (the ceiling for (a)).
 * Each document is sent as-is by autocannon, so the server sees the same text on every request (as a
 * client with a fixed query does) and caches its parsed and compiled form.
 */

export const ORDERS_PAGE_SIZE = 50;
/** (d) The catalog page's size, in workload 1d and its floor. */
export const CATALOG_PAGE_SIZE = 50;

/** (a) A page of 50 orders (newest first) with customer, lines, product code, allocations with beneficiary matricule and planned hours. */
export const ORDERS_PAGE = `query OrdersPage($take: Int!) {
  orders(options: { take: $take }) {
    items {
      id number orderDate status totalTtcCents
      customer { id legalName }
      lines {
        id position quantity
        catalogItem { code }
        allocations { id plannedHours beneficiary { matricule } }
      }
    }
  }
}`;

/** (c) A partner portal's impact query: its customer's year, by month and service type, with sales. */
export const PARTNER_IMPACT = `query PartnerImpact($year: Int!) {
  partnerImpact(year: $year) {
    customerId customerName year privacyThreshold
    total { hours beneficiaryCount withheld }
    months { month hours beneficiaryCount withheld }
    serviceTypes { serviceType hours beneficiaryCount withheld }
    netHtCents labourCostCents paidCents ubEquivalentNonLegal
  }
}`;

/** (b) One invoice with its lines and each line's contribution (validated work behind it). */
export const INVOICE_CONTRIBUTION = `query InvoiceContribution($id: ID!) {
  invoice(id: $id) {
    id number status issueDate totalTtcCents
    lines {
      id position quantity totalHtCents
      contribution { hours quantity rejectedQuantity beneficiaryCount }
    }
  }
}`;

/** (d) A flat page of 50 catalog items (ordered by code). */
export const CATALOG_PAGE = `query CatalogPage($take: Int!) {
  catalogItems(options: { take: $take }) {
    items { id code label unit unitPriceCents vatRatePercent activity serviceType active }
  }
}`;

/**
 * The ceiling for (a): the answer of ORDERS_PAGE built entirely by PostgreSQL, in one statement, as a
 * hand-tuned client would send it (same rows, same order: orders by date and id descending, lines by
 * position, allocations by id). `$1` organisation; the page size is written in the statement, as the
 * API writes it, so PostgreSQL keeps the statement's generic plan instead of planning it at each run
 * (with `limit $2` it re-planned every page: about 15 % of its CPU, 2026-12-07). Returned as text, so
 * Node only copies bytes. Objects are written by `row_to_json` of one-row subqueries, which PostgreSQL
 * does in about two thirds of the time of `json_build_object` (measured: 3.1 against 4.3 ms here).
 */
export const ORDERS_PAGE_CEILING_SQL = `
select '{"data":{"orders":{"items":' || coalesce(json_agg((
  select row_to_json(j) from (select
    o.id::text as "id", o.number as "number", o.order_date as "orderDate", upper(o.status) as "status", o.total_ttc_cents as "totalTtcCents",
    (select row_to_json(j) from (select c.id::text as "id", c.legal_name as "legalName") j) as "customer",
    (select coalesce(json_agg((
        select row_to_json(j) from (select
          l.id::text as "id", l.position as "position", l.quantity as "quantity",
          (select row_to_json(j) from (select ci.code as "code") j) as "catalogItem",
          (select coalesce(json_agg((
              select row_to_json(j) from (select
                a.id::text as "id", a.planned_hours as "plannedHours",
                case when b.id is null then null else (select row_to_json(j) from (select b.matricule as "matricule") j) end as "beneficiary") j
            ) order by a.id), '[]'::json)
            from allocation a left join beneficiary b on b.id = a.beneficiary_id
            where a.order_line_id = l.id) as "allocations") j
      ) order by l.position), '[]'::json)
      from order_line l join catalog_item ci on ci.id = l.catalog_item_id
      where l.order_id = o.id) as "lines") j
  ) order by o.order_date desc, o.id desc), '[]'::json)::text || '}}}' as body
from (select id, number, order_date, status, total_ttc_cents, customer_id from sales_order
       where organization_id = $1 order by order_date desc, id desc limit ${ORDERS_PAGE_SIZE}) o
join customer c on c.id = o.customer_id`;

/**
 * The floor for (d): the answer of CATALOG_PAGE built by PostgreSQL in one statement (catalog list's
 * default order: code descending, then id). `$1` organisation; the page size (CATALOG_PAGE_SIZE) is
 * written in the statement, as for the ceiling. What Node and PostgreSQL on this machine can serve at
 * most for (d), with no GraphQL server at all.
 */
export const CATALOG_PAGE_FLOOR_SQL = `
select '{"data":{"catalogItems":{"items":' || coalesce(json_agg((
  select row_to_json(j) from (select
    c.id::text as "id", c.code as "code", c.label as "label", c.unit as "unit", c.unit_price_cents as "unitPriceCents",
    c.vat_rate_bp::float8 / 100 as "vatRatePercent", c.activity as "activity", upper(c.service_type) as "serviceType", c.active as "active") j
  ) order by c.code desc, c.id desc), '[]'::json)::text || '}}}' as body
from (select * from catalog_item where organization_id = $1 order by code desc, id desc limit ${CATALOG_PAGE_SIZE}) c`;

export function graphqlBody(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

const aliased = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

/**
 * (h) The most expensive queries the limits let through (GRAPHQL_MAX_COST 250 000): 2 400 aliased
 * `__typename` on each of 100 catalog items (cost 240 101), and 100 orders with 49 aliased copies of
 * each line's description (lines costed at their bound of 50: cost 245 201), which also keeps the
 * ordinary path (one field under several aliases is never rendered by PostgreSQL).
 */
export const HOSTILE_TYPENAMES = `{ catalogItems(options: { take: 100 }) { items { ${aliased(2_400, '__typename')} } } }`;
export const HOSTILE_LINES = `{ orders(options: { take: 100 }) { items { lines { ${aliased(49, 'description')} } } } }`;

/** (f) The workshops' months of the steering dashboard: team rows, audited by the disclosure module for a role without individual rights. */
export const TEAM_INDICATORS = `query TeamIndicators($from: LocalDate!, $to: LocalDate!) {
  contributionIndicators(options: { level: WORKSHOP, fromMonth: $from, toMonth: $to, take: 50 }) {
    totalItems
    items { month workshopId withheld beneficiaries hours regularity quality doneVsPlanned }
  }
}`;
/** The six months (f) reads: closed months of the bench's last year (bench/scale.ts END_DAY). */
export const TEAM_INDICATOR_MONTHS = { from: '2026-04-01', to: '2026-09-01' };

/** (e) A page of beneficiaries with their contract details and parcours: health data, traced (two audit rows per request). */
export const BENEFICIARIES_PAGE = `query BeneficiariesPage($take: Int!) {
  beneficiaries(options: { take: $take }) {
    items {
      id matricule workingTimeRatio weeklyHours entryDate exitDate
      parcours { startDate endDate }
    }
  }
}`;
