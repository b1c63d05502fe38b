/** The OpenAPI document (docs/openapi.yaml) names exactly the API routes the functions declare. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

const root = path.resolve(__dirname, '..');
const ROUTE = /httpApi:\s*\{\s*method:\s*(\w+),\s*path:\s*(?:'([^']+)'|([^,\s]+))/g;

const declaredRoutes = (): string[] =>
  readdirSync(path.join(root, 'functions')).flatMap((name) => {
    const yml = readFileSync(path.join(root, 'functions', name, 'function.yml'), 'utf8');
    return [...yml.matchAll(ROUTE)].map(([, method = '', quoted, bare]) => `${method.toUpperCase()} ${quoted ?? bare ?? ''}`);
  });

const documentedRoutes = (): string[] => {
  const document = load(readFileSync(path.join(root, 'docs', 'openapi.yaml'), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`));
};

describe('docs/openapi.yaml', () => {
  it('documents every API route the functions declare, and no other (the pages are not API)', () => {
    const api = declaredRoutes().filter((route) => route.split(' ')[1]?.startsWith('/v1/'));
    expect(api.length).toBeGreaterThan(15);
    expect(documentedRoutes().sort()).toEqual(api.sort());
  });
});
