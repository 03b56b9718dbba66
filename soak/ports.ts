import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * TCP ports for the servers a test or a soak starts (API processes, PostgreSQL primaries and
 * standbys). A port the kernel finds free is also claimed in a registry shared by every process of
 * this machine (a file per port under the temp directory, created exclusively, holding the claimer's
 * pid), so two suites running side by side never pick the same one between the probe and the moment
 * their server binds it. A claim whose process is gone is taken over; a process's claims are dropped
 * when it exits.
 */

const registry = path.join(os.tmpdir(), 'ub-platform-ports');
const claimed = new Set<string>();
let cleanupHooked = false;

function kernelFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Claims `port` for this process; false when another live process holds it (or this one handed it out). */
export function claimPort(port: number): boolean {
  fs.mkdirSync(registry, { recursive: true, mode: 0o1777 });
  if (!cleanupHooked) {
    cleanupHooked = true;
    process.once('exit', () => {
      for (const file of claimed) fs.rmSync(file, { force: true });
    });
  }
  const file = path.join(registry, String(port));
  if (claimed.has(file) || !claim(file)) return false;
  claimed.add(file);
  return true;
}

function claim(file: string): boolean {
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number(fs.readFileSync(file, 'utf8').trim());
  if (Number.isInteger(holder) && holder > 0 && alive(holder)) return false;
  // A dead claimer's file: remove it, then claim exclusively (another process may win the race).
  fs.rmSync(file, { force: true });
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

/** A port free on 127.0.0.1 now and claimed by no other live process of this machine. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await kernelFreePort();
    if (claimPort(port)) return port;
  }
  throw new Error(`no free port claimed after 50 attempts (registry ${registry})`);
}
