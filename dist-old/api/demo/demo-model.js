"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=demo-model.js.map