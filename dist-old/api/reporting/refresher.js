"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReportingRefresher = void 0;
const data_source_1 = require("../database/data-source");
const reporting_layer_1 = require("./reporting-layer");
/**
 * Folds recent changes into the reporting aggregates every `intervalMs`, one fold at a time, on one
 * connection of the API's pool. Several API processes may run it: folds wait for each other in the
 * database, and each change is folded once. A failed fold (database restarting) is logged and the
 * next tick tries again; the changes wait in their delta tables meanwhile.
 */
class ReportingRefresher {
    constructor(dataSource, intervalMs, logger) {
        this.dataSource = dataSource;
        this.intervalMs = intervalMs;
        this.logger = logger;
        this.failing = false;
    }
    start() {
        if (this.intervalMs <= 0 || this.timer)
            return;
        this.timer = setInterval(() => {
            if (!this.running)
                this.running = this.tick().finally(() => (this.running = undefined));
        }, this.intervalMs);
        this.timer.unref();
    }
    async stop() {
        clearInterval(this.timer);
        this.timer = undefined;
        await this.running;
    }
    async tick() {
        try {
            const started = performance.now();
            const folded = await (0, data_source_1.withDriverClient)(this.dataSource, reporting_layer_1.foldReporting);
            if (folded > 0)
                this.logger.debug('reporting fold', { folded, ms: Math.round(performance.now() - started) });
            if (this.failing)
                this.logger.info('reporting fold recovered');
            this.failing = false;
        }
        catch (error) {
            if (!this.failing)
                this.logger.warn('reporting fold failed; retrying', { error: error.message });
            this.failing = true;
        }
    }
}
exports.ReportingRefresher = ReportingRefresher;
//# sourceMappingURL=refresher.js.map