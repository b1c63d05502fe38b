import net from 'node:net';

export interface EmulatorHandle {
  readonly name: string;
  readonly url: string;
  stop(): Promise<void>;
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => { socket.destroy(); resolve(false); });
  });
}

export async function waitForPort(port: number, { timeoutMs = 30_000, intervalMs = 100, what = `port ${port}` } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await portAnswers(port)) return;
    await sleep(intervalMs);
  }
  throw new Error(`${what} did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/** Fails early with a clear message when a port is already taken (e.g. a stack is still running). */
export async function assertPortFree(port: number, what: string): Promise<void> {
  if (await portAnswers(port)) {
    throw new Error(`${what}: port ${port} is already in use (is another local stack running?)`);
  }
}

/** A free TCP port chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
