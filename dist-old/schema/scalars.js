"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LocalDate = exports.Cents = void 0;
const graphql_scalars_1 = require("graphql-scalars");
/** Money is integer cents; totals can pass 2^31, so cents use the 53-bit SafeInt scalar. */
exports.Cents = graphql_scalars_1.GraphQLSafeInt;
/** Calendar dates (YYYY-MM-DD) without time zone: invoice, order and delivery dates. */
exports.LocalDate = graphql_scalars_1.GraphQLLocalDate;
//# sourceMappingURL=scalars.js.map