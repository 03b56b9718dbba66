import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ErrorCode } from '../../schema/enums';
import { ErrorResult } from '../../schema/error-results';
import { IsEntityId } from '../../schema/inputs/common.input';
import { PageInput, PaginatedList } from '../../schema/pagination';
import { Cents, LocalDate } from '../../schema/scalars';

export enum OethAttestationStatus {
  DRAFT = 'draft',
  ISSUED = 'issued',
  SUPERSEDED = 'superseded',
}
registerEnumType(OethAttestationStatus, {
  name: 'OethAttestationStatus',
  description: 'DRAFT: computed now, not recorded. ISSUED: numbered and kept as issued. SUPERSEDED: replaced by a corrected re-issue, still readable.',
});

@ObjectType({ description: 'An invoice an OETH attestation counts, with the amounts it counts for it in the year.' })
export class OethAttestationInvoice {
  @Field(() => ID) invoiceId!: number;
  @Field(() => String) invoiceNumber!: string;
  @Field(() => LocalDate) invoiceDate!: string;
  @Field(() => Cents, { description: 'TTC paid on the invoice during the year (by payment date).' }) paidInYearCents!: number;
  @Field(() => Cents, { description: 'The prix HT the attestation counts for it: its net HT pro rata of what was paid; negative for a correction carried from an attested year.' })
  htCents!: number;
  @Field(() => Cents, { description: 'The deductible costs counted with it.' }) deductibleCostsCents!: number;
  @Field(() => Cents, { description: 'htCents − deductibleCostsCents.' }) labourCostCents!: number;
}

/** The fields of an attestation, issued or draft (two types: who may read each differs, roles.ts TYPE_RULES). */
@ObjectType()
export abstract class OethAttestationFields {
  @Field(() => ID, { nullable: true, description: 'Null for a draft.' }) id!: number | null;
  @Field(() => OethAttestationStatus) status!: OethAttestationStatus;
  @Field(() => String, { nullable: true, description: 'OETH-<establishment>-<year>-00001: its own gapless sequence per establishment and year; null for a draft.' })
  number!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Null for a draft.' }) issueDate!: string | null;
  @Field(() => Int) year!: number;
  @Field(() => ID) establishmentId!: number;
  @Field(() => String) establishmentName!: string;
  @Field(() => String) establishmentSiret!: string;
  @Field(() => ID) customerId!: number;
  @Field(() => String) customerName!: string;
  @Field(() => String) customerSiren!: string;
  @Field(() => Cents, { description: '(1) Prix HT paid in the year.' }) paidHtCents!: number;
  @Field(() => Cents, { description: '(2) Deductible costs linked to those payments (materials and products, subcontracting, intermediate consumption, selling and marketing costs).' })
  deductibleCostsCents!: number;
  @Field(() => Cents, { description: '(3) Labour cost: (1) − (2).' }) labourCostCents!: number;
  @Field(() => Cents, { description: "(4) Amount to deduct before the client's cap: rate × (3)." }) deductionCents!: number;
  @Field(() => Float, { description: 'The deduction rate in force on 31 December of the year, in percent (legal parameter oeth_deduction_rate).' })
  deductionRatePercent!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'NOT a legal figure: labour cost ÷ (2 000 × SMIC horaire brut at 31 December of the year), mise à disposition lines ÷ (1 600 × SMIC): the former "unités bénéficiaires", for clients who still ask. Null when the SMIC of that date is not known.',
  })
  ubEquivalentNonLegal!: number | null;
  @Field(() => [OethAttestationInvoice], { description: 'The invoices counted, by number.' }) invoices!: OethAttestationInvoice[];
  @Field(() => LocalDate, { description: 'The legal deadline for sending it (parameters oeth_attestation_deadline_month/_day; UNCONFIRMED, configurable).' })
  deadline!: string;
  @Field(() => ID, { nullable: true, description: 'The attestation this corrected re-issue supersedes.' }) supersedesId!: number | null;
  @Field(() => ID, { nullable: true, description: 'The corrected re-issue that supersedes this one.' }) supersededById!: number | null;
  @Field(() => String, { nullable: true }) correctionReason!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the PDF as issued; null until it is rendered (right after the issue commits) and for a draft.' })
  pdfSha256!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the PDF is downloaded (GET, same credentials); null for a draft.' }) pdfPath!: string | null;
  @Field(() => Boolean, { description: 'Whether its PDF carries the impact page (chosen at issue, its figures recorded with it); false for a draft.' }) impactPage!: boolean;
}

@ObjectType({
  description:
    "OETH attestation (art. D5212-7 code du travail; model of the arrêté du 19 novembre 2020), as issued: what a customer paid an establishment in a calendar year, for its contribution's deduction (art. D5212-22). See the README, \"OETH attestations\", for the rules.",
})
export class OethAttestation extends OethAttestationFields {}

@ObjectType({ description: 'An OETH attestation computed now and not recorded (status DRAFT, no id, number or PDF): what issuing it would record.' })
export class OethAttestationDraft extends OethAttestationFields {}

@ObjectType() export class OethAttestationList extends PaginatedList(OethAttestation) {}

@ObjectType({ implements: ErrorResult, description: 'The customer paid nothing to the establishment in the year: there is no attestation to issue.' })
export class NothingToAttestError extends ErrorResult {
  constructor(message: string) {
    super();
    this.errorCode = ErrorCode.NOTHING_TO_ATTEST;
    this.message = message;
  }
}

@InputType()
export class IssueOethAttestationInput {
  @Field(() => ID) @IsEntityId() establishmentId!: string;
  @Field(() => ID) @IsEntityId() customerId!: string;
  @Field(() => Int) @IsInt() @Min(2020) @Max(2100) year!: number;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to today (Europe/Paris); never after today.' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) issueDate?: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Add the impact page (hours, distinct beneficiaries, workshops and activities of the year, through the disclosure control; figures recorded with the attestation).',
  })
  @IsOptional() @IsIn([true, false]) impactPage?: boolean;
}

@InputType()
export class ReissueOethAttestationInput {
  @Field(() => ID, { description: 'The current attestation to correct.' }) @IsEntityId() id!: string;
  @Field(() => String) @IsString() @Length(1, 2000) reason!: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) issueDate?: string;
  @Field(() => Boolean, { nullable: true, description: 'The impact page; by default as on the attestation it corrects.' }) @IsOptional() @IsIn([true, false]) impactPage?: boolean;
}

@InputType()
export class OethAttestationListOptions extends PageInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(2020) @Max(2100) year?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsEntityId() establishmentId?: string;
  @Field(() => ID, { nullable: true, description: 'Staff only: a partner reads its own customer.' }) @IsOptional() @IsEntityId() customerId?: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include superseded attestations.' }) @IsOptional() @IsIn([true, false]) includeSuperseded?: boolean;
}
