import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

type Resource = string | { 'Fn::GetAtt': [string, string] } | { 'Fn::Sub': string } | Record<string, unknown>;
interface Statement { Effect: string; Action: string | string[]; Resource: Resource | Resource[] }

const resourceName = (resource: Resource): string => {
  if (typeof resource === 'string') return resource;
  if ('Fn::GetAtt' in resource) return (resource['Fn::GetAtt'] as [string, string]).join('.');
  if ('Fn::Sub' in resource && typeof resource['Fn::Sub'] === 'string') return resource['Fn::Sub'].replace(/\$\{([^}]+)\}/g, '$1');
  return JSON.stringify(resource);
};

/** One "action on resource" line per pair an Allow statement grants. */
const grants = (statement: Statement): string[] => {
  if (statement.Effect !== 'Allow') return [];
  const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
  const resources = Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
  return actions.flatMap((action) => resources.map((resource) => `${action} on ${resourceName(resource)}`));
};
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

    // what each function's role allows: "action on resource" lines, resources as written in the template
    const allowed = new Map<string, string[]>();
    for (const lambda of lambdas) {
      const name = String(lambda.Properties['FunctionName']).replace(/^pos-prod-/, '');
      const roleId = (lambda.Properties['Role'] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      const role = template.Resources[roleId] as unknown as { Properties: { Policies: { PolicyDocument: { Statement: Statement[] } }[] } };
      allowed.set(name, role.Properties.Policies.flatMap((policy) => policy.PolicyDocument.Statement).flatMap(grants));
    }
    expect([...allowed.keys()].sort()).toEqual([...functionNames].sort());
    for (const [name, grantsOfRole] of allowed) {
      // traces reach X-Ray from every function, although each has its own role (the shared one of serve-web has the
      // framework's statement besides the inherited one)
      const xray = [...new Set(grantsOfRole.filter((g) => g.startsWith('xray:')))].sort();
      expect({ name, xray }).toEqual({ name, xray: ['xray:PutTelemetryRecords on *', 'xray:PutTraceSegments on *'] });
    }
    // a missing object must read as 404 (no model published yet; an upload never made), which S3 answers only to
    // a role that may list the bucket
    for (const name of ['route-message', 'sweep-unrouted', 'retrain-classifier']) expect(allowed.get(name)).toContain('s3:ListBucket on ModelsBucket.Arn');
    for (const name of ['submit-message', 'act-on-message']) expect(allowed.get(name)).toContain('s3:ListBucket on AttachmentsBucket.Arn');
    expect(allowed.get('create-answer-template')).toContain('dynamodb:GetItem on MainTable.Arn');
    expect(allowed.get('submit-message')).not.toContain('dynamodb:Query on MainTable.Arn');
    expect(allowed.get('route-message')).not.toContain('sqs:GetQueueUrl on RoutingDLQ.Arn');
  }, 180_000);
});
