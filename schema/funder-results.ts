import { resultUnion } from './error-results';
import { Activity, Beneficiary } from './entities/production.entity';
import { EstablishmentCapacity, JobStandard, PathwayStep, Skill } from './entities/funder.entity';
import { DuplicateError, InvalidStateError, NotFoundError } from './error-results';

export const EstablishmentCapacityResult = resultUnion('EstablishmentCapacityResult', EstablishmentCapacity, [NotFoundError]);
export const BeneficiaryMovementResult = resultUnion('BeneficiaryMovementResult', Beneficiary, [NotFoundError, InvalidStateError]);
export const PathwayStepResult = resultUnion('PathwayStepResult', PathwayStep, [NotFoundError]);
export const JobStandardResult = resultUnion('JobStandardResult', JobStandard, [DuplicateError]);
export const SkillResult = resultUnion('SkillResult', Skill, [NotFoundError, DuplicateError]);
export const ActivitySkillsResult = resultUnion('ActivitySkillsResult', Activity, [NotFoundError]);
