import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { projectPath } from '../api/config';
import { claimPort, freePort } from '../soak/ports';

/**
 * Ports of the servers suites start (soak/ports.ts): claimed machine-wide, so that two suites running
 * standbys side by side never get the same port between the probe and the bind.
 */

jest.setTimeout(60_000);

/** Another process (as another suite would be) claiming `port` with the built module, until killed. */
function otherProcess(port: number) {
  const code = `const { claimPort } = require(${JSON.stringify(projectPath('dist/soak/ports.js'))});
console.log(claimPort(${port}) ? 'claimed' : 'refused');
setInterval(() => undefined, 1000);`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const said = new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // SIGKILL: no exit hook runs and its claim stays behind, as after a crash.
  return { said, kill: async () => { child.kill('SIGKILL'); await exited; } };
}

describe('ports claimed machine-wide', () => {
  beforeAll(() => {
    execFileSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: projectPath(), stdio: 'inherit' });
  });

  it('a port another live process claimed is not handed out; once that process died, it is', async () => {
    const port = 20_000 + (process.pid % 20_000);
    const other = otherProcess(port);
    try {
      expect(await other.said).toBe('claimed');
      expect(claimPort(port)).toBe(false);
    } finally {
      await other.kill();
    }
    expect(claimPort(port)).toBe(true);
    expect(claimPort(port)).toBe(false); // and never twice to this process either
  });

  it('freePort never gives the same port twice, nor one in the ephemeral range (the source ports of outgoing connections)', async () => {
    const ports = await Promise.all(Array.from({ length: 40 }, () => freePort()));
    expect(new Set(ports).size).toBe(40);
    const [ephemeralLow] = fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    for (const port of ports) expect(port).toBeLessThan(ephemeralLow);
  });
});
