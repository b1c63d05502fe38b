/** fauxqs (SQS + S3 on one port), embedded in this process. */
import { startFauxqs } from 'fauxqs';
import { REGION } from '../config.ts';
import { assertPortFree, type EmulatorHandle } from './net.ts';

export async function startFauxqsEmulator({ port, region = REGION }: { port: number; region?: string }): Promise<EmulatorHandle> {
  await assertPortFree(port, 'fauxqs');
  const server = await startFauxqs({ port, logger: false, defaultRegion: region, host: 'localhost' });
  let stopped = false;
  return {
    name: 'fauxqs',
    url: `http://127.0.0.1:${server.port}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
