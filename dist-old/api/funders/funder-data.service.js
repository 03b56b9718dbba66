"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FunderDataService = void 0;
const errors_1 = require("../common/errors");
const read_model_1 = require("../read/read-model");
const enums_1 = require("../../schema/enums");
const funder_entity_1 = require("../../schema/entities/funder.entity");
const production_entity_1 = require("../../schema/entities/production.entity");
const error_results_1 = require("../../schema/error-results");
/**
 * The data funder reports need that the registry did not hold (migration 1766100000000): capacity
 * granted to an establishment, exits with their destination, returns, the year of birth, and the
 * steps of the parcours beyond the workshop (training, RAE, prestation en entreprise).
 */
class FunderDataService {
    /** A capacity from a date; the same kind and date again replaces the figure (a corrected decision). */
    static async setCapacity(ctx, input) {
        const [establishment] = await ctx.db.query('select kind from establishment where organization_id = $1 and id = $2', [
            ctx.organizationId,
            input.establishmentId,
        ]);
        if (!establishment)
            return new error_results_1.NotFoundError('establishmentId', 'Establishment');
        const expected = establishment.kind === enums_1.EstablishmentKind.ESAT ? enums_1.CapacityKind.AUTHORIZED_PLACES : enums_1.CapacityKind.AIDED_POSTS;
        if (input.kind !== expected) {
            throw (0, errors_1.badUserInput)('kind', establishment.kind === enums_1.EstablishmentKind.ESAT ? 'an ESAT has places authorised by the ARS (AUTHORIZED_PLACES)' : 'an EA has aided posts of its CPOM (AIDED_POSTS)');
        }
        const [row] = await ctx.db.query(`insert into establishment_capacity as t (organization_id, establishment_id, kind, valid_from, value, source) values ($1, $2, $3, $4, $5, $6)
       on conflict (organization_id, establishment_id, kind, valid_from) do update set value = excluded.value, source = excluded.source, updated_at = now()
       returning ${(0, read_model_1.selectList)(ctx, funder_entity_1.EstablishmentCapacity)}`, [ctx.organizationId, input.establishmentId, input.kind, input.validFrom, input.value, input.source.trim()]);
        return row;
    }
    static capacities(ctx, establishmentId) {
        return ctx.db.query(`select ${(0, read_model_1.selectList)(ctx, funder_entity_1.EstablishmentCapacity)} from establishment_capacity t where t.organization_id = $1 and t.establishment_id = $2 order by t.kind, t.valid_from`, [ctx.organizationId, establishmentId]);
    }
    static async lockBeneficiary(ctx, id) {
        const [row] = await ctx.db.query(`select ${(0, read_model_1.selectList)(ctx, production_entity_1.Beneficiary)},
              greatest(t.entry_date, (select max(m.movement_date) from beneficiary_movement m where m.beneficiary_id = t.id and m.kind = 'return'))::text as "stayStart"
         from beneficiary t where t.organization_id = $1 and t.id = $2 for update`, [ctx.organizationId, id]);
        return row;
    }
    static async reread(ctx, id) {
        const [row] = await ctx.db.query(`select ${(0, read_model_1.selectList)(ctx, production_entity_1.Beneficiary)} from beneficiary t where t.organization_id = $1 and t.id = $2`, [ctx.organizationId, id]);
        return row;
    }
    /** An exit: the end of the current stay, with why and where to; the open step of the parcours ends that day. */
    static async recordExit(ctx, input) {
        const beneficiary = await FunderDataService.lockBeneficiary(ctx, input.beneficiaryId);
        if (!beneficiary)
            return new error_results_1.NotFoundError('beneficiaryId', 'Beneficiary');
        if (beneficiary.exitDate)
            return new error_results_1.InvalidStateError('Beneficiary', 'exited', 'exited', `the beneficiary left on ${beneficiary.exitDate}: record a return first`);
        if (input.exitDate < beneficiary.stayStart)
            throw (0, errors_1.badUserInput)('exitDate', `must not be before the start of the current stay (${beneficiary.stayStart})`);
        await ctx.db.query(`insert into beneficiary_movement (organization_id, beneficiary_id, kind, movement_date, exit_reason, exit_destination) values ($1, $2, 'exit', $3, $4, $5)`, [ctx.organizationId, beneficiary.id, input.exitDate, input.reason, input.destination]);
        await ctx.db.query('update beneficiary set exit_date = $3, updated_at = now() where organization_id = $1 and id = $2', [ctx.organizationId, beneficiary.id, input.exitDate]);
        await ctx.db.query(`update beneficiary_assignment set end_date = $3, updated_at = now() where organization_id = $1 and beneficiary_id = $2 and end_date is null and start_date <= $3`, [ctx.organizationId, beneficiary.id, input.exitDate]);
        return FunderDataService.reread(ctx, beneficiary.id);
    }
    /** A return after an exit: a new stay from the return date, in the workshop and group the beneficiary left. */
    static async recordReturn(ctx, input) {
        const beneficiary = await FunderDataService.lockBeneficiary(ctx, input.beneficiaryId);
        if (!beneficiary)
            return new error_results_1.NotFoundError('beneficiaryId', 'Beneficiary');
        if (!beneficiary.exitDate)
            return new error_results_1.InvalidStateError('Beneficiary', 'present', 'returned', 'the beneficiary has not left: nothing to return from');
        if (input.returnDate <= beneficiary.exitDate)
            throw (0, errors_1.badUserInput)('returnDate', `must be after the exit (${beneficiary.exitDate})`);
        await ctx.db.query(`insert into beneficiary_movement (organization_id, beneficiary_id, kind, movement_date, right_to_return) values ($1, $2, 'return', $3, $4)`, [ctx.organizationId, beneficiary.id, input.returnDate, input.rightToReturn]);
        await ctx.db.query('update beneficiary set exit_date = null, updated_at = now() where organization_id = $1 and id = $2', [ctx.organizationId, beneficiary.id]);
        if (beneficiary.mainWorkshopId || beneficiary.workGroupId) {
            await ctx.db.query(`insert into beneficiary_assignment (organization_id, beneficiary_id, workshop_id, work_group_id, start_date) values ($1, $2, $3, $4, $5)`, [ctx.organizationId, beneficiary.id, beneficiary.mainWorkshopId, beneficiary.workGroupId, input.returnDate]);
        }
        return FunderDataService.reread(ctx, beneficiary.id);
    }
    static async setBirthYear(ctx, input) {
        const beneficiary = await FunderDataService.reread(ctx, input.beneficiaryId);
        if (!beneficiary)
            return new error_results_1.NotFoundError('beneficiaryId', 'Beneficiary');
        const year = Number(beneficiary.entryDate.slice(0, 4));
        if (input.birthYear > year - 14)
            throw (0, errors_1.badUserInput)('birthYear', `a beneficiary who entered in ${year} was born in ${year - 14} or before`);
        await ctx.db.query(`insert into beneficiary_birth_year (organization_id, beneficiary_id, birth_year) values ($1, $2, $3)
       on conflict (beneficiary_id) do update set birth_year = excluded.birth_year, updated_at = now()`, [ctx.organizationId, beneficiary.id, input.birthYear]);
        return beneficiary;
    }
    static async recordPathwayStep(ctx, input) {
        const [found] = await ctx.db.query(`select exists (select 1 from beneficiary where organization_id = $1 and id = $2) as beneficiary,
              $3::bigint is null or exists (select 1 from job_standard where organization_id = $1 and id = $3) as standard,
              $4::bigint is null or exists (select 1 from customer where organization_id = $1 and id = $4) as customer`, [ctx.organizationId, input.beneficiaryId, input.jobStandardId ?? null, input.customerId ?? null]);
        if (!found.beneficiary)
            return new error_results_1.NotFoundError('beneficiaryId', 'Beneficiary');
        if (!found.standard)
            return new error_results_1.NotFoundError('jobStandardId', 'JobStandard');
        if (!found.customer)
            return new error_results_1.NotFoundError('customerId', 'Customer');
        if (input.endDate && input.endDate < input.startDate)
            throw (0, errors_1.badUserInput)('endDate', 'must not be before the start date');
        const [row] = await ctx.db.query(`insert into pathway_step as t (organization_id, beneficiary_id, kind, start_date, end_date, hours, title, job_standard_id, customer_id, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${(0, read_model_1.selectList)(ctx, funder_entity_1.PathwayStep)}`, [ctx.organizationId, input.beneficiaryId, input.kind, input.startDate, input.endDate ?? null, input.hours ?? null, input.title.trim(),
            input.jobStandardId ?? null, input.customerId ?? null, ctx.user.userId]);
        return row;
    }
}
exports.FunderDataService = FunderDataService;
//# sourceMappingURL=funder-data.service.js.map