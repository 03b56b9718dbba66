"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.InvoiceLineContributionResolver = exports.DeliveryNoteLineContributionResolver = exports.OrderProductionResolver = exports.OrderLineProductionResolver = exports.MadContractResolver = exports.WorkRecordResolver = exports.AllocationResolver = exports.ProductionTaskResolver = exports.ProductionSheetResolver = void 0;
const type_graphql_1 = require("type-graphql");
const production_entity_1 = require("../../schema/entities/production.entity");
const customer_entity_1 = require("../../schema/entities/customer.entity");
const sales_entity_1 = require("../../schema/entities/sales.entity");
const production_input_1 = require("../../schema/inputs/production.input");
const lists_1 = require("../../schema/lists");
const results_1 = require("../../schema/results");
const enums_1 = require("../../schema/enums");
const roles_1 = require("../../kernel/roles");
const health_data_1 = require("../../schema/health-data");
const mutation_1 = require("../common/mutation");
const errors_1 = require("../common/errors");
const sales_loaders_1 = require("../sales/sales.loaders");
const work_service_1 = require("./work.service");
const work_import_service_1 = require("./work-import.service");
const contribution_1 = require("./contribution");
const production_loaders_1 = require("./production.loaders");
const work_day_1 = require("./work-day");
let ProductionSheetResolver = class ProductionSheetResolver {
    productionSheet(ctx, id) {
        return (0, production_loaders_1.productionSheetById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    productionSheets(ctx, options, info) {
        return work_service_1.ProductionService.listSheets(ctx, options, info);
    }
    createProductionSheet(ctx, input) {
        return work_service_1.ProductionService.createSheet(ctx, input);
    }
    startProductionSheet(ctx, id) {
        return work_service_1.ProductionService.transitionSheet(ctx, id, enums_1.ProductionSheetStatus.IN_PROGRESS);
    }
    completeProductionSheet(ctx, id) {
        return work_service_1.ProductionService.transitionSheet(ctx, id, enums_1.ProductionSheetStatus.DONE);
    }
    order(ctx, sheet) {
        return (0, sales_loaders_1.orderById)(ctx).load(Number(sheet.orderId));
    }
    workshop(ctx, sheet) {
        return (0, production_loaders_1.workshopById)(ctx).load(Number(sheet.workshopId));
    }
    tasks(ctx, sheet) {
        return (0, production_loaders_1.tasksBySheetId)(ctx).load(Number(sheet.id));
    }
};
exports.ProductionSheetResolver = ProductionSheetResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.Query)(() => production_entity_1.ProductionSheet, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], ProductionSheetResolver.prototype, "productionSheet", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.Query)(() => lists_1.ProductionSheetList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => production_input_1.ProductionSheetListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], ProductionSheetResolver.prototype, "productionSheets", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeProduction),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.ProductionSheetResult, { description: 'Creates a production sheet (fiche de production) for an order, with its tasks.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.ProductionSheetInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.ProductionSheetInput]),
    __metadata("design:returntype", void 0)
], ProductionSheetResolver.prototype, "createProductionSheet", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeProduction),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.ProductionSheetResult, { description: 'PLANNED → IN_PROGRESS.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], ProductionSheetResolver.prototype, "startProductionSheet", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeProduction),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.ProductionSheetResult, { description: 'IN_PROGRESS → DONE.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], ProductionSheetResolver.prototype, "completeProductionSheet", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.Order),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ProductionSheetResolver.prototype, "order", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Workshop),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ProductionSheetResolver.prototype, "workshop", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.ProductionTask]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ProductionSheetResolver.prototype, "tasks", null);
exports.ProductionSheetResolver = ProductionSheetResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.ProductionSheet)
], ProductionSheetResolver);
let ProductionTaskResolver = class ProductionTaskResolver {
    productionSheet(ctx, task) {
        return (0, production_loaders_1.productionSheetById)(ctx).load(Number(task.productionSheetId));
    }
    orderLine(ctx, task) {
        return (0, sales_loaders_1.orderLineById)(ctx).load(Number(task.orderLineId));
    }
    activity(ctx, task) {
        return (0, production_loaders_1.activityById)(ctx).load(Number(task.activityId));
    }
    allocations(ctx, task) {
        return (0, production_loaders_1.allocationsByTaskId)(ctx).load(Number(task.id));
    }
    workRecords(ctx, task) {
        return (0, production_loaders_1.workRecordsByTaskId)(ctx).load(Number(task.id));
    }
};
exports.ProductionTaskResolver = ProductionTaskResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.ProductionSheet),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ProductionTaskResolver.prototype, "productionSheet", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.OrderLine),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ProductionTaskResolver.prototype, "orderLine", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Activity),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ProductionTaskResolver.prototype, "activity", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.Allocation]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ProductionTaskResolver.prototype, "allocations", null);
__decorate([
    (0, health_data_1.TraceHealthRead)('work_record', 'rows'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readWorkRecords),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.WorkRecord]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], ProductionTaskResolver.prototype, "workRecords", null);
exports.ProductionTaskResolver = ProductionTaskResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.ProductionTask)
], ProductionTaskResolver);
let AllocationResolver = class AllocationResolver {
    allocate(ctx, input) {
        return work_service_1.ProductionService.allocate(ctx, input);
    }
    expandGroupAllocation(ctx, id) {
        return work_service_1.ProductionService.expandGroupAllocation(ctx, id);
    }
    orderLine(ctx, allocation) {
        return (0, sales_loaders_1.orderLineById)(ctx).load(Number(allocation.orderLineId));
    }
    productionTask(ctx, allocation) {
        return allocation.productionTaskId ? (0, production_loaders_1.productionTaskById)(ctx).load(Number(allocation.productionTaskId)) : null;
    }
    beneficiary(ctx, allocation) {
        return allocation.beneficiaryId ? (0, production_loaders_1.beneficiaryById)(ctx).load(Number(allocation.beneficiaryId)) : null;
    }
    workGroup(ctx, allocation) {
        return allocation.workGroupId ? (0, production_loaders_1.workGroupById)(ctx).load(Number(allocation.workGroupId)) : null;
    }
};
exports.AllocationResolver = AllocationResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeProduction),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.AllocationResult, { description: 'Allocates an order line or a task to a beneficiary or a work group (affectation).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.AllocationInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.AllocationInput]),
    __metadata("design:returntype", void 0)
], AllocationResolver.prototype, "allocate", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeProduction),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.AllocationExpansionResult, { description: 'Replaces a work-group allocation by one allocation per member, sharing the plan evenly.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], AllocationResolver.prototype, "expandGroupAllocation", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.OrderLine),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], AllocationResolver.prototype, "orderLine", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.ProductionTask, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], AllocationResolver.prototype, "productionTask", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaries),
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Beneficiary, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], AllocationResolver.prototype, "beneficiary", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.WorkGroup, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], AllocationResolver.prototype, "workGroup", null);
exports.AllocationResolver = AllocationResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.Allocation)
], AllocationResolver);
let WorkRecordResolver = class WorkRecordResolver {
    workRecords(ctx, options, info) {
        return work_service_1.WorkRecordService.list(ctx, options, info);
    }
    recordWork(ctx, input) {
        return work_service_1.WorkRecordService.record(ctx, input);
    }
    validateWorkRecords(ctx, ids) {
        return work_service_1.WorkRecordService.validate(ctx, ids);
    }
    correctWorkRecord(ctx, id, input) {
        return work_service_1.WorkRecordService.correct(ctx, id, input);
    }
    importWorkRecords(ctx, csv) {
        return work_import_service_1.WorkImportService.importCsvText(ctx, csv);
    }
    beneficiary(ctx, record) {
        return (0, production_loaders_1.beneficiaryById)(ctx).load(Number(record.beneficiaryId));
    }
    orderLine(ctx, record) {
        return (0, sales_loaders_1.orderLineById)(ctx).load(Number(record.orderLineId));
    }
    productionTask(ctx, record) {
        return record.productionTaskId ? (0, production_loaders_1.productionTaskById)(ctx).load(Number(record.productionTaskId)) : null;
    }
    async warnings(ctx, record) {
        const workDate = String(record.workDate);
        return (0, work_day_1.workDayWarnings)(await (0, production_loaders_1.workDayByKey)(ctx).load(`${record.beneficiaryId}|${workDate}`), workDate);
    }
    corrections(ctx, record) {
        return (0, production_loaders_1.correctionsByWorkRecordId)(ctx).load(Number(record.id));
    }
};
exports.WorkRecordResolver = WorkRecordResolver;
__decorate([
    (0, health_data_1.TraceHealthRead)('work_record', 'rows'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readWorkRecords),
    (0, type_graphql_1.Query)(() => lists_1.WorkRecordList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => production_input_1.WorkRecordListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], WorkRecordResolver.prototype, "workRecords", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.recordWork),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.WorkRecordResult, { description: 'Records a pointage (supervisors: for their own workshops).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.WorkRecordInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.WorkRecordInput]),
    __metadata("design:returntype", void 0)
], WorkRecordResolver.prototype, "recordWork", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.recordWork),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.WorkRecordValidationResult, { description: 'Validates pointages; a validated record is immutable.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('ids', () => [type_graphql_1.ID])),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Array]),
    __metadata("design:returntype", void 0)
], WorkRecordResolver.prototype, "validateWorkRecords", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.recordWork),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.WorkRecordResult, { description: 'Corrects a validated record with a new record referencing it (holding the differences).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('input', () => production_input_1.WorkRecordCorrectionInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String, production_input_1.WorkRecordCorrectionInput]),
    __metadata("design:returntype", void 0)
], WorkRecordResolver.prototype, "correctWorkRecord", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.recordWork),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.WorkRecordImportResult, {
        description: 'Imports pointages from CSV text (at most 1 MB, the request size limit; larger files: `npm run import:work`), all or nothing: with any bad row, nothing is ' +
            'imported and the bad rows are listed with their line numbers. Columns: matricule,date,reference,hours,quantity,rejects (see the README). ' +
            'Imported records are RECORDED, awaiting validation; supervisors import only for their workshops.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('csv', () => String)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], WorkRecordResolver.prototype, "importWorkRecords", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Beneficiary),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkRecordResolver.prototype, "beneficiary", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.OrderLine),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkRecordResolver.prototype, "orderLine", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.ProductionTask, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkRecordResolver.prototype, "productionTask", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.WorkWarning], {
        description: 'Non-blocking findings about the day of this record: ABOVE_CONTRACT_DAILY_HOURS when all the beneficiary\'s records that day ' +
            '(corrections included) total more than the contract\'s daily hours (weekly hours / working days).',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], WorkRecordResolver.prototype, "warnings", null);
__decorate([
    (0, health_data_1.TraceHealthRead)('work_record', 'rows'),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.WorkRecord], { description: 'Corrections recorded against this record.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], WorkRecordResolver.prototype, "corrections", null);
exports.WorkRecordResolver = WorkRecordResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.WorkRecord)
], WorkRecordResolver);
let MadContractResolver = class MadContractResolver {
    madContract(ctx, id) {
        return (0, production_loaders_1.madContractById)(ctx).load((0, errors_1.parseId)(id, 'id'));
    }
    madContracts(ctx, options, info) {
        return work_service_1.ProductionService.listMadContracts(ctx, options, info);
    }
    createMadContract(ctx, input) {
        return work_service_1.ProductionService.createMadContract(ctx, input);
    }
    customer(ctx, contract) {
        return (0, sales_loaders_1.customerById)(ctx).load(Number(contract.customerId));
    }
    orderLine(ctx, contract) {
        return contract.orderLineId ? (0, sales_loaders_1.orderLineById)(ctx).load(Number(contract.orderLineId)) : null;
    }
    beneficiaries(ctx, contract) {
        return (0, production_loaders_1.beneficiariesByMadContractId)(ctx).load(Number(contract.id));
    }
    daysUntilEnd(contract) {
        return (0, work_service_1.madContractTimeline)(contract).daysUntilEnd;
    }
    endingSoon(contract) {
        return (0, work_service_1.madContractTimeline)(contract).endingSoon;
    }
};
exports.MadContractResolver = MadContractResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.Query)(() => production_entity_1.MadContract, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, String]),
    __metadata("design:returntype", void 0)
], MadContractResolver.prototype, "madContract", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.Query)(() => lists_1.MadContractList),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('options', () => production_input_1.MadContractListOptions, { nullable: true })),
    __param(2, (0, type_graphql_1.Info)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object, Object]),
    __metadata("design:returntype", void 0)
], MadContractResolver.prototype, "madContracts", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.writeSales),
    (0, mutation_1.Transactional)(),
    (0, type_graphql_1.Mutation)(() => results_1.MadContractResult, { description: 'Records a mise à disposition contract; an individual MAD lasts at most the legal limit (2 years).' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('input', () => production_input_1.MadContractInput)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, production_input_1.MadContractInput]),
    __metadata("design:returntype", void 0)
], MadContractResolver.prototype, "createMadContract", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => customer_entity_1.Customer),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], MadContractResolver.prototype, "customer", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => sales_entity_1.OrderLine, { nullable: true }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], MadContractResolver.prototype, "orderLine", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readBeneficiaries),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.Beneficiary]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], MadContractResolver.prototype, "beneficiaries", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => type_graphql_1.Int, { description: 'Days from today (Europe/Paris) to the end date; negative once ended.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], MadContractResolver.prototype, "daysUntilEnd", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Boolean, { description: `True within ${work_service_1.MAD_ENDING_SOON_DAYS} days of the end: time to renew or to prepare the return.` }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], MadContractResolver.prototype, "endingSoon", null);
exports.MadContractResolver = MadContractResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => production_entity_1.MadContract)
], MadContractResolver);
/** The beneficiary side of the sales chain: what is attached to order lines reaches deliveries and invoices. */
let OrderLineProductionResolver = class OrderLineProductionResolver {
    allocations(ctx, line) {
        return (0, production_loaders_1.allocationsByOrderLineId)(ctx).load(Number(line.id));
    }
    productionTasks(ctx, line) {
        return (0, production_loaders_1.tasksByOrderLineId)(ctx).load(Number(line.id));
    }
    workRecords(ctx, line) {
        return (0, production_loaders_1.workRecordsByOrderLineId)(ctx).load(Number(line.id));
    }
    contribution(ctx, line) {
        return (0, production_loaders_1.contributionByOrderLineId)(ctx).load(Number(line.id));
    }
};
exports.OrderLineProductionResolver = OrderLineProductionResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.Allocation]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderLineProductionResolver.prototype, "allocations", null);
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.ProductionTask]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderLineProductionResolver.prototype, "productionTasks", null);
__decorate([
    (0, health_data_1.TraceHealthRead)('work_record', 'rows'),
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readWorkRecords),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.WorkRecord]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderLineProductionResolver.prototype, "workRecords", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Contribution),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderLineProductionResolver.prototype, "contribution", null);
exports.OrderLineProductionResolver = OrderLineProductionResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.OrderLine)
], OrderLineProductionResolver);
let OrderProductionResolver = class OrderProductionResolver {
    productionSheets(ctx, order) {
        return (0, production_loaders_1.productionSheetsByOrderId)(ctx).load(Number(order.id));
    }
};
exports.OrderProductionResolver = OrderProductionResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...roles_1.CAN.readProduction),
    (0, type_graphql_1.FieldResolver)(() => [production_entity_1.ProductionSheet]),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], OrderProductionResolver.prototype, "productionSheets", null);
exports.OrderProductionResolver = OrderProductionResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.Order)
], OrderProductionResolver);
let DeliveryNoteLineContributionResolver = class DeliveryNoteLineContributionResolver {
    contribution(ctx, line) {
        return (0, contribution_1.deliveryLineContribution)(ctx, line);
    }
};
exports.DeliveryNoteLineContributionResolver = DeliveryNoteLineContributionResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Contribution),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], DeliveryNoteLineContributionResolver.prototype, "contribution", null);
exports.DeliveryNoteLineContributionResolver = DeliveryNoteLineContributionResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.DeliveryNoteLine)
], DeliveryNoteLineContributionResolver);
let InvoiceLineContributionResolver = class InvoiceLineContributionResolver {
    contribution(ctx, line) {
        return (0, contribution_1.invoiceLineContribution)(ctx, line);
    }
};
exports.InvoiceLineContributionResolver = InvoiceLineContributionResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => production_entity_1.Contribution),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", void 0)
], InvoiceLineContributionResolver.prototype, "contribution", null);
exports.InvoiceLineContributionResolver = InvoiceLineContributionResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => sales_entity_1.InvoiceLine)
], InvoiceLineContributionResolver);
//# sourceMappingURL=production.resolver.js.map