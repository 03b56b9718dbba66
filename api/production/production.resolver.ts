import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import type { Row } from '../read/read-model';
import {
  Activity, Allocation, Beneficiary, Contribution, MadContract, ProductionSheet, ProductionTask, WorkGroup, WorkRecord, WorkWarning, Workshop,
} from '../../schema/entities/production.entity';
import { Customer } from '../../schema/entities/customer.entity';
import { DeliveryNoteLine, InvoiceLine, Order, OrderLine } from '../../schema/entities/sales.entity';
import {
  AllocationInput, MadContractInput, MadContractListOptions, ProductionSheetInput, ProductionSheetListOptions, WorkRecordCorrectionInput, WorkRecordInput,
  WorkRecordListOptions,
} from '../../schema/inputs/production.input';
import { MadContractList, ProductionSheetList, WorkRecordList } from '../../schema/lists';
import {
  AllocationExpansionResult, AllocationResult, MadContractResult, ProductionSheetResult, WorkRecordImportResult, WorkRecordResult, WorkRecordValidationResult,
} from '../../schema/results';
import { ProductionSheetStatus } from '../../schema/enums';
import { CAN } from '../../kernel/roles';
import { TraceHealthRead } from '../../schema/health-data';
import { Transactional } from '../common/mutation';
import { Nests } from '../read/nested-read';
import { parseId } from '../common/errors';
import { customerById, orderById, orderLineById } from '../sales/sales.loaders';
import { MAD_ENDING_SOON_DAYS, ProductionService, WorkRecordService, madContractTimeline } from './work.service';
import { WorkImportService } from './work-import.service';
import { deliveryLineContribution, invoiceLineContribution } from './contribution';
import {
  activityById, allocationBeneficiaryRelation, allocationWorkGroupRelation, allocationsByOrderLineId, allocationsByTaskId, beneficiariesByMadContractId, beneficiaryById, contributionByOrderLineId,
  correctionsByWorkRecordId, madContractById, productionSheetById, productionSheetsByOrderId, productionTaskById, tasksByOrderLineId, tasksBySheetId,
  workDayByKey, workRecordsByOrderLineId, workRecordsByTaskId, workshopById,
} from './production.loaders';
import { workDayWarnings } from './work-day';

@Resolver(() => ProductionSheet)
export class ProductionSheetResolver {
  @Authorized(...CAN.readProduction)
  @Query(() => ProductionSheet, { nullable: true })
  productionSheet(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return productionSheetById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readProduction)
  @Query(() => ProductionSheetList)
  productionSheets(@Ctx() ctx: RequestContext, @Arg('options', () => ProductionSheetListOptions, { nullable: true }) options: ProductionSheetListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return ProductionService.listSheets(ctx, options, info);
  }

  @Authorized(...CAN.writeProduction)
  @Transactional()
  @Mutation(() => ProductionSheetResult, { description: 'Creates a production sheet (fiche de production) for an order, with its tasks.' })
  createProductionSheet(@Ctx() ctx: RequestContext, @Arg('input', () => ProductionSheetInput) input: ProductionSheetInput) {
    return ProductionService.createSheet(ctx, input);
  }

  @Authorized(...CAN.writeProduction)
  @Transactional()
  @Mutation(() => ProductionSheetResult, { description: 'PLANNED → IN_PROGRESS.' })
  startProductionSheet(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ProductionService.transitionSheet(ctx, id, ProductionSheetStatus.IN_PROGRESS);
  }

  @Authorized(...CAN.writeProduction)
  @Transactional()
  @Mutation(() => ProductionSheetResult, { description: 'IN_PROGRESS → DONE.' })
  completeProductionSheet(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ProductionService.transitionSheet(ctx, id, ProductionSheetStatus.DONE);
  }

  @FieldResolver(() => Order)
  order(@Ctx() ctx: RequestContext, @Root() sheet: Row<ProductionSheet>) {
    return orderById(ctx).load(sheet.orderId);
  }

