import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * A data file packaged with a function (serverless.yml `package.patterns`): under the task root in Lambda, under
 * the project root when the local stack runs the same handler (serverless-offline sets a task root that is not there).
 */
export const packagedFile = (relativePath: string): string => {
  const roots = [process.env['LAMBDA_TASK_ROOT'], process.cwd()].filter((root): root is string => Boolean(root));
  const found = roots.map((root) => path.join(root, relativePath)).find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${relativePath} is not packaged with this function (looked in ${roots.join(', ')})`);
  return found;
};
