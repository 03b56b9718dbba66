"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RoleAuthChecker = void 0;
const errors_1 = require("../common/errors");
/**
 * `@Authorized(...roles)`: the caller must be authenticated and hold one of the roles.
 * `@Authorized()` with no role admits any authenticated caller.
 */
class RoleAuthChecker {
    check({ context }, roles) {
        const user = context.user;
        if (!user)
            throw (0, errors_1.unauthenticated)();
        if (roles.length === 0 || roles.some((role) => user.roles.includes(role)))
            return true;
        throw (0, errors_1.forbidden)();
    }
}
exports.RoleAuthChecker = RoleAuthChecker;
//# sourceMappingURL=auth-checker.js.map