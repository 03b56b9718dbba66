"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.rssOf = rssOf;
exports.timeStart = timeStart;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const config_1 = require("../api/config");
const ports_1 = require("../soak/ports");
/** pids of every descendant of `pid`, read from /proc (Linux). */
function descendants(pid) {
    const children = new Map();
    for (const entry of node_fs_1.default.readdirSync('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = node_fs_1.default.readFileSync(`/proc/${entry}/stat`, 'utf8');
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
        }
        catch {
            // the process ended meanwhile
        }
    }
    const found = [];
    const walk = (parent) => {
        for (const child of children.get(parent) ?? []) {
            found.push(child);
            walk(child);
        }
    };
    walk(pid);
    return found;
}
/** The node process running the API (not the `sh -c "tsc … && node …"` around it), among `pids`. */
function apiProcess(pids) {
    return pids.find((pid) => {
        try {
            const argv = node_fs_1.default.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
            return /(^|\/)node$/.test(argv[0]) && argv.some((arg) => arg.endsWith('dist/api/main.js'));
        }
        catch {
            return false;
        }
    });
}
function rssOf(pid) {
    try {
        const match = /VmRSS:\s+(\d+) kB/.exec(node_fs_1.default.readFileSync(`/proc/${pid}/status`, 'utf8'));
        return match ? Number(match[1]) * 1024 : null;
    }
    catch {
        return null;
    }
}
/**
 * Times `npm start` (build check, embedded PostgreSQL, migrations, demo data on a fresh DATA_DIR, API)
 * until /ready answers 200, then stops it with SIGTERM sent to the API process (the graceful path
 * the README describes). Bounded: gives up after `timeoutSeconds`.
 */
async function timeStart(dataDir, timeoutSeconds = 240) {
    const port = await (0, ports_1.freePort)();
    const pgPort = await (0, ports_1.freePort)();
    const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    delete env.APP_DATABASE_URL;
    const started = Date.now();
    const child = (0, node_child_process_1.spawn)('npm', ['start'], { cwd: (0, config_1.projectPath)(), env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const keep = (chunk) => {
        output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    let exitCode;
    void exited.then((code) => (exitCode = code));
    const alive = (pid) => {
        try {
            process.kill(pid, 0);
            return true;
        }
        catch {
            return false;
        }
    };
    /** SIGTERM to the API process; after 30 s, SIGKILL to it and to the process group of this npm start (its own, detached). */
    const stopAll = async () => {
        const api = apiProcess(descendants(child.pid));
        const stopAt = Date.now();
        if (api)
            process.kill(api, 'SIGTERM');
        else if (exitCode === undefined)
            process.kill(-child.pid, 'SIGTERM');
        const deadline = Date.now() + 30_000;
        while ((exitCode === undefined || (api && alive(api))) && Date.now() < deadline)
            await new Promise((resolve) => setTimeout(resolve, 50));
        const seconds = (Date.now() - stopAt) / 1000;
        if (api && alive(api))
            process.kill(api, 'SIGKILL');
        if (exitCode === undefined) {
            process.kill(-child.pid, 'SIGKILL');
            await exited;
        }
        child.stdout.destroy();
        child.stderr.destroy();
        return seconds;
    };
    try {
        while (true) {
            if (exitCode !== undefined)
                throw new Error(`npm start exited with code ${exitCode}: ${output.trim().split('\n').slice(-3).join(' | ')}`);
            if ((Date.now() - started) / 1000 > timeoutSeconds)
                throw new Error(`npm start was not ready within ${timeoutSeconds} s`);
            const ready = await fetch(`http://127.0.0.1:${port}/ready`).then((response) => response.status === 200, () => false);
            if (ready)
                break;
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    }
    catch (error) {
        await stopAll();
        throw error;
    }
    const readySeconds = (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const api = apiProcess(descendants(child.pid));
    const rss = api ? rssOf(api) : null;
    const stopSeconds = await stopAll();
    return { readySeconds, rss, stopSeconds };
}
//# sourceMappingURL=startup.js.map