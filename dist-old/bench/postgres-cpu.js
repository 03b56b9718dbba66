"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.postgresCpuReader = postgresCpuReader;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const bench_database_1 = require("./bench-database");
/**
 * CPU time of a PostgreSQL server on this machine, read from /proc (Linux): the postmaster's own
 * and that of the children it reaped (cutime, cstime: connections that ended), plus each running
 * child's (backends, walwriter, checkpointer, autovacuum…). Read before and after a measured load,
 * the difference is what the server spent on it: mostly the backends serving the load, with the
 * background processes' bit of housekeeping included (stated next to the figures).
 */
const ticksPerSecond = (() => {
    try {
        return Number((0, node_child_process_1.execFileSync)('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    }
    catch {
        return 100;
    }
})();
/** The fields of /proc/<pid>/stat after the command name: [state, ppid, …, utime (11), stime (12), cutime (13), cstime (14)]. */
function stat(pid) {
    try {
        const text = node_fs_1.default.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return text.slice(text.lastIndexOf(')') + 2).split(' ');
    }
    catch {
        return undefined;
    }
}
/** A reader of the server's total CPU time in ms, or undefined when the server is not on this machine. */
async function postgresCpuReader(url) {
    // Read while the session lives: its backend exits with it.
    const fields = await (0, bench_database_1.withClient)(url, async (client) => stat(Number((await client.query(`select pg_backend_pid() as pid`)).rows[0].pid)));
    if (!fields)
        return undefined; // another machine (DATABASE_URL elsewhere), or /proc unreadable
    const postmaster = Number(fields[1]);
    const own = stat(postmaster);
    if (!own)
        return undefined;
    return () => {
        let ticks = 0;
        const main = stat(postmaster);
        if (main)
            ticks += Number(main[11]) + Number(main[12]) + Number(main[13]) + Number(main[14]);
        for (const entry of node_fs_1.default.readdirSync('/proc')) {
            if (!/^\d+$/.test(entry))
                continue;
            const child = stat(Number(entry));
            if (child && Number(child[1]) === postmaster)
                ticks += Number(child[11]) + Number(child[12]);
        }
        return (ticks * 1000) / ticksPerSecond;
    };
}
//# sourceMappingURL=postgres-cpu.js.map