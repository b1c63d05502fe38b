/** A required setting from the function's environment (serverless.yml provider.environment). */
export const requiredEnv = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
};