  @FieldResolver(() => Workshop)
  workshop(@Ctx() ctx: RequestContext, @Root() sheet: Row<ProductionSheet>) {
    return workshopById(ctx).load(sheet.workshopId);
  }

  @FieldResolver(() => [ProductionTask])
  tasks(@Ctx() ctx: RequestContext, @Root() sheet: Row<ProductionSheet>) {
    return tasksBySheetId(ctx).load(sheet.id);
  }
}

@Resolver(() => ProductionTask)
export class ProductionTaskResolver {
  @FieldResolver(() => ProductionSheet)
  productionSheet(@Ctx() ctx: RequestContext, @Root() task: Row<ProductionTask>) {
    return productionSheetById(ctx).load(task.productionSheetId);
  }

  @FieldResolver(() => OrderLine)
  orderLine(@Ctx() ctx: RequestContext, @Root() task: Row<ProductionTask>) {
    return orderLineById(ctx).load(task.orderLineId);
  }

  @FieldResolver(() => Activity)
  activity(@Ctx() ctx: RequestContext, @Root() task: Row<ProductionTask>) {
    return activityById(ctx).load(task.activityId);
  }

  @FieldResolver(() => [Allocation])
  allocations(@Ctx() ctx: RequestContext, @Root() task: Row<ProductionTask>) {
    return allocationsByTaskId(ctx).load(task.id);
  }

  @TraceHealthRead('work_record', 'rows')
  @Authorized(...CAN.readWorkRecords)
  @FieldResolver(() => [WorkRecord])
  workRecords(@Ctx() ctx: RequestContext, @Root() task: Row<ProductionTask>) {
    return workRecordsByTaskId(ctx).load(task.id);
  }
}

@Resolver(() => Allocation)
export class AllocationResolver {
  @Authorized(...CAN.writeProduction)
  @Transactional()
  @Mutation(() => AllocationResult, { description: 'Allocates an order line or a task to a beneficiary or a work group (affectation).' })
  allocate(@Ctx() ctx: RequestContext, @Arg('input', () => AllocationInput) input: AllocationInput) {
    return ProductionService.allocate(ctx, input);
  }

  @Authorized(...CAN.writeProduction)
  @Transactional()
  @Mutation(() => AllocationExpansionResult, { description: 'Replaces a work-group allocation by one allocation per member, sharing the plan evenly.' })
  expandGroupAllocation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ProductionService.expandGroupAllocation(ctx, id);
  }

  @FieldResolver(() => OrderLine)
  orderLine(@Ctx() ctx: RequestContext, @Root() allocation: Row<Allocation>) {
    return orderLineById(ctx).load(allocation.orderLineId);
  }

  @FieldResolver(() => ProductionTask, { nullable: true })
  productionTask(@Ctx() ctx: RequestContext, @Root() allocation: Row<Allocation>) {
    return allocation.productionTaskId ? productionTaskById(ctx).load(allocation.productionTaskId) : null;
  }

  @Authorized(...CAN.readBeneficiaries)
  @Nests(allocationBeneficiaryRelation)
  @FieldResolver(() => Beneficiary, { nullable: true })
  beneficiary(@Ctx() ctx: RequestContext, @Root() allocation: Row<Allocation>) {
    return allocationBeneficiaryRelation.load(ctx, allocation);
  }

  @Nests(allocationWorkGroupRelation)
  @FieldResolver(() => WorkGroup, { nullable: true })
  workGroup(@Ctx() ctx: RequestContext, @Root() allocation: Row<Allocation>) {
    return allocationWorkGroupRelation.load(ctx, allocation);
  }
}

@Resolver(() => WorkRecord)
export class WorkRecordResolver {
  @TraceHealthRead('work_record', 'rows')
  @Authorized(...CAN.readWorkRecords)
  @Query(() => WorkRecordList)
  workRecords(@Ctx() ctx: RequestContext, @Arg('options', () => WorkRecordListOptions, { nullable: true }) options: WorkRecordListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return WorkRecordService.list(ctx, options, info);
  }

