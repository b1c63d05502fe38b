/**
 * Resolution of the CloudFormation intrinsics found in the resolved service config
 * (`Ref`, `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`) against the locally created resources.
 */
export interface PhysicalResource {
  type: string;
  /** What `Ref` returns: table name, queue URL, bucket name. */
  ref: string;
  /** `Fn::GetAtt` attributes: Arn, StreamArn, QueueUrl, QueueName, … */
  attributes: Record<string, string>;
}

export interface Pseudo {
  region: string;
  accountId: string;
  stackName: string;
}

export class IntrinsicError extends Error {}

export function resolveIntrinsics(value: unknown, resources: Record<string, PhysicalResource>, pseudo: Pseudo): unknown {
  const pseudoRef = (name: string): string | undefined =>
    ({
      'AWS::Region': pseudo.region,
      'AWS::AccountId': pseudo.accountId,
      'AWS::StackName': pseudo.stackName,
      'AWS::Partition': 'aws',
      'AWS::URLSuffix': 'amazonaws.com',
      'AWS::NoValue': undefined,
    })[name];

  const getAtt = (logicalId: string, attribute: string): string => {
    const resource = resources[logicalId];
    if (!resource) throw new IntrinsicError(`Fn::GetAtt: unknown resource ${logicalId}`);
    const attr = resource.attributes[attribute];
    if (attr === undefined) throw new IntrinsicError(`Fn::GetAtt: ${logicalId} (${resource.type}) has no local attribute ${attribute}`);
    return attr;
  };
  const ref = (name: string): string => {
    if (name.startsWith('AWS::')) {
      const v = pseudoRef(name);
      if (v === undefined) throw new IntrinsicError(`Ref: unsupported pseudo parameter ${name}`);
      return v;
    }
    const resource = resources[name];
    if (!resource) throw new IntrinsicError(`Ref: unknown resource ${name}`);
    return resource.ref;
  };

  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 1) {
      const [key] = keys as [string];
      const arg = obj[key];
      if (key === 'Ref' && typeof arg === 'string') return ref(arg);
      if (key === 'Fn::GetAtt') {
        const [logicalId, attribute] = Array.isArray(arg) ? (arg as string[]) : String(arg).split(/\.(.*)/s);
        return getAtt(String(logicalId), String(attribute));
      }
      if (key === 'Fn::Sub') {
        const [template, vars] = Array.isArray(arg) ? [String(arg[0]), walk(arg[1] ?? {}) as Record<string, unknown>] : [String(arg), {}];
        return template.replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => {
          if (name in vars) return String(vars[name]);
          if (name.startsWith('AWS::')) return ref(name);
          const dot = name.indexOf('.');
          return dot > 0 ? getAtt(name.slice(0, dot), name.slice(dot + 1)) : ref(name);
        }).replace(/\$\{!/g, '${');
      }
      if (key === 'Fn::Join' && Array.isArray(arg)) {
        const [sep, parts] = arg as [string, unknown[]];
        return (walk(parts) as unknown[]).join(sep);
      }
      if (key === 'Fn::Select' && Array.isArray(arg)) {
        const [index, list] = arg as [number, unknown];
        return (walk(list) as unknown[])[Number(walk(index))];
      }
    }
    return Object.fromEntries(keys.map((k) => [k, walk(obj[k])]));
  };
  return walk(value);
}
