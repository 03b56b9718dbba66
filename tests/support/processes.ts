import { spawn, type ChildProcess } from 'node:child_process';
import { projectPath } from '../../api/config';

/** The real server as an operator runs it (built, `node dist/api/main.js` or `npm start`), as a child process. */
export interface StartedApi {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the built API with `env` over quiet defaults (no demo data, no reporting refresher); the test's own credentials are not inherited. */
export function runApi(command: 'node' | 'npm', env: Record<string, string>): StartedApi {
  const args = command === 'node' ? [process.execPath, [projectPath('dist/api/main.js')]] as const : ['npm', ['start', '--silent']] as const;
  const { AUTH_SECRET: _a, DATABASE_URL: _d, APP_DATABASE_URL: _p, NODE_ENV: _n, READ_DATABASE_URL: _r, ...inherited } = process.env;
  const child = spawn(args[0], [...args[1]], { cwd: projectPath(), env: { ...inherited, LOG_LEVEL: 'warn', DEMO_DATA: 'false', REPORTING_REFRESH_MS: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Resolves once the API printed its ready banner; throws with its output when it exited or timed out. */
export async function apiReady(started: StartedApi, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void started.exited.then(() => (gone = true));
  while (!/UB Platform ready/.test(started.stdout())) {
    if (gone || Date.now() > deadline) throw new Error(`server not ready: ${started.stderr()} ${started.stdout()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Ports claimed machine-wide (soak/ports.ts), so that suites running side by side never share one. */
export { freePort } from '../../soak/ports';

export interface GraphQLAnswer<Data = Record<string, unknown>> {
  data?: Data;
  errors?: { message: string; extensions: { code: string } }[];
}

/** One GraphQL request over HTTP to the API on `port`, `authorization` sent as is. */
export async function postGraphQL<Data = Record<string, unknown>>(port: number, authorization: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<Data>> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<Data>;
}
