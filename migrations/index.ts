import { SalesChain1764280000000 } from './1764280000000-sales-chain';

/** Every migration, in order. Listed explicitly so that compiled and ts-jest runs load the same set. */
export const MIGRATIONS = [SalesChain1764280000000];
