import { createUnionType, Field, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import { ErrorCode } from './enums';
import { LocalDate } from './scalars';

/** Expected business failures are returned, not thrown: every mutation result is `Entity | ...ErrorResult`. */
@InterfaceType('ErrorResult', { resolveType: (value: ErrorResult) => value.constructor.name })
export abstract class ErrorResult {
  @Field(() => ErrorCode)
  errorCode!: ErrorCode;

  @Field(() => String)
  message!: string;
}

@ObjectType({ implements: ErrorResult, description: 'The referenced entity does not exist in your organisation.' })
export class NotFoundError extends ErrorResult {
  @Field(() => String, { description: 'The input field that named the missing entity.' })
  field!: string;

  constructor(field: string, entity: string) {
    super();
    this.errorCode = ErrorCode.NOT_FOUND;
    this.field = field;
    this.message = `${entity} not found`;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The document is not in a state that allows this action.' })
export class InvalidStateError extends ErrorResult {
  @Field(() => String)
  currentState!: string;

  @Field(() => String)
  attemptedState!: string;

  constructor(entity: string, currentState: string, attemptedState: string, message?: string) {
    super();
    this.errorCode = ErrorCode.INVALID_STATE;
    // Upper case, as the status enums show them to clients.
    this.currentState = currentState.toUpperCase();
    this.attemptedState = attemptedState.toUpperCase();
    this.message = message ?? `${entity} cannot go from ${currentState} to ${attemptedState}`;
  }
}

@ObjectType({ implements: ErrorResult, description: 'An issued invoice or credit note never changes; correct it with a credit note.' })
export class ImmutableDocumentError extends ErrorResult {
  constructor(message: string) {
    super();
    this.errorCode = ErrorCode.IMMUTABLE_DOCUMENT;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'More would be delivered, invoiced or credited than the source line allows.' })
export class QuantityExceededError extends ErrorResult {
  @Field(() => String, { description: 'Id of the source line whose remaining quantity is exceeded.' })
  lineId!: string;

  @Field(() => Number)
  requested!: number;

  @Field(() => Number)
  remaining!: number;

  constructor(lineId: string, requested: number, remaining: number, what: string) {
    super();
    this.errorCode = ErrorCode.QUANTITY_EXCEEDED;
    this.lineId = lineId;
    this.requested = requested;
    this.remaining = remaining;
    this.message = `cannot ${what} ${requested}: only ${remaining} remain on line ${lineId}`;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The payment is larger than what remains due on the invoice.' })
export class OverpaymentError extends ErrorResult {
  @Field(() => Number)
  amountDueCents!: number;

  constructor(amountDueCents: number) {
    super();
    this.errorCode = ErrorCode.OVERPAYMENT;
    this.amountDueCents = amountDueCents;
    this.message = `the payment exceeds the amount due (${amountDueCents} cents)`;
  }
}

@ObjectType({ implements: ErrorResult, description: 'A unique business key is already taken.' })
export class DuplicateError extends ErrorResult {
  @Field(() => String)
  field!: string;

  constructor(field: string, message: string) {
    super();
    this.errorCode = ErrorCode.DUPLICATE;
    this.field = field;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'A date would break the chronological order of a numbered sequence.' })
export class ChronologyError extends ErrorResult {
  constructor(message: string) {
    super();
    this.errorCode = ErrorCode.CHRONOLOGY;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The lines belong to different customers, establishments or documents.' })
export class MixedDocumentsError extends ErrorResult {
  constructor(message: string) {
    super();
    this.errorCode = ErrorCode.MIXED_DOCUMENTS;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'A dated legal limit (legal_parameter) would be exceeded.' })
export class LegalLimitError extends ErrorResult {
  @Field(() => String, { description: 'The legal parameter code, e.g. mad_individual_max_months.' })
  parameter!: string;

  constructor(parameter: string, message: string) {
    super();
    this.errorCode = ErrorCode.LEGAL_LIMIT;
    this.parameter = parameter;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The beneficiary had not entered, or had left, on that date.' })
export class InactiveBeneficiaryError extends ErrorResult {
  constructor(message: string) {
    super();
    this.errorCode = ErrorCode.INACTIVE_BENEFICIARY;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The day of the beneficiary would total more than 24 hours of work (all their records that day, corrections included).' })
export class WorkDayLimitError extends ErrorResult {
  @Field(() => LocalDate) workDate!: string;

  @Field(() => Number, { description: 'Hours the day already holds.' })
  recordedHours!: number;

  @Field(() => Number, { description: 'Hours the day would hold with this write.' })
  dayHours!: number;

  @Field(() => Number)
  maxHours!: number;

  constructor(matricule: string, workDate: string, recordedHours: number, dayHours: number, maxHours: number) {
    super();
    this.errorCode = ErrorCode.WORK_DAY_LIMIT;
    this.workDate = workDate;
    this.recordedHours = recordedHours;
    this.dayHours = dayHours;
    this.maxHours = maxHours;
    this.message = `beneficiary ${matricule} would have ${dayHours} h of work on ${workDate} (${recordedHours} h already recorded): at most ${maxHours} h in a day`;
  }
}

@ObjectType({ description: 'One bad row of an import: its line in the file (1 is the header) and what is wrong with it.' })
export class ImportRowError {
  @Field(() => Int) line!: number;
  @Field(() => String) reason!: string;
}

@ObjectType({ implements: ErrorResult, description: 'An import with bad rows: nothing was imported. The first rows in error are listed, all are counted.' })
export class ImportRejectedError extends ErrorResult {
  @Field(() => [ImportRowError], { description: 'The first bad rows, in line order (at most 1000).' })
  rowErrors!: ImportRowError[];

  @Field(() => Int, { description: 'How many rows are bad in all.' })
  errorCount!: number;

  @Field(() => Int, { description: 'How many rows the file holds (header and blank lines excluded).' })
  rowCount!: number;

  constructor(rowErrors: ImportRowError[], errorCount: number, rowCount: number) {
    super();
    this.errorCode = ErrorCode.IMPORT_REJECTED;
    this.rowErrors = rowErrors;
    this.errorCount = errorCount;
    this.rowCount = rowCount;
    this.message = `${errorCount} of ${rowCount} rows are bad: nothing was imported`;
  }
}

export function isErrorResult(value: unknown): value is ErrorResult {
  return value instanceof ErrorResult;
}

/**
 * `Entity | ...ErrorResult` for a mutation's result. Error results are class instances; anything
 * else is the success type (rows of the read path are plain objects).
 */
export function resultUnion(name: string, success: ClassType, errors: ClassType<ErrorResult>[]) {
  return createUnionType({
    name,
    types: () => [success, ...errors] as const,
    resolveType: (value) => (isErrorResult(value) ? value.constructor.name : success.name),
  });
}
