import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';

/** Money is integer cents; totals can pass 2^31, so cents use the 53-bit SafeInt scalar. */
export const Cents = GraphQLSafeInt;
/** Calendar dates (YYYY-MM-DD) without time zone: invoice, order and delivery dates. */
export const LocalDate = GraphQLLocalDate;