  @Authorized(...CAN.recordWork)
  @Transactional()
  @Mutation(() => WorkRecordResult, { description: 'Records a pointage (supervisors: for their own workshops).' })
  recordWork(@Ctx() ctx: RequestContext, @Arg('input', () => WorkRecordInput) input: WorkRecordInput) {
    return WorkRecordService.record(ctx, input);
  }

  @Authorized(...CAN.recordWork)
  @Transactional()
  @Mutation(() => WorkRecordValidationResult, { description: 'Validates pointages; a validated record is immutable.' })
  validateWorkRecords(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]) {
    return WorkRecordService.validate(ctx, ids);
  }

  @Authorized(...CAN.recordWork)
  @Transactional()
  @Mutation(() => WorkRecordResult, { description: 'Corrects a validated record with a new record referencing it (holding the differences).' })
  correctWorkRecord(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => WorkRecordCorrectionInput) input: WorkRecordCorrectionInput) {
    return WorkRecordService.correct(ctx, id, input);
  }

  @Authorized(...CAN.recordWork)
  @Transactional()
  @Mutation(() => WorkRecordImportResult, {
    description:
      'Imports pointages from CSV text (at most 1 MB, the request size limit; larger files: `npm run import:work`), all or nothing: with any bad row, nothing is ' +
      'imported and the bad rows are listed with their line numbers. Columns: matricule,date,reference,hours,quantity,rejects (see the README). ' +
      'Imported records are RECORDED, awaiting validation; supervisors import only for their workshops.',
  })
  importWorkRecords(@Ctx() ctx: RequestContext, @Arg('csv', () => String) csv: string) {
    return WorkImportService.importCsvText(ctx, csv);
  }

  @FieldResolver(() => Beneficiary)
  beneficiary(@Ctx() ctx: RequestContext, @Root() record: Row<WorkRecord>) {
    return beneficiaryById(ctx).load(record.beneficiaryId);
  }

  @FieldResolver(() => OrderLine)
  orderLine(@Ctx() ctx: RequestContext, @Root() record: Row<WorkRecord>) {
    return orderLineById(ctx).load(record.orderLineId);
  }

  @FieldResolver(() => ProductionTask, { nullable: true })
  productionTask(@Ctx() ctx: RequestContext, @Root() record: Row<WorkRecord>) {
    return record.productionTaskId ? productionTaskById(ctx).load(record.productionTaskId) : null;
  }

  @FieldResolver(() => [WorkWarning], {
    description:
      'Non-blocking findings about the day of this record: ABOVE_CONTRACT_DAILY_HOURS when all the beneficiary\'s records that day ' +
      '(corrections included) total more than the contract\'s daily hours (weekly hours / working days).',
  })
  async warnings(@Ctx() ctx: RequestContext, @Root() record: Row<WorkRecord>) {
    const workDate = String(record.workDate);
    return workDayWarnings(await workDayByKey(ctx).load(`${record.beneficiaryId}|${workDate}`), workDate);
  }

  @TraceHealthRead('work_record', 'rows')
  @FieldResolver(() => [WorkRecord], { description: 'Corrections recorded against this record.' })
  corrections(@Ctx() ctx: RequestContext, @Root() record: Row<WorkRecord>) {
    return correctionsByWorkRecordId(ctx).load(record.id);
  }
}

@Resolver(() => MadContract)
export class MadContractResolver {
  @Authorized(...CAN.readProduction)
  @Query(() => MadContract, { nullable: true })
  madContract(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return madContractById(ctx).load(parseId(id, 'id'));
  }

