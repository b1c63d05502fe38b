/** `npm run dev:users`: the demo users as JSON (id, role, organizationId where they have one, name). */
import { demoUsers } from './seed/demo-data.ts';

const users = demoUsers.map((u) => ({ id: u.id, role: u.role, ...(u.organizationId ? { organizationId: u.organizationId } : {}), name: u.name }));
process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
