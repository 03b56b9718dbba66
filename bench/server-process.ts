import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import type { ControlMessage, ServerMessage, ServerMode } from './bench-server';
import { projectPath } from '../api/config';

/** The V8 heap flags of `npm start` (package.json), so that the measured server runs as the real one. */
export const START_HEAP_FLAGS: string[] = (
  (JSON.parse(fs.readFileSync(projectPath('package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.match(/--(?:max-semi-space-size|heap-growing-percent)=\d+/g) ?? []
);

export interface Usage {
  /** Process CPU time (user + system), microseconds since it started. */
  cpuMicros: number;
  rss: number;
  heapUsed: number;
}

/** A bench-server.ts child process, started and stopped by the harness, that reports its own CPU time and memory. */
export class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<number, (usage: Usage) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.on('message', (message: ServerMessage) => {
      if (message.type !== 'usage') return;
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  static async start(mode: ServerMode, env: Record<string, string>, options: { cpuProfileDir?: string } = {}): Promise<ServerProcess> {
    const execArgv = [...START_HEAP_FLAGS, '--enable-source-maps'];
    if (options.cpuProfileDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`);
    const child = fork(path.join(__dirname, 'bench-server.js'), [mode], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${mode} server did not start within 60 s`)), 60_000);
      child.on('message', (message: ServerMessage) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          resolve(message.port);
        } else if (message.type === 'error') {
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

  usage(): Promise<Usage> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('server did not report its usage')), 5_000);
      this.pending.set(id, (usage) => {
        clearTimeout(timer);
        resolve(usage);
      });
      this.child.send({ type: 'usage', id } satisfies ControlMessage);
    });
  }

  /** Asks the server to close and waits for its exit (killing it after 15 s). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'stop' } satisfies ControlMessage);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