  @Authorized(...CAN.readProduction)
  @Query(() => MadContractList)
  madContracts(@Ctx() ctx: RequestContext, @Arg('options', () => MadContractListOptions, { nullable: true }) options: MadContractListOptions | undefined, @Info() info: GraphQLResolveInfo) {
    return ProductionService.listMadContracts(ctx, options, info);
  }

  @Authorized(...CAN.writeSales)
  @Transactional()
  @Mutation(() => MadContractResult, { description: 'Records a mise à disposition contract; an individual MAD lasts at most the legal limit (2 years).' })
  createMadContract(@Ctx() ctx: RequestContext, @Arg('input', () => MadContractInput) input: MadContractInput) {
    return ProductionService.createMadContract(ctx, input);
  }

  @FieldResolver(() => Customer)
  customer(@Ctx() ctx: RequestContext, @Root() contract: Row<MadContract>) {
    return customerById(ctx).load(contract.customerId);
  }

  @FieldResolver(() => OrderLine, { nullable: true })
  orderLine(@Ctx() ctx: RequestContext, @Root() contract: Row<MadContract>) {
    return contract.orderLineId ? orderLineById(ctx).load(contract.orderLineId) : null;
  }

  @Authorized(...CAN.readBeneficiaries)
  @FieldResolver(() => [Beneficiary])
  beneficiaries(@Ctx() ctx: RequestContext, @Root() contract: Row<MadContract>) {
    return beneficiariesByMadContractId(ctx).load(contract.id);
  }

  @FieldResolver(() => Int, { description: 'Days from today (Europe/Paris) to the end date; negative once ended.' })
  daysUntilEnd(@Root() contract: Row<MadContract>) {
    return madContractTimeline(contract).daysUntilEnd;
  }

  @FieldResolver(() => Boolean, { description: `True within ${MAD_ENDING_SOON_DAYS} days of the end: time to renew or to prepare the return.` })
  endingSoon(@Root() contract: Row<MadContract>) {
    return madContractTimeline(contract).endingSoon;
  }
}

/** The beneficiary side of the sales chain: what is attached to order lines reaches deliveries and invoices. */
@Resolver(() => OrderLine)
export class OrderLineProductionResolver {
  @Authorized(...CAN.readProduction)
  @Nests(allocationsByOrderLineId.relation)
  @FieldResolver(() => [Allocation])
  allocations(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return allocationsByOrderLineId.relation.load(ctx, line);
  }

  @Authorized(...CAN.readProduction)
  @FieldResolver(() => [ProductionTask])
  productionTasks(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return tasksByOrderLineId(ctx).load(line.id);
  }

  @TraceHealthRead('work_record', 'rows')
  @Authorized(...CAN.readWorkRecords)
  @FieldResolver(() => [WorkRecord])
  workRecords(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return workRecordsByOrderLineId(ctx).load(line.id);
  }

  @FieldResolver(() => Contribution)
  contribution(@Ctx() ctx: RequestContext, @Root() line: Row<OrderLine>) {
    return contributionByOrderLineId(ctx).load(line.id);
  }
}

@Resolver(() => Order)
export class OrderProductionResolver {
  @Authorized(...CAN.readProduction)
  @FieldResolver(() => [ProductionSheet])
  productionSheets(@Ctx() ctx: RequestContext, @Root() order: Row<Order>) {
    return productionSheetsByOrderId(ctx).load(order.id);
  }
}

@Resolver(() => DeliveryNoteLine)
export class DeliveryNoteLineContributionResolver {
  @FieldResolver(() => Contribution)
  contribution(@Ctx() ctx: RequestContext, @Root() line: Row<DeliveryNoteLine>) {
    return deliveryLineContribution(ctx, line);
  }
}

@Resolver(() => InvoiceLine)
export class InvoiceLineContributionResolver {
  @FieldResolver(() => Contribution)
  contribution(@Ctx() ctx: RequestContext, @Root() line: Row<InvoiceLine>) {
    return invoiceLineContribution(ctx, line);
  }
}
