-- Statistics of the columns that depend on each other in the aggregates and stored steering rows.
-- Every view of `reporting` keeps one organisation's rows, and a question then filters on an
-- establishment, a workshop, a customer, a beneficiary or a supervisor, which belong to one
-- organisation: without statistics of that dependency, PostgreSQL multiplies the two selectivities
-- and, on a data set of 200 organisations, expects 2 rows where there are 582, then plans a nested
-- loop that reads a dimension 582 times (bench figure 4, national scale, q3: 146 ms, 3.9 ms with
-- these statistics). Functional-dependency statistics (CREATE STATISTICS … (dependencies)) for every
-- table of the engine with an organisation and one of those columns, taken by ANALYZE like the
-- others (the rebuild analyses each table it writes).
do $$
declare
  t record;
begin
  for t in
    select c.relname, array_agg(a.attname::text order by a.attnum) as columns
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'reporting_engine'
      join pg_attribute a on a.attrelid = c.oid and a.attname in ('establishment_id', 'workshop_id', 'work_group_id', 'customer_id', 'beneficiary_id', 'supervisor_id')
     where c.relkind = 'r' and (c.relname like 'agg\_%' or c.relname like 'mat\_%')
       and exists (select 1 from pg_attribute o where o.attrelid = c.oid and o.attname = 'organization_id')
     group by c.relname
  loop
    execute format('create statistics reporting_engine.%I (dependencies) on organization_id, %s from reporting_engine.%I',
                   left(t.relname, 52) || '_dependencies', array_to_string(t.columns, ', '), t.relname);
  end loop;
end $$;
