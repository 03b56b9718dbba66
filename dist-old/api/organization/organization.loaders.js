"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.establishmentsByOrganizationId = exports.establishmentById = exports.organizationById = void 0;
const dataloader_1 = __importDefault(require("dataloader"));
const read_model_1 = require("../read/read-model");
const organization_entity_1 = require("../../schema/entities/organization.entity");
/** The caller's organisation and its establishments, which every area's documents name. */
exports.organizationById = (0, read_model_1.defineLoader)((ctx) => new dataloader_1.default(async (ids) => {
    const rows = await ctx.db.query(`select ${(0, read_model_1.selectList)(ctx, organization_entity_1.Organization)} from organization t where t.id = any($1::bigint[]) and t.id = $2`, [ids, ctx.organizationId]);
    return ids.map((id) => rows.find((row) => Number(row.id) === Number(id)) ?? null);
}));
exports.establishmentById = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byIdLoader)(ctx, organization_entity_1.Establishment));
exports.establishmentsByOrganizationId = (0, read_model_1.defineLoader)((ctx) => (0, read_model_1.byParentLoader)(ctx, organization_entity_1.Establishment, 'organization_id', 't.code'));
//# sourceMappingURL=organization.loaders.js.map