"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RegistryService = void 0;
const production_entity_1 = require("../../schema/entities/production.entity");
const error_results_1 = require("../../schema/error-results");
const organization_loaders_1 = require("../organization/organization.loaders");
const rows_1 = require("../common/rows");
const list_query_1 = require("../read/list-query");
const errors_1 = require("../common/errors");
const enums_1 = require("../../schema/enums");
const production_loaders_1 = require("./production.loaders");
async function codeTaken(ctx, table, code) {
    const rows = await ctx.db.query(`select 1 from ${table} where organization_id = $1 and code = $2`, [ctx.organizationId, code]);
    return rows.length > 0;
}
/** Workshops, activities, work groups, beneficiaries and their parcours, identities and notes. */
class RegistryService {
    static async createWorkshop(ctx, input) {
        if (!(await (0, organization_loaders_1.establishmentById)(ctx).load(Number(input.establishmentId))))
            return new error_results_1.NotFoundError('establishmentId', 'Establishment');
        if (await codeTaken(ctx, 'workshop', input.code))
            return new error_results_1.DuplicateError('code', `workshop code ${input.code} is already used`);
        const [id] = await (0, rows_1.insertRows)(ctx, production_entity_1.Workshop, [{ establishmentId: input.establishmentId, code: input.code, name: input.name }]);
        return (await (0, rows_1.findRow)(ctx, production_entity_1.Workshop, id));
    }
    static async createActivity(ctx, input) {
        if (!(await (0, production_loaders_1.workshopById)(ctx).load(Number(input.workshopId))))
            return new error_results_1.NotFoundError('workshopId', 'Workshop');
        if (await codeTaken(ctx, 'activity', input.code))
            return new error_results_1.DuplicateError('code', `activity code ${input.code} is already used`);
        const [id] = await (0, rows_1.insertRows)(ctx, production_entity_1.Activity, [{ workshopId: input.workshopId, code: input.code, name: input.name }]);
        return (await (0, rows_1.findRow)(ctx, production_entity_1.Activity, id));
    }
    static async createWorkGroup(ctx, input) {
        if (!(await (0, production_loaders_1.workshopById)(ctx).load(Number(input.workshopId))))
            return new error_results_1.NotFoundError('workshopId', 'Workshop');
        if (await codeTaken(ctx, 'work_group', input.code))
            return new error_results_1.DuplicateError('code', `work group code ${input.code} is already used`);
        const [id] = await (0, rows_1.insertRows)(ctx, production_entity_1.WorkGroup, [{ workshopId: input.workshopId, code: input.code, name: input.name }]);
        return (await (0, rows_1.findRow)(ctx, production_entity_1.WorkGroup, id));
    }
    /** Links a supervisor (a user with the supervisor role) to a workshop whose work they record and validate. */
    static async assignSupervisor(ctx, workshopId, userId) {
        const workshop = await (0, production_loaders_1.workshopById)(ctx).load(Number(workshopId));
        if (!workshop)
            return new error_results_1.NotFoundError('workshopId', 'Workshop');
        const [user] = await ctx.db.query(`select 1 from app_user where organization_id = $1 and id = $2 and 'supervisor' = any(roles)`, [ctx.organizationId, userId]);
        if (!user)
            return new error_results_1.NotFoundError('userId', 'Supervisor');
        const manager = await ctx.db.manager();
        await manager.upsert(production_entity_1.WorkshopSupervisor, { workshopId, userId, organizationId: String(ctx.organizationId) }, ['workshopId', 'userId']);
        return workshop;
    }
    static async checkPlacement(ctx, workshopId, workGroupId) {
        if (workshopId && !(await (0, production_loaders_1.workshopById)(ctx).load(Number(workshopId))))
            return new error_results_1.NotFoundError('mainWorkshopId', 'Workshop');
        if (workGroupId && !(await (0, production_loaders_1.workGroupById)(ctx).load(Number(workGroupId))))
            return new error_results_1.NotFoundError('workGroupId', 'Work group');
        return null;
    }
    static async createBeneficiary(ctx, input) {
        if (!(await (0, organization_loaders_1.establishmentById)(ctx).load(Number(input.establishmentId))))
            return new error_results_1.NotFoundError('establishmentId', 'Establishment');
        const misplaced = await RegistryService.checkPlacement(ctx, input.mainWorkshopId, input.workGroupId);
        if (misplaced)
            return misplaced;
        if (input.exitDate && input.exitDate < input.entryDate)
            throw (0, errors_1.badUserInput)('exitDate', 'must not be before the entry date');
        const [taken] = await ctx.db.query('select 1 from beneficiary where organization_id = $1 and matricule = $2', [ctx.organizationId, input.matricule]);
        if (taken)
            return new error_results_1.DuplicateError('matricule', `matricule ${input.matricule} is already used`);
        const [id] = await (0, rows_1.insertRows)(ctx, production_entity_1.Beneficiary, [
            {
                establishmentId: input.establishmentId,
                matricule: input.matricule,
                initials: input.initials,
                status: input.status,
                workingTimeRatio: input.workingTimeRatio,
                weeklyHours: input.weeklyHours,
                entryDate: input.entryDate,
                exitDate: input.exitDate ?? null,
                mainWorkshopId: input.mainWorkshopId ?? null,
                workGroupId: input.workGroupId ?? null,
                referentSupervisorId: input.referentSupervisorId ?? null,
            },
        ]);
        if (input.mainWorkshopId || input.workGroupId) {
            await (0, rows_1.insertRows)(ctx, production_entity_1.BeneficiaryAssignment, [
                { beneficiaryId: String(id), workshopId: input.mainWorkshopId ?? null, workGroupId: input.workGroupId ?? null, startDate: input.entryDate, endDate: null },
            ]);
        }
        // An exit given at creation is an exit without reason nor destination (recordBeneficiaryExit keeps them).
        if (input.exitDate) {
            await ctx.db.query(`insert into beneficiary_movement (organization_id, beneficiary_id, kind, movement_date) values ($1, $2, 'exit', $3)`, [ctx.organizationId, id, input.exitDate]);
        }
        return (await (0, rows_1.findRow)(ctx, production_entity_1.Beneficiary, id));
    }
    /** A change of workshop and/or work group: closes the current step of the parcours and opens a new one. */
    static async move(ctx, input) {
        const beneficiary = await (0, rows_1.findRow)(ctx, production_entity_1.Beneficiary, input.beneficiaryId, { lock: true, field: 'beneficiaryId' });
        if (!beneficiary)
            return new error_results_1.NotFoundError('beneficiaryId', 'Beneficiary');
        if (!input.workshopId && !input.workGroupId)
            throw (0, errors_1.badUserInput)('workshopId', 'give a workshop, a work group or both');
        const misplaced = await RegistryService.checkPlacement(ctx, input.workshopId, input.workGroupId);
        if (misplaced)
            return misplaced;
        const [current] = await ctx.db.query(`select id, start_date::text as "startDate" from beneficiary_assignment where organization_id = $1 and beneficiary_id = $2 and end_date is null`, [ctx.organizationId, beneficiary.id]);
        if (current && current.startDate >= input.fromDate)
            throw (0, errors_1.badUserInput)('fromDate', `must be after the start of the current assignment (${current.startDate})`);
        if (current) {
            const dayBefore = new Date(`${input.fromDate}T00:00:00Z`);
            dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
            await (0, rows_1.updateRow)(ctx, production_entity_1.BeneficiaryAssignment, current.id, { endDate: dayBefore.toISOString().slice(0, 10) });
        }
        const workshopId = input.workshopId ?? beneficiary.mainWorkshopId;
        const workGroupId = input.workGroupId ?? (input.workshopId ? null : beneficiary.workGroupId);
        await (0, rows_1.insertRows)(ctx, production_entity_1.BeneficiaryAssignment, [{ beneficiaryId: String(beneficiary.id), workshopId, workGroupId, startDate: input.fromDate, endDate: null }]);
        await (0, rows_1.updateRow)(ctx, production_entity_1.Beneficiary, beneficiary.id, { mainWorkshopId: workshopId, workGroupId });
        return (await (0, rows_1.findRow)(ctx, production_entity_1.Beneficiary, beneficiary.id));
    }
    static async setIdentity(ctx, input) {
        const beneficiary = await (0, production_loaders_1.beneficiaryById)(ctx).load(Number(input.beneficiaryId));
        if (!beneficiary)
            return new error_results_1.NotFoundError('beneficiaryId', 'Beneficiary');
        const manager = await ctx.db.manager();
        await manager.upsert(production_entity_1.BeneficiaryIdentity, { beneficiaryId: input.beneficiaryId, organizationId: String(ctx.organizationId), lastName: input.lastName, firstName: input.firstName, updatedAt: new Date() }, ['beneficiaryId']);
        return beneficiary;
    }
    static async addNote(ctx, input) {
        if (!(await (0, production_loaders_1.beneficiaryById)(ctx).load(Number(input.beneficiaryId))))
            return new error_results_1.NotFoundError('beneficiaryId', 'Beneficiary');
        const [id] = await (0, rows_1.insertRows)(ctx, production_entity_1.MedicoSocialNote, [
            { beneficiaryId: input.beneficiaryId, noteDate: input.noteDate, body: input.body, authorId: String(ctx.user.userId) },
        ]);
        return (await (0, rows_1.findRow)(ctx, production_entity_1.MedicoSocialNote, id));
    }
    static listWorkshops(ctx, options = {}, info) {
        const filter = new list_query_1.Filter(ctx).add('t.establishment_id = ?', options.establishmentId);
        return (0, list_query_1.listQuery)(ctx, production_entity_1.Workshop, filter, { sortDirection: enums_1.SortDirection.ASC, ...options }, 'code', info);
    }
    static listBeneficiaries(ctx, options = {}, info) {
        const filter = new list_query_1.Filter(ctx)
            .add('t.establishment_id = ?', options.establishmentId)
            .add('t.main_workshop_id = ?', options.workshopId)
            .add('t.work_group_id = ?', options.workGroupId)
            .add('t.status = ?', options.status)
            .add(`t.matricule like ? || '%'`, options.matricule?.replace(/[\\%_]/g, (c) => `\\${c}`));
        return (0, list_query_1.listQuery)(ctx, production_entity_1.Beneficiary, filter, options, 'matricule', info);
    }
}
exports.RegistryService = RegistryService;
//# sourceMappingURL=registry.service.js.map