/**
 * Lambda event filtering (EventBridge-style patterns) as applied by event source mappings:
 * a record is delivered when it matches at least one pattern; with no patterns every record is.
 * Supported: nested objects, arrays of exact values (string / number / boolean / null), and the
 * operators `exists`, `prefix`, `suffix`, `anything-but`, `equals-ignore-case`, `numeric`.
 * An array in the record matches when any of its elements matches.
 */
export type FilterPattern = { [key: string]: FilterPattern | Matcher[] };
type Matcher = string | number | boolean | null | Record<string, unknown>;

const MISSING = Symbol('missing');

export function matchesAnyPattern(record: unknown, patterns: readonly FilterPattern[] | undefined): boolean {
  if (!patterns || patterns.length === 0) return true;
  return patterns.some((p) => matchesPattern(record, p));
}

export function matchesPattern(value: unknown, pattern: FilterPattern): boolean {
  if (!pattern || typeof pattern !== 'object' || Array.isArray(pattern)) throw new Error('a filter pattern must be an object');
  return Object.entries(pattern).every(([key, sub]) => {
    const field = value !== null && typeof value === 'object' && !Array.isArray(value) && key in value
      ? (value as Record<string, unknown>)[key]
      : MISSING;
    if (Array.isArray(sub)) return matchesField(field, sub);
    if (sub && typeof sub === 'object') {
      if (field === MISSING) return onlyExistsFalse(sub);
      if (Array.isArray(field)) return field.some((el) => matchesPattern(el, sub));
      return matchesPattern(field, sub);
    }
    throw new Error(`filter pattern value of "${key}" must be an array or an object`);
  });
}

/** A missing object still matches a sub-pattern that only asks for absent fields. */
function onlyExistsFalse(pattern: FilterPattern): boolean {
  return Object.values(pattern).every((sub) =>
    Array.isArray(sub) ? sub.some((m) => isObject(m) && m.exists === false) : onlyExistsFalse(sub));
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function matchesField(field: unknown, matchers: Matcher[]): boolean {
  if (field === MISSING) return matchers.some((m) => isObject(m) && m.exists === false);
  if (Array.isArray(field)) {
    if (matchers.some((m) => isObject(m) && 'exists' in m)) {
      return matchers.some((m) => isObject(m) && 'exists' in m ? m.exists === true : field.some((el) => matchesLeaf(el, m)));
    }
    return field.some((el) => matchers.some((m) => matchesLeaf(el, m)));
  }
  return matchers.some((m) => matchesLeaf(field, m));
}

function matchesLeaf(value: unknown, m: Matcher): boolean {
  if (!isObject(m)) return m === value;
  const [op, arg] = Object.entries(m)[0] ?? [];
  switch (op) {
    case 'exists':
      return arg === true; // the field is present (absent fields are handled by the caller)
    case 'prefix':
      return typeof value === 'string' && (isObject(arg) ? typeof arg['equals-ignore-case'] === 'string' && value.toLowerCase().startsWith(String(arg['equals-ignore-case']).toLowerCase()) : value.startsWith(String(arg)));
    case 'suffix':
      return typeof value === 'string' && (isObject(arg) ? typeof arg['equals-ignore-case'] === 'string' && value.toLowerCase().endsWith(String(arg['equals-ignore-case']).toLowerCase()) : value.endsWith(String(arg)));
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === String(arg).toLowerCase();
    case 'anything-but': {
      if (Array.isArray(arg)) return !arg.some((a) => a === value);
      if (isObject(arg)) return !matchesLeaf(value, arg as Matcher);
      return value !== arg;
    }
    case 'numeric': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (Number.isNaN(n) || !Array.isArray(arg)) return false;
      for (let i = 0; i + 1 < arg.length; i += 2) {
        const bound = Number(arg[i + 1]);
        const ok = { '=': n === bound, '<': n < bound, '<=': n <= bound, '>': n > bound, '>=': n >= bound }[String(arg[i]) as '='];
        if (!ok) return false;
      }
      return true;
    }
    default:
      throw new Error(`unsupported filter operator ${JSON.stringify(op)}`);
  }
}

/** Filter patterns of an event source: serverless accepts objects, or (as in CloudFormation) JSON strings. */
export function parsePatterns(raw: unknown): FilterPattern[] | undefined {
  if (!raw) return undefined;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((p) => {
    if (typeof p === 'string') return JSON.parse(p) as FilterPattern;
    if (isObject(p) && typeof p.Pattern === 'string') return JSON.parse(p.Pattern) as FilterPattern;
    return p as FilterPattern;
  });
}
