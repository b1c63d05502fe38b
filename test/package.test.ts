import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = process.cwd();

describe('npx sls package', () => {
  it('packages every function offline into its own esbuild bundle, with per-function IAM roles', async () => {
    await run(process.execPath, [path.join(ROOT, 'node_modules/osls/bin/serverless.js'), 'package', '--stage', 'prod'], {
      cwd: ROOT,
      env: { ...process.env, SLS_TELEMETRY_DISABLED: '1' },
    });
    const outDir = path.join(ROOT, '.serverless');
    const functionNames = readdirSync(path.join(ROOT, 'functions'));
    const zips = readdirSync(outDir).filter((file) => file.endsWith('.zip'));
    expect(zips.sort()).toEqual(functionNames.map((name) => `${name}.zip`).sort());

    const template = JSON.parse(readFileSync(path.join(outDir, 'cloudformation-template-update-stack.json'), 'utf8')) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const lambdas = Object.values(template.Resources).filter((resource) => resource.Type === 'AWS::Lambda::Function');
    expect(lambdas).toHaveLength(functionNames.length);
    for (const lambda of lambdas) {
      expect(lambda.Properties['Runtime']).toBe('nodejs22.x');
      expect(lambda.Properties['Handler']).toMatch(/^functions\/[a-z-]+\/handler\.handler$/);
    }
    const roles = Object.values(template.Resources).filter((resource) => resource.Type === 'AWS::IAM::Role');
    expect(roles.length).toBeGreaterThanOrEqual(functionNames.length);
    const types = new Set(Object.values(template.Resources).map((resource) => resource.Type));
    for (const type of ['AWS::DynamoDB::Table', 'AWS::SQS::Queue', 'AWS::S3::Bucket', 'AWS::Lambda::EventSourceMapping', 'AWS::ApiGatewayV2::Authorizer']) {
      expect(types).toContain(type);
    }
  }, 180_000);
});
