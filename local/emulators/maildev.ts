/** MailDev: SMTP server plus web UI (/) and JSON API (`GET /api/email`) on the web port. */
import { MailDev } from 'maildev';
import { assertPortFree, waitForPort, type EmulatorHandle } from './net.ts';

export async function startMailDev({ smtpPort, webPort }: { smtpPort: number; webPort: number }): Promise<EmulatorHandle & { smtpPort: number; apiUrl: string }> {
  await assertPortFree(smtpPort, 'MailDev SMTP');
  await assertPortFree(webPort, 'MailDev web');
  const maildev = new MailDev({ smtp: smtpPort, ip: '127.0.0.1', web: webPort, webIp: '127.0.0.1', silent: true });
  await maildev.start();
  await waitForPort(webPort, { what: 'MailDev web' });
  let stopped = false;
  return {
    name: 'maildev',
    url: `http://127.0.0.1:${webPort}`,
    smtpPort,
    /** MailDev 3 serves its JSON API under /api: `GET ${apiUrl}/email` lists the e-mails */
    apiUrl: `http://127.0.0.1:${webPort}/api`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await maildev.stop();
    },
  };
}
