/**
 * npm run bench:intake — intake performance on the local stack (not a test: it prints figures, it asserts nothing).
 * HTTP figures go through serverless-offline like a client; DynamoDB requests and capacity are counted from the
 * SDK by invoking the same handler in this process; the baseline is a bare PutItem of the same item on the same
 * emulator, measured in the same run.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startStack } from '#local/stack.ts';
import { maildevMessages, tokenFor } from '#local/testing/clients.ts';
import { measureBundles } from './bundles.ts';
import { measureEndToEnd } from './end-to-end.ts';
import { measureHandlerAgainstPutItem } from './handler-vs-put.ts';
import { measureHttpIntake } from './http-intake.ts';
import { ms } from './stats.ts';

const ROOT = process.cwd();

const main = async () => {
  // this machine runs Node 20; the SDK's notice about it is noise in the figures (Lambda runs nodejs22.x)
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';
  const stack = await startStack({ stage: 'test', seed: true, quiet: true });
  try {
    Object.assign(process.env, stack.env);
    const token = await tokenFor('citizen-1');

    // end to end first, while the pipeline has no backlog; then the load
    const e2e = await measureEndToEnd(token, { count: 50, concurrency: 5 }, maildevMessages);
    const http = await measureHttpIntake(token, { count: 1000, concurrency: 16 });
    const inProcess = await measureHandlerAgainstPutItem(token, { count: 500 });
    const bundles = measureBundles(ROOT);

    const lines = [
      `HTTP intake (${http.count} submissions, ${http.concurrency} in flight, serverless-offline): ${http.perSecond.toFixed(1)} submissions/s, p50 ${ms(http.p50)}, p99 ${ms(http.p99)}, errors ${http.errors}`,
      `handler in-process (${inProcess.count} sequential): p50 ${ms(inProcess.handler.p50)}, p99 ${ms(inProcess.handler.p99)}; DynamoDB per submission: ${inProcess.handler.requests.toFixed(2)} requests (${inProcess.handler.writeRequests.toFixed(2)} writes), ${inProcess.handler.wcu.toFixed(2)} WCU`,
      `  with an Idempotency-Key (TransactWriteItems of message + key): p50 ${ms(inProcess.handlerWithIdempotencyKey.p50)}, p99 ${ms(inProcess.handlerWithIdempotencyKey.p99)}; ${inProcess.handlerWithIdempotencyKey.requests.toFixed(2)} requests, ${inProcess.handlerWithIdempotencyKey.wcu.toFixed(2)} WCU`,
      `  cold container (empty reference cache): ${inProcess.coldRequests} DynamoDB requests for the first submission`,
      `baseline bare PutItem of the same item: p50 ${ms(inProcess.put.p50)}, p99 ${ms(inProcess.put.p99)}; ${inProcess.put.requests.toFixed(2)} requests, ${inProcess.put.wcu.toFixed(2)} WCU`,
      `ratio handler / PutItem: p50 ${(inProcess.handler.p50 / inProcess.put.p50).toFixed(2)}×, p99 ${(inProcess.handler.p99 / inProcess.put.p99).toFixed(2)}×; with an Idempotency-Key p50 ${(inProcess.handlerWithIdempotencyKey.p50 / inProcess.put.p50).toFixed(2)}×`,
      `end to end, submit → e-mail in MailDev (${e2e.count} messages): p50 ${ms(e2e.p50)}, p99 ${ms(e2e.p99)}`,
      'bundles (sls package --stage prod):',
      ...bundles.map((b) => `  ${b.name.padEnd(20)} zip ${(b.zipBytes / 1024).toFixed(0).padStart(5)} KB, handler.mjs ${(b.handlerBytes / 1024).toFixed(0).padStart(5)} KB, cold import ${ms(b.loadMs)}`),
    ];
    console.log(`\n${lines.join('\n')}\n`);
    writeFileSync(path.join(ROOT, '.local', 'bench-intake.json'), JSON.stringify({ http, inProcess, e2e, bundles }, null, 2));
  } finally {
    await stack.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
