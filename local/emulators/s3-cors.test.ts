import { matchingRule } from './s3-cors.ts';

describe('the S3 CORS shim’s rule matching', () => {
  const rules = [
    { AllowedMethods: ['PUT'], AllowedOrigins: ['http://localhost:3000'] },
    { AllowedMethods: ['GET'], AllowedOrigins: ['*'] },
  ];
  it('takes the first rule that allows both the origin and the method', () => {
    expect(matchingRule(rules, 'http://localhost:3000', 'PUT')).toBe(rules[0]);
    expect(matchingRule(rules, 'http://evil.example', 'GET')).toBe(rules[1]);
  });
  it('refuses an origin or a method no rule allows', () => {
    expect(matchingRule(rules, 'http://evil.example', 'PUT')).toBeUndefined();
    expect(matchingRule(rules, 'http://localhost:3000', 'DELETE')).toBeUndefined();
    expect(matchingRule([], 'http://localhost:3000', 'PUT')).toBeUndefined();
  });
});
