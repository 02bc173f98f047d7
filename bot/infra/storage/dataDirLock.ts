import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`DATA_DIR ${dataDir} is already used by another Forbear process (pid ${pid}); stop it or choose another DATA_DIR`);
    this.name = 'DataDirInUseError';
  }
}

/**
 * Holds a Linux abstract-namespace socket named after the directory: the
 * kernel lets one process bind it and frees it the instant that process dies
 * (even by kill -9), so taking over after a crash is one atomic bind, with no
 * window in which two servers both see a stale lock and both take it.
 */
function bindLock(name: string): Promise<net.Server | undefined> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? resolve(undefined) : reject(err)));
    server.listen({ path: `\0${name}`, exclusive: true }, () => {
      server.unref();
      resolve(server);
    });
  });
}

/**
 * One process per data directory: two lowdb instances on one file lose each
 * other's updates, so a second server on the same DATA_DIR must refuse to
 * start. `forbear.lock` names the owner's pid for people; the exclusion itself
 * is the kernel-held socket above (elsewhere than Linux, the pid file with an
 * exclusive create, taking over only a dead owner's lock).
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'forbear.lock');
  if (process.platform !== 'linux') return lockWithPidFile(dataDir, file);
  const real = await fs.realpath(dataDir);
  const name = `forbear-lock-${createHash('sha256').update(real).digest('hex').slice(0, 32)}`;
  const held = await bindLock(name);
  if (!held) {
    const pid = Number(await fs.readFile(file, 'utf8').catch(() => '0'));
    throw new DataDirInUseError(dataDir, pid);
  }
  await fs.writeFile(file, String(process.pid));
  return async () => {
    await fs.rm(file, { force: true });
    await new Promise<void>((resolve) => held.close(() => resolve()));
  };
}

async function lockWithPidFile(dataDir: string, file: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, String(process.pid), { flag: 'wx' });
      return async () => {
        await fs.rm(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(await fs.readFile(file, 'utf8').catch(() => ''));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
      await fs.rm(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
