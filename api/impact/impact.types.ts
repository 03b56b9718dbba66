import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceType } from '../../schema/enums';
import { Cents, LocalDate } from '../../schema/scalars';

export enum ImpactWithheldReason {
  PRIVACY = 'privacy',
  OPEN_PERIOD = 'open_period',
}
registerEnumType(ImpactWithheldReason, {
  name: 'ImpactWithheldReason',
  description:
    'PRIVACY: too few beneficiaries behind the figure, one of them doing nearly all of it, or withheld so that another withheld figure cannot be worked out from the published ones. ' +
    'OPEN_PERIOD: the month has not ended; its work is published once it has.',
});

@ObjectType({ description: 'Hours and beneficiaries of a group of work records; both null when withheld (see `withheldReason`).' })
export class ImpactFigures {
  @Field(() => Float, { nullable: true }) hours!: number | null;
  @Field(() => Int, { nullable: true }) beneficiaryCount!: number | null;
  @Field(() => Boolean, { description: 'True when the figures are withheld.' }) withheld!: boolean;
  @Field(() => ImpactWithheldReason, { nullable: true }) withheldReason!: ImpactWithheldReason | null;
}

@ObjectType()
export class ImpactMonth extends ImpactFigures {
  @Field(() => LocalDate, { description: 'First day of the month.' }) month!: string;
}

@ObjectType()
export class ImpactServiceType extends ImpactFigures {
  @Field(() => ServiceType) serviceType!: ServiceType;
}

@ObjectType({ description: "The work beneficiaries did for one customer in a year, and that year's sales to it: aggregates only." })
export class PartnerImpact {
  @Field(() => ID) customerId!: number;
  @Field(() => String) customerName!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Figures drawn from fewer beneficiaries than this are withheld.' }) privacyThreshold!: number;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Work figures cover the ended months of the year, up to this day; null when no month of the year has ended yet.',
  })
  workCoveredUntil!: string | null;
  @Field(() => ImpactFigures, { description: 'The whole year, once it has ended (withheld, OPEN_PERIOD, until then).' }) total!: ImpactFigures;
  @Field(() => [ImpactMonth], {
    description:
      'Ended months with work, in order, then the current month (withheld, OPEN_PERIOD) when it is in the year. A month shows the records validated before it was first shown; ' +
      'a record validated later counts in the month of its validation.',
  })
  months!: ImpactMonth[];
  @Field(() => [ImpactServiceType], { description: 'The year by service type, once it has ended (empty until then).' }) serviceTypes!: ImpactServiceType[];
  @Field(() => Cents, { description: 'Invoiced HT in the year, net of credit notes.' }) netHtCents!: number;
  @Field(() => Cents, { description: 'Net HT less the deductible costs (materials, subcontracting, intermediate consumption, selling costs).' }) labourCostCents!: number;
  @Field(() => Cents, { description: 'Payments received in the year.' }) paidCents!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'NOT a legal figure: the labour cost of mise à disposition lines ÷ (1 600 × SMIC horaire brut at 31 December of the year), plus the rest ÷ (2 000 × SMIC), ' +
      'the former "unités bénéficiaires" some clients still ask for (divisors from the dated legal parameters). ' +
      'The OETH deduction since 2020 is an amount in euros on a yearly attestation of paid invoices. Null when the SMIC or a divisor of that date is not known.',
  })
  ubEquivalentNonLegal!: number | null;
  @Field(() => Date, { nullable: true, description: 'When recent sales last reached the aggregates.' }) salesAsOf!: Date | null;
}
