"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.claimPort = claimPort;
exports.freePort = freePort;
const node_fs_1 = __importDefault(require("node:fs"));
const node_net_1 = __importDefault(require("node:net"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
/**
 * TCP ports for the servers a test or a soak starts (API processes, PostgreSQL primaries and
 * standbys). A port, outside the kernel's ephemeral range and bindable, is also claimed in a registry
 * shared by every process of this machine (a file per port under the temp directory, created exclusively, holding the claimer's
 * pid), so two suites running side by side never pick the same one between the probe and the moment
 * their server binds it. A claim whose process is gone is taken over; a process's claims are dropped
 * when it exits.
 */
const registry = node_path_1.default.join(node_os_1.default.tmpdir(), 'ub-platform-ports');
const claimed = new Set();
let cleanupHooked = false;
/**
 * Ports are picked below the kernel's ephemeral range (ip_local_port_range), never in it: a port
 * there that is free when probed can become the source port of any outgoing connection (a pg client,
 * the API's own pool while it starts) before the server binds it — EADDRINUSE, which a claim alone
 * cannot prevent.
 */
function candidateRange() {
    let low = 32768;
    try {
        low = Number(node_fs_1.default.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || low;
    }
    catch {
        // not Linux: the usual default
    }
    return [Math.min(20_000, low - 2_000), low - 1];
}
/** Whether `port` can be bound now on every address (0.0.0.0 conflicts with any bind of that port). */
function bindable(port) {
    return new Promise((resolve) => {
        const server = node_net_1.default.createServer();
        server.once('error', () => resolve(false));
        server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
    });
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Claims `port` for this process; false when another live process holds it (or this one handed it out). */
function claimPort(port) {
    node_fs_1.default.mkdirSync(registry, { recursive: true, mode: 0o1777 });
    if (!cleanupHooked) {
        cleanupHooked = true;
        process.once('exit', () => {
            for (const file of claimed)
                node_fs_1.default.rmSync(file, { force: true });
        });
    }
    const file = node_path_1.default.join(registry, String(port));
    if (claimed.has(file) || !claim(file))
        return false;
    claimed.add(file);
    return true;
}
function releasePort(port) {
    const file = node_path_1.default.join(registry, String(port));
    if (claimed.delete(file))
        node_fs_1.default.rmSync(file, { force: true });
}
function claim(file) {
    try {
        node_fs_1.default.writeFileSync(file, String(process.pid), { flag: 'wx' });
        return true;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    const holder = Number(node_fs_1.default.readFileSync(file, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && alive(holder))
        return false;
    // A dead claimer's file: remove it, then claim exclusively (another process may win the race).
    node_fs_1.default.rmSync(file, { force: true });
    try {
        node_fs_1.default.writeFileSync(file, String(process.pid), { flag: 'wx' });
        return true;
    }
    catch {
        return false;
    }
}
/** A port below the ephemeral range, bindable now and claimed by no other live process of this machine. */
async function freePort() {
    const [low, high] = candidateRange();
    for (let attempt = 0; attempt < 50; attempt++) {
        const port = low + Math.floor(Math.random() * (high - low + 1));
        if (!claimPort(port))
            continue;
        if (await bindable(port))
            return port;
        releasePort(port);
    }
    throw new Error(`no free port claimed after 50 attempts (registry ${registry})`);
}
//# sourceMappingURL=ports.js.map