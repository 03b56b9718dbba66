import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import { badUserInput, parseId } from '../common/errors';
import { selectList } from '../read/read-model';
import { Role } from '../../schema/enums';
import { Activity } from '../../schema/entities/production.entity';
import { JobStandard, PathwayStep, Skill } from '../../schema/entities/funder.entity';
import { Objective } from '../../schema/entities/objective.entity';
import { DuplicateError, NotFoundError } from '../../schema/error-results';
import type { ActivitySkillsInput, JobStandardInput, SkillInput } from '../../schema/inputs/funder.input';
import type { ActivityPractice, EvidencedSkill, ParcoursStep, SkillsEvidence } from './skills.types';

/**
 * The skills referential (job standards with their source, their skills, the skills each activity
 * practises) and a beneficiary's evidence over a period: the validated work of each activity (hours,
 * quantities, quality = 1 − rejected ÷ quantity, as reporting.fct_contribution_beneficiary_month
 * computes it), the skills those activities are linked to, the parcours and its other steps, and the
 * beneficiary's individual objectives of the period (their progress and whether they were reached
 * come from reporting.fct_objective_progress through Objective.progress, as everywhere else).
 */

/** The carnet de parcours of the evidence (api/skills/carnet.routes.ts serves it). */
const carnetUrl = (beneficiaryId: number, from: string, to: string) => `/documents/beneficiaries/${beneficiaryId}/carnet.pdf?from=${from}&to=${to}`;

/** Quality of a group of validated records, the formula of the reporting layer (null when nothing was counted). */
const QUALITY = (quantity: string, rejected: string) => `round(1 - ${rejected} / nullif(${quantity}, 0), 4)`;

export class SkillsService {
  static jobStandards(ctx: RequestContext): Promise<JobStandard[]> {
    return ctx.db.query<JobStandard>(`select ${selectList(ctx, JobStandard)} from job_standard t where t.organization_id = $1 order by t.code`, [ctx.organizationId]);
  }

  static async createJobStandard(ctx: RequestContext, input: JobStandardInput): Promise<JobStandard | DuplicateError> {
    const [row] = await ctx.db.query<JobStandard>(
      `insert into job_standard as t (organization_id, code, title, source) values ($1, $2, $3, $4) on conflict do nothing returning ${selectList(ctx, JobStandard)}`,
      [ctx.organizationId, input.code, input.title.trim(), input.source.trim()],
    );
    return row ?? new DuplicateError('code', `job standard ${input.code} already exists`);
  }

  static async createSkill(ctx: RequestContext, input: SkillInput): Promise<Skill | NotFoundError | DuplicateError> {
    const [standard] = await ctx.db.query('select id from job_standard where organization_id = $1 and id = $2', [ctx.organizationId, input.jobStandardId]);
    if (!standard) return new NotFoundError('jobStandardId', 'JobStandard');
    const [row] = await ctx.db.query<Skill>(
      `insert into skill as t (organization_id, job_standard_id, code, label) values ($1, $2, $3, $4) on conflict do nothing returning ${selectList(ctx, Skill)}`,
      [ctx.organizationId, input.jobStandardId, input.code, input.label.trim()],
    );
    return row ?? new DuplicateError('code', `skill ${input.code} already exists in this job standard`);
  }

  /** Replaces the skills an activity practises. */
  static async setActivitySkills(ctx: RequestContext, input: ActivitySkillsInput): Promise<Activity | NotFoundError> {
    const [activity] = await ctx.db.query<Activity>(`select ${selectList(ctx, Activity)} from activity t where t.organization_id = $1 and t.id = $2`, [ctx.organizationId, input.activityId]);
    if (!activity) return new NotFoundError('activityId', 'Activity');
    const [{ found }] = await ctx.db.query<{ found: number }>('select count(*)::int as found from skill where organization_id = $1 and id = any($2::bigint[])', [ctx.organizationId, input.skillIds]);
    if (found !== input.skillIds.length) return new NotFoundError('skillIds', 'Skill');
    await ctx.db.query('delete from activity_skill where organization_id = $1 and activity_id = $2', [ctx.organizationId, activity.id]);
    await ctx.db.query(
      'insert into activity_skill (organization_id, activity_id, skill_id) select $1, $2, unnest($3::bigint[])',
      [ctx.organizationId, activity.id, input.skillIds],
    );
    return activity;
  }

  /**
   * Who may read a beneficiary's evidence: the médico-social team and admins any; a supervisor only a
   * beneficiary whose main workshop, or a workshop of whose parcours, they supervise.
   */
  private static async assertMayRead(ctx: RequestContext, beneficiaryId: number): Promise<{ id: number; matricule: string } | null> {
    const [row] = await ctx.db.query<{ id: number; matricule: string; supervised: boolean }>(
      `select b.id, b.matricule,
              exists (select 1 from workshop_supervisor s
                       where s.organization_id = b.organization_id and s.user_id = $3
                         and (s.workshop_id = b.main_workshop_id or s.workshop_id in (select a.workshop_id from beneficiary_assignment a where a.beneficiary_id = b.id))) as supervised
         from beneficiary b where b.organization_id = $1 and b.id = $2`,
      [ctx.organizationId, beneficiaryId, ctx.user!.userId],
    );
    const roles = ctx.user!.roles;
    if (row && !roles.includes(Role.ADMIN) && !roles.includes(Role.MEDICO_SOCIAL) && !row.supervised) {
      throw new GraphQLError('A supervisor reads the skills evidence of the beneficiaries of their workshops only', { extensions: { code: 'FORBIDDEN' } });
    }
    return row ?? null;
  }

