"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ServerProcess = exports.START_HEAP_FLAGS = void 0;
const node_child_process_1 = require("node:child_process");
const node_path_1 = __importDefault(require("node:path"));
const node_fs_1 = __importDefault(require("node:fs"));
const config_1 = require("../api/config");
/** The V8 heap flags of `npm start` (package.json), so that the measured server runs as the real one. */
exports.START_HEAP_FLAGS = (JSON.parse(node_fs_1.default.readFileSync((0, config_1.projectPath)('package.json'), 'utf8')).scripts.start.match(/--(?:max-semi-space-size|heap-growing-percent)=\d+/g) ?? []);
/** A bench-server.ts child process, started and stopped by the harness, that reports its own CPU time and memory. */
class ServerProcess {
    constructor(child, port) {
        this.child = child;
        this.port = port;
        this.nextId = 1;
        this.pending = new Map();
        child.on('message', (message) => {
            if (message.type !== 'usage')
                return;
            this.pending.get(message.id)?.(message);
            this.pending.delete(message.id);
        });
    }
    get pid() {
        return this.child.pid;
    }
    static async start(mode, env, options = {}) {
        const execArgv = [...exports.START_HEAP_FLAGS, '--enable-source-maps'];
        if (options.cpuProfileDir)
            execArgv.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`);
        const child = (0, node_child_process_1.fork)(node_path_1.default.join(__dirname, 'bench-server.js'), [mode], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        const port = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`${mode} server did not start within 60 s`)), 60_000);
            child.on('message', (message) => {
                if (message.type === 'ready') {
                    clearTimeout(timer);
                    resolve(message.port);
                }
                else if (message.type === 'error') {
                    clearTimeout(timer);
                    reject(new Error(`${mode} server failed: ${message.message}`));
                }
            });
            child.once('exit', (code) => {
                clearTimeout(timer);
                reject(new Error(`${mode} server exited with code ${code} before it was ready`));
            });
        });
        return new ServerProcess(child, port);
    }
    usage() {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('server did not report its usage')), 5_000);
            this.pending.set(id, (usage) => {
                clearTimeout(timer);
                resolve(usage);
            });
            this.child.send({ type: 'usage', id });
        });
    }
    /** Asks the server to close and waits for its exit (killing it after 15 s). */
    async stop() {
        if (this.child.exitCode !== null)
            return;
        const exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
        this.child.send({ type: 'stop' });
        const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
    }
}
exports.ServerProcess = ServerProcess;
//# sourceMappingURL=server-process.js.map