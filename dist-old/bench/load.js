"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.measureLoad = measureLoad;
exports.fetchOnce = fetchOnce;
const autocannon_1 = __importDefault(require("autocannon"));
/**
 * Loads `server` with autocannon from this process (127.0.0.1 only, bounded by `duration`), and reads
 * the server's own CPU time before and after the measured run.
 */
async function measureLoad(server, request, options) {
    const base = {
        url: `http://127.0.0.1:${server.port}${request.path}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...request.headers },
        body: request.body,
        connections: options.connections,
        expectBody: request.expectBody,
    };
    if (options.warmup > 0)
        await (0, autocannon_1.default)({ ...base, duration: options.warmup });
    let peakRss = 0;
    let sampling = true;
    const sampler = (async () => {
        while (sampling) {
            peakRss = Math.max(peakRss, (await server.usage()).rss);
            await new Promise((resolve) => setTimeout(resolve, 250));
        }
    })();
    const before = await server.usage();
    const pgBefore = options.postgresCpu?.();
    const result = await (0, autocannon_1.default)({ ...base, duration: options.duration });
    const pgAfter = options.postgresCpu?.();
    const after = await server.usage();
    sampling = false;
    await sampler;
    peakRss = Math.max(peakRss, after.rss);
    const requests = result.requests.total;
    return {
        reqPerSec: requests / result.duration,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests,
        errors: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
        cpuMsPerRequest: requests ? (after.cpuMicros - before.cpuMicros) / 1000 / requests : 0,
        pgCpuMsPerRequest: requests && pgBefore !== undefined && pgAfter !== undefined ? (pgAfter - pgBefore) / requests : null,
        peakRss,
        durationSeconds: result.duration,
    };
}
/** One request, outside the load: the parsed answer, to check it and read `extensions.sqlStatements`. */
async function fetchOnce(port, request) {
    const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...request.headers },
        body: request.body,
    });
    const text = await response.text();
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    return { status: response.status, text, json };
}
//# sourceMappingURL=load.js.map