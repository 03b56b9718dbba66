"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMBEDDED_DATABASE = void 0;
exports.resolveDatabaseUrl = resolveDatabaseUrl;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const embedded_1 = require("./embedded");
/** The database the API keeps its data in, on the embedded server. */
exports.EMBEDDED_DATABASE = 'ub';
/**
 * The port of the embedded server of `dataDir` when one is running (its postmaster.pid names a live
 * process), else null. A second process must not start the server again: starting it treats a
 * running postmaster as an orphan of a crashed run and stops it, under the API's feet.
 */
function runningEmbeddedPort(dataDir) {
    const pidFile = node_path_1.default.join(dataDir, 'pg', 'postmaster.pid');
    let lines;
    try {
        lines = node_fs_1.default.readFileSync(pidFile, 'utf8').split('\n');
    }
    catch {
        return null;
    }
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !(0, embedded_1.processIsAlive)(pid))
        return null;
    return port;
}
/**
 * Where the application's data lives: DATABASE_URL when set, else the `ub` database of the embedded
 * server (started when it is not running; `embedded` is then set and the caller stops it). Tools
 * that run beside the API (the CLI import) use the server the API started.
 */
async function resolveDatabaseUrl(config, log, options = {}) {
    if (config.databaseUrl)
        return { url: config.databaseUrl };
    const port = options.useRunningEmbedded ? runningEmbeddedPort(config.dataDir) : null;
    if (port !== null) {
        // The password the embedded server was initialised with (api/database/embedded.ts keeps it there).
        const password = node_fs_1.default.readFileSync(node_path_1.default.join(config.dataDir, 'embedded-pg-password'), 'utf8').trim();
        return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${exports.EMBEDDED_DATABASE}` };
    }
    const embedded = await (0, embedded_1.startEmbeddedDatabase)({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
    const url = new URL(embedded.adminUrl);
    url.pathname = `/${exports.EMBEDDED_DATABASE}`;
    return { url: url.toString(), embedded };
}
//# sourceMappingURL=database-url.js.map