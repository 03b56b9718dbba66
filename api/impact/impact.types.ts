import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ServiceType } from '../../schema/enums';
import { Cents, LocalDate } from '../../schema/scalars';

@ObjectType({ description: 'Hours and beneficiaries of a group of work records; both null when fewer beneficiaries than `privacyThreshold` did the work.' })
export class ImpactFigures {
  @Field(() => Float, { nullable: true }) hours!: number | null;
  @Field(() => Int, { nullable: true }) beneficiaryCount!: number | null;
  @Field(() => Boolean, { description: 'True when the figures are withheld (too few beneficiaries to show them).' }) withheld!: boolean;
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
  @Field(() => ImpactFigures, { description: 'The whole year.' }) total!: ImpactFigures;
  @Field(() => [ImpactMonth], { description: 'Months with work, in order.' }) months!: ImpactMonth[];
  @Field(() => [ImpactServiceType]) serviceTypes!: ImpactServiceType[];
  @Field(() => Cents, { description: 'Invoiced HT in the year, net of credit notes.' }) netHtCents!: number;
  @Field(() => Cents, { description: 'Net HT less the deductible costs (materials, subcontracting, intermediate consumption, selling costs).' }) labourCostCents!: number;
  @Field(() => Cents, { description: 'Payments received in the year.' }) paidCents!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'NOT a legal figure: labour cost ÷ (2 000 × SMIC horaire brut at 31 December of the year), the former "unités bénéficiaires" some clients still ask for. ' +
      'The OETH deduction since 2020 is an amount in euros on a yearly attestation of paid invoices. Null when the SMIC of that date is not known.',
  })
  ubEquivalentNonLegal!: number | null;
  @Field(() => Date, { nullable: true, description: 'When recent sales last reached the aggregates.' }) salesAsOf!: Date | null;
}
