import * as z from 'zod';
import { listOrganizations } from '#lib/db/reference-data.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { parseOrThrow } from '#lib/http/validation.ts';

const params = z.strictObject({ regionCode: z.string().regex(/^\d{2}$/).optional() });

/** GET /v1/org/organizations?regionCode=: where an official may redirect a message (their region by default). */
export const handler = authenticatedHttpHandler({ roles: ['official', 'org_admin', 'coordinator', 'moderator'] }, async ({ query, caller }) => {
  const regionCode = parseOrThrow(params, query).regionCode ?? caller.regionCode;
  const organizations = await listOrganizations();
  const items = organizations
    .filter((organization) => !regionCode || organization.regionCode === regionCode)
    .map(({ id, name, kind, regionCode: region }) => ({ id, name, kind, regionCode: region }));
  return { statusCode: 200, body: { items } };
});
