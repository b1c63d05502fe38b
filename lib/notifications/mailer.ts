import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { requiredEnv } from '#lib/env.ts';
import type { Email } from './templates.ts';

export interface Mailer {
  send(email: Email): Promise<void>;
}

// nodemailer is loaded only for SMTP (the local stack); AWS bundles leave it out and send through SES.
const smtpMailer = async (): Promise<Mailer> => {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport({
    host: requiredEnv('SMTP_HOST'),
    port: Number(requiredEnv('SMTP_PORT')),
    secure: false,
    ignoreTLS: process.env['SMTP_IGNORE_TLS'] !== 'false',
  });
  return {
    async send(email) {
      await transport.sendMail({ from: requiredEnv('MAIL_FROM'), ...email });
    },
  };
};

const sesMailer = (): Mailer => {
  const ses = new SESv2Client({});
  return {
    async send(email) {
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: requiredEnv('MAIL_FROM'),
          Destination: { ToAddresses: [email.to] },
          Content: {
            Simple: {
              Subject: { Data: email.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
            },
          },
        }),
      );
    },
  };
};

/** SMTP locally (MailDev), SES in AWS: chosen by MAIL_TRANSPORT. */
export const mailerFromEnv = async (): Promise<Mailer> => {
  const transport = requiredEnv('MAIL_TRANSPORT');
  if (transport === 'smtp') return smtpMailer();
  if (transport === 'ses') return sesMailer();
  throw new Error(`unknown MAIL_TRANSPORT ${transport}`);
};
