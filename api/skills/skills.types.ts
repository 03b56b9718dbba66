import { Field, Float, ID, ObjectType } from 'type-graphql';
import { PathwayStep } from '../../schema/entities/funder.entity';
import { Objective } from '../../schema/entities/objective.entity';
import { LocalDate } from '../../schema/scalars';

@ObjectType({ description: 'A skill an activity practises, with its job standard and the standard\'s source.' })
export class EvidencedSkill {
  @Field(() => ID) skillId!: number;
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => String) jobStandardCode!: string;
  @Field(() => String) jobStandardTitle!: string;
  @Field(() => String) source!: string;
}

@ObjectType({ description: 'Validated work of a month in one activity: hours, quantities and quality (1 − rejected ÷ quantity).' })
export class ActivityMonth {
  @Field(() => LocalDate) month!: string;
  @Field(() => Float) hours!: number;
  @Field(() => Float) quantity!: number;
  @Field(() => Float) rejectedQuantity!: number;
  @Field(() => Float, { nullable: true, description: 'Null when nothing was counted.' }) quality!: number | null;
}

@ObjectType({ description: 'An activity the beneficiary practised over the period, the evidence for the skills it is linked to.' })
export class ActivityPractice {
  @Field(() => ID, { nullable: true, description: 'Null for work recorded without a production task (its catalog item\'s activity names it).' }) activityId!: number | null;
  @Field(() => String) activity!: string;
  @Field(() => String, { nullable: true }) workshop!: string | null;
  @Field(() => LocalDate) firstDate!: string;
  @Field(() => LocalDate) lastDate!: string;
  @Field(() => Float) hours!: number;
  @Field(() => Float) quantity!: number;
  @Field(() => Float) rejectedQuantity!: number;
  @Field(() => Float, { nullable: true }) quality!: number | null;
  @Field(() => [ActivityMonth]) months!: ActivityMonth[];
  @Field(() => [EvidencedSkill]) skills!: EvidencedSkill[];
}

@ObjectType({ description: 'A step of the parcours in a workshop and/or work group.' })
export class ParcoursStep {
  @Field(() => String, { nullable: true }) workshop!: string | null;
  @Field(() => String, { nullable: true }) workGroup!: string | null;
  @Field(() => LocalDate) startDate!: string;
  @Field(() => LocalDate, { nullable: true }) endDate!: string | null;
}

@ObjectType({
  description:
    'The evidence of a beneficiary\'s skills over a period (carnet de parcours et de compétences): activities practised with hours and quality, the skills ' +
    'they are linked to, the parcours and its training, RAE and prestation en entreprise steps, the individual objectives of the period and which were reached. Médico-social team, and supervisors for their workshops; never sales, partners or funders.',
})
export class SkillsEvidence {
  @Field(() => ID) beneficiaryId!: number;
  @Field(() => String) matricule!: string;
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => [ActivityPractice]) activities!: ActivityPractice[];
  @Field(() => [EvidencedSkill], { description: 'Every skill evidenced by the activities, once.' }) skills!: EvidencedSkill[];
  @Field(() => [ParcoursStep]) parcours!: ParcoursStep[];
  @Field(() => [PathwayStep]) pathwaySteps!: PathwayStep[];
  @Field(() => [Objective], { description: 'The beneficiary\'s individual objectives whose period meets this one, by start; progress.reached tells which were reached.' })
  objectives!: Objective[];
  @Field(() => String, { description: 'The same evidence as a PDF carnet (GET, with the same credential and rule): /documents/beneficiaries/{id}/carnet.pdf?from=…&to=….' })
  carnetUrl!: string;
}
