/** `npm start`: the whole local stack (stage local, seeded) until Ctrl-C. */
import { startStack, type Stack } from './stack.ts';
import { demoUsers } from './seed/demo-data.ts';
import { submitDemoMessages } from './seed/demo-messages.ts';

let stack: Stack | undefined;
let shuttingDown = false;

async function shutdown(signal: string) {
  if (shuttingDown) return;
  shuttingDown = true;
  process.stdout.write(`\n${signal}: stopping the local stack…\n`);
  try {
    await stack?.stop();
    process.stdout.write('stopped\n');
    process.exit(0);
  } catch (err) {
    process.stderr.write(`stop failed: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  stack = await startStack({ stage: 'local', seed: true });
  if (shuttingDown) await stack.stop();
  const { urls } = stack;
  const demoNumbers = await submitDemoMessages(urls.api, urls.oidcIssuer);
  const rows: [string, string][] = [
    ['HTTP API', urls.api],
    ['Lambda invoke (serverless-offline)', urls.lambda],
    ['MailDev web UI', urls.maildev],
    ['MailDev JSON API', `${urls.maildevApi}/email`],
    ['SMTP', urls.smtp],
    ['DynamoDB Local', urls.dynamodb],
    ['SQS (fauxqs)', urls.sqs],
    ['S3 (fauxqs behind its CORS shim)', urls.s3],
    ['OIDC issuer', urls.oidcIssuer],
    ['table', stack.env.TABLE_NAME ?? ''],
    ['citizen pages', `${urls.api}/`],
    ['officials\' pages', `${urls.api}/admin`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
  const users = demoUsers.map((u) => `  ${u.id.padEnd(28)} ${u.role.padEnd(15)} ${u.organizationId ?? ''}`);
  process.stdout.write([
    '',
    'ПОС — local stack (stage local)',
    ...lines,
    '',
    `Demo messages: ${demoNumbers.join(', ')} (routed within seconds; the last one waits for a moderator)`,
    '',
    'Demo users (npm run dev:users; sign in on the pages as any of them):',
    ...users,
    '',
    'Token: npm run -s dev:token -- <user-id>   e.g.  curl -H "Authorization: Bearer $(npm run -s dev:token -- citizen-1)" ' + `${urls.api}/v1/messages`,
    `Login page: ${urls.oidcIssuer}/auth?client_id=pos-web&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(`${urls.oidcIssuer}/debug/callback`)}&code_challenge=<S256>&code_challenge_method=S256`,
    '',
    `ready: ${urls.api} (Ctrl-C stops everything)`,
    '',
  ].join('\n'));
} catch (err) {
  process.stderr.write(`local stack failed to start: ${(err as Error).message}\n`);
  process.exit(1);
}
