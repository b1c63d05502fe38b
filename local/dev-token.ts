/**
 * `npm run dev:token -- <user-id> [--stage local|test|bench]`: prints just the bearer token of a demo user,
 * issued by the running local OIDC provider (OIDC_ISSUER, else http://localhost:4000 / :4100 for test / :4200 for bench).
 * When no provider answers there, one is started in-process on that issuer's port with the same
 * persisted keys, so the token verifies against the stack's JWKS whenever the stack runs later.
 */
import { DEFAULT_PORTS, type Stage } from './config.ts';
import { portAnswers } from './emulators/net.ts';
import { requestDevToken, startOidcProvider } from './oidc/provider.ts';
import { demoUsers } from './seed/demo-data.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const stageIdx = args.indexOf('--stage');
  const stage = (stageIdx >= 0 ? args.splice(stageIdx, 2)[1] : 'local') as Stage;
  const userId = args[0];
  if (!userId) {
    process.stderr.write('usage: npm run dev:token -- <user-id>   (npm run dev:users lists them)\n');
    return 2;
  }
  if (!demoUsers.some((u) => u.id === userId)) {
    process.stderr.write(`unknown user id "${userId}"; demo users: ${demoUsers.map((u) => u.id).join(', ')}\n`);
    return 1;
  }
  const issuer = process.env.OIDC_ISSUER ?? `http://localhost:${DEFAULT_PORTS[stage].oidc}`;
  const port = Number(new URL(issuer).port || 80);
  if (await portAnswers(port)) {
    process.stdout.write(`${await requestDevToken(issuer, userId)}\n`);
    return 0;
  }
  const provider = await startOidcProvider({ port, issuer });
  try {
    process.stdout.write(`${await requestDevToken(issuer, userId)}\n`);
  } finally {
    await provider.stop();
  }
  return 0;
}

main().then((code) => process.exit(code), (err: unknown) => {
  process.stderr.write(`dev:token failed: ${(err as Error).message}\n`);
  process.exit(1);
});