  static async evidence(ctx: RequestContext, beneficiaryId: string, from: string, to: string): Promise<SkillsEvidence | null> {
    if (to < from) throw badUserInput('to', 'must not be before from');
    const beneficiary = await SkillsService.assertMayRead(ctx, parseId(beneficiaryId, 'beneficiaryId'));
    if (!beneficiary) return null;
    const args = [ctx.organizationId, beneficiary.id, from, to];
    const [months, skills, parcours, steps, objectives] = await Promise.all([
      // One row per activity and month, and one per activity over the period (month null).
      ctx.db.query<{ activity_id: number | null; activity: string; workshop: string | null; month: string | null; first: string; last: string; hours: number; quantity: number; rejected: number; quality: number | null }>(
        `select activity_id, activity, workshop, month::text, min(work_date)::text as first, max(work_date)::text as last,
                sum(hours) as hours, sum(quantity) as quantity, sum(rejected_quantity) as rejected,
                ${QUALITY('sum(quantity)', 'sum(rejected_quantity)')} as quality
           from (select a.id as activity_id, coalesce(a.name, c.activity) as activity, w.name as workshop, date_trunc('month', r.work_date)::date as month,
                        r.work_date, r.hours, r.quantity, r.rejected_quantity
                   from work_record r
                   join order_line l on l.id = r.order_line_id
                   join catalog_item c on c.id = l.catalog_item_id
                   left join production_task t on t.id = r.production_task_id
                   left join activity a on a.id = t.activity_id
                   left join workshop w on w.id = a.workshop_id
                  where r.organization_id = $1 and r.beneficiary_id = $2 and r.status = 'validated' and r.work_date between $3 and $4) work
          group by grouping sets ((activity_id, activity, workshop, month), (activity_id, activity, workshop))
          order by activity, month nulls first`,
        args,
      ),
      ctx.db.query<EvidencedSkill & { activityId: number }>(
        `select x.activity_id as "activityId", s.id as "skillId", s.code, s.label, j.code as "jobStandardCode", j.title as "jobStandardTitle", j.source
           from activity_skill x join skill s on s.id = x.skill_id join job_standard j on j.id = s.job_standard_id
          where x.organization_id = $1 and x.activity_id in (
                  select t.activity_id from work_record r join production_task t on t.id = r.production_task_id
                   where r.organization_id = $1 and r.beneficiary_id = $2 and r.status = 'validated' and r.work_date between $3 and $4)
          order by j.code, s.code`,
        args,
      ),
      ctx.db.query<ParcoursStep>(
        `select w.name as workshop, g.name as "workGroup", a.start_date::text as "startDate", a.end_date::text as "endDate"
           from beneficiary_assignment a left join workshop w on w.id = a.workshop_id left join work_group g on g.id = a.work_group_id
          where a.organization_id = $1 and a.beneficiary_id = $2 and a.start_date <= $4 and (a.end_date is null or a.end_date >= $3)
          order by a.start_date, a.id`,
        args,
      ),
      ctx.db.query<PathwayStep>(
        `select ${selectList(ctx, PathwayStep)} from pathway_step t
          where t.organization_id = $1 and t.beneficiary_id = $2 and t.start_date <= $4 and coalesce(t.end_date, t.start_date) >= $3 order by t.start_date, t.id`,
        args,
      ),
      ctx.db.query<Objective>(
        `select ${selectList(ctx, Objective)} from objective t
          where t.organization_id = $1 and t.scope = 'individual' and t.beneficiary_id = $2 and t.period_start <= $4 and t.period_end >= $3
          order by t.period_start, t.id`,
        args,
      ),
    ]);
    ctx.healthReads.add('work_record', beneficiary.id);
    ctx.healthReads.add('parcours', beneficiary.id);

    const activities = new Map<string, ActivityPractice>();
    for (const row of months) {
      const key = `${row.activity_id ?? ''}|${row.activity}`;
      const figures = { hours: Number(row.hours), quantity: Number(row.quantity), rejectedQuantity: Number(row.rejected), quality: row.quality === null ? null : Number(row.quality) };
      if (row.month === null) {
        const linked = row.activity_id === null ? [] : skills.filter((skill) => Number(skill.activityId) === Number(row.activity_id));
        activities.set(key, { activityId: row.activity_id, activity: row.activity, workshop: row.workshop, firstDate: row.first, lastDate: row.last, ...figures, months: [], skills: linked.map(({ activityId: _activity, ...skill }) => skill) });
      } else activities.get(key)!.months.push({ month: row.month, ...figures });
    }
    const distinct = new Map<number, EvidencedSkill>();
    for (const { activityId: _activity, ...skill } of skills) distinct.set(Number(skill.skillId), skill);
    const practised = [...activities.values()].sort((a, b) => b.hours - a.hours || a.activity.localeCompare(b.activity, 'fr'));
    return {
      beneficiaryId: beneficiary.id, matricule: beneficiary.matricule, from, to, activities: practised, skills: [...distinct.values()], parcours, pathwaySteps: steps, objectives,
      carnetUrl: carnetUrl(beneficiary.id, from, to),
    };
  }
}

