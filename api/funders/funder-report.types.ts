import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BeneficiaryStatus, CapacityKind, EstablishmentKind, ServiceType } from '../../schema/enums';
import { Cents } from '../../schema/scalars';

export enum FunderWithheldReason {
  TOO_FEW_BENEFICIARIES = 'too_few_contributors',
  DOMINATED = 'dominated',
  COMPLEMENTARY = 'complementary',
}
registerEnumType(FunderWithheldReason, {
  name: 'FunderWithheldReason',
  description:
    'TOO_FEW_BENEFICIARIES: fewer beneficiaries than the privacy threshold behind the figure; DOMINATED: one beneficiary accounts for nearly all of it; ' +
    'COMPLEMENTARY: withheld so that another withheld figure cannot be worked out from the published ones (by difference with a total).',
});

export enum FunderAgeBand {
  UNDER_26 = 'moins_de_26',
  FROM_26_TO_49 = '26_49',
  FIFTY_AND_OVER = '50_et_plus',
  NOT_RECORDED = 'non_renseigne',
}
registerEnumType(FunderAgeBand, { name: 'FunderAgeBand', description: 'Age reached in the year, from the year of birth: under 26, 26–49, 50 and over, not recorded.' });

export enum FunderExitDestination {
  ORDINARY_EMPLOYMENT = 'ordinary_employment',
  EA = 'ea',
  OTHER_ESAT = 'other_esat',
  TRAINING = 'training',
  NONE = 'none',
  OTHER = 'other',
  NOT_RECORDED = 'non_renseigne',
}
registerEnumType(FunderExitDestination, { name: 'FunderExitDestination', description: 'Exit destinations as reported, NOT_RECORDED for exits recorded without one.' });

@ObjectType({ description: 'Figures of a group of beneficiaries, through the disclosure control: all null when withheld (see withheldReason).' })
export class FunderFigures {
  @Field(() => Int, { nullable: true, description: 'Beneficiaries (or movements, for exits and returns).' }) people!: number | null;
  @Field(() => Float, { nullable: true, description: 'Hours, rounded to the hour (where the figure has hours).' }) hours!: number | null;
  @Field(() => Boolean) withheld!: boolean;
  @Field(() => FunderWithheldReason, { nullable: true }) withheldReason!: FunderWithheldReason | null;
}

@ObjectType({ description: 'Presence figures of a group: headcount, FTE (to a tenth), days of presence, hours worked.' })
export class FunderPresence extends FunderFigures {
  @Field(() => Float, { nullable: true, description: 'FTE (ETP), rounded to a tenth.' }) fte!: number | null;
  @Field(() => Int, { nullable: true, description: 'Working days of presence.' }) workingDaysPresent!: number | null;
}

@ObjectType()
export class FunderStatusPresence extends FunderPresence {
  @Field(() => BeneficiaryStatus) status!: BeneficiaryStatus;
}

@ObjectType()
export class FunderAgePresence extends FunderPresence {
  @Field(() => FunderAgeBand) ageBand!: FunderAgeBand;
}

@ObjectType()
export class FunderExits extends FunderFigures {
  @Field(() => FunderExitDestination) destination!: FunderExitDestination;
}

@ObjectType()
export class FunderRevenue {
  @Field(() => String) activity!: string;
  @Field(() => ServiceType) serviceType!: ServiceType;
  @Field(() => Cents) netHtCents!: number;
}

@ObjectType({
  description:
    'The yearly report of an establishment to its funder (ARS for an ESAT, DREETS for an EA): aggregates only, through the disclosure control. ' +
    'FUNDER accounts read their establishments\' ended years, unchanged once first read; staff may preview the current year (provisional).',
})
export class FunderReport {
  @Field(() => ID) establishmentId!: number;
  @Field(() => String) establishmentCode!: string;
  @Field(() => String) establishmentName!: string;
  @Field(() => EstablishmentKind) establishmentKind!: EstablishmentKind;
  @Field(() => Int) year!: number;
  @Field(() => Boolean, { description: 'True while the year has not ended (staff only): the figures will change.' }) provisional!: boolean;
  @Field(() => Date, { nullable: true, description: 'When this report was first shown to a funder (then it is shown unchanged); null for a live report.' })
  publishedAt!: Date | null;
  @Field(() => Int, { description: 'Figures drawn from fewer beneficiaries than this are withheld.' }) privacyThreshold!: number;

  @Field(() => FunderPresence, { description: 'Everybody accompanied in the year.' }) total!: FunderPresence;
  @Field(() => [FunderStatusPresence]) byStatus!: FunderStatusPresence[];
  @Field(() => [FunderAgePresence]) byAgeBand!: FunderAgePresence[];

  @Field(() => CapacityKind) capacityKind!: CapacityKind;
  @Field(() => Float, { nullable: true, description: 'Authorised places (ESAT) or CPOM aided posts in FTE (EA), averaged over the year; null when none is recorded.' })
  capacity!: number | null;
  @Field(() => Float, { nullable: true, description: 'FTE ÷ capacity (null when either is unknown or withheld).' }) occupancyFte!: number | null;
  @Field(() => Float, { nullable: true, description: 'Working days of presence ÷ (capacity × working days of the year).' }) occupancyDays!: number | null;

  @Field(() => [FunderRevenue], { description: 'Net sales by activity and service type (issued invoices net of credit notes).' }) revenue!: FunderRevenue[];
  @Field(() => Cents) revenueTotalCents!: number;

  @Field(() => Int, { description: 'MAD contracts running in the year.' }) madContracts!: number;
  @Field(() => FunderFigures, { description: 'Beneficiaries placed (mise à disposition) and their hours.' }) mad!: FunderFigures;
  @Field(() => FunderFigures, { description: 'Beneficiaries in prestation en entreprise and their hours.' }) prestationEnEntreprise!: FunderFigures;
  @Field(() => FunderFigures, { description: 'First entries in the year.' }) entries!: FunderFigures;
  @Field(() => FunderFigures, { description: 'Exits of the year (all destinations).' }) exits!: FunderFigures;
  @Field(() => [FunderExits]) exitsByDestination!: FunderExits[];
  @Field(() => FunderFigures, { description: 'Returns of the year.' }) returns!: FunderFigures;
  @Field(() => FunderFigures, { description: 'Returns under the droit au retour.' }) returnsUnderRightToReturn!: FunderFigures;
  @Field(() => FunderFigures, { description: 'Beneficiaries trained, and training hours.' }) training!: FunderFigures;
  @Field(() => FunderFigures, { description: 'Beneficiaries who entered an RAE process.' }) raeEnrolled!: FunderFigures;
  @Field(() => FunderFigures, { description: 'Beneficiaries who obtained an RAE attestation of skills.' }) raeAttested!: FunderFigures;
  @Field(() => FunderFigures, { description: 'Beneficiaries aged 50 and over (the age-band cell).' }) aged50Plus!: FunderFigures;

  @Field(() => [String], { description: 'What is withheld or rounded, and why, in French (printed in the CSV and the PDF too).' }) disclosureNotes!: string[];
  @Field(() => String, { description: 'The same report as CSV (GET with the same Authorization header).' }) csvUrl!: string;
  @Field(() => String, { description: 'The same report as PDF/A (GET with the same Authorization header), with the disclosure rules and withheld figures stated.' }) pdfUrl!: string;
}
