-- Runs last (files run in name order): whatever view or engine table the files before it created,
-- every view of `reporting` is a security barrier granted to the readers, and every engine table is
-- under forced row-level security. A new file of views needs nothing more than its views.

-- Nobody but the owner runs the engine's functions (whichever file made them), except what a file
-- grants by name (the fold, to ub_app).
revoke all on all functions in schema reporting_engine from public;

-- Readers get the views of this schema, and nothing of the engine. Every view is a security barrier.
do $$
declare
  v text;
begin
  for v in select format('%I.%I', schemaname, viewname) from pg_views where schemaname = 'reporting' loop
    execute format('alter view %s set (security_barrier = true)', v);
    execute format('grant select on %s to ub_reporting, ub_app', v);
  end loop;
end $$;

-- Row-level security, forced, on every table of the engine: the viewer's organisation for reading;
-- every row, and writing, only inside the engine's functions. Tables without an organisation (the
-- calendars, the state, the aggregate definitions) hold nobody's data: readable, written by the engine.
do $$
declare
  t regclass;
  engine text := '(select public.reporting_engine_mode())';
begin
  for t in select c.oid::regclass from pg_class c where c.relnamespace = 'reporting_engine'::regnamespace and c.relkind = 'r' loop
    execute format('alter table %s enable row level security', t);
    execute format('alter table %s force row level security', t);
    execute format('create policy engine_writes on %s using (%s) with check (%s)', t, engine, engine);
    if exists (select 1 from pg_attribute a where a.attrelid = t and a.attname = 'organization_id' and not a.attisdropped) then
      execute format('create policy viewer_rows on %s for select using (organization_id = (select public.reporting_viewer_organization_id()))', t);
    else
      execute format('create policy readable on %s for select using (true)', t);
    end if;
  end loop;
end $$;
