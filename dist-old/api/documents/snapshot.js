"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SNAPSHOT_VERSION = void 0;
/**
 * Everything a sales document prints, as plain JSON: the render input. An issued invoice or credit
 * note keeps the snapshot taken at issue (issued_document.snapshot), so its PDF and Factur-X file are
 * drawn from the data as it was then, whatever changes later; drafts and other documents are drawn
 * from a snapshot taken when they are downloaded. Rendering a snapshot reads nothing else.
 */
exports.SNAPSHOT_VERSION = 1;
//# sourceMappingURL=snapshot.js.map