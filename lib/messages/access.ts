import type { MessageRecord } from '#lib/db/messages.ts';
import type { Caller } from '#lib/http/auth.ts';

/** Officials and org admins see their organization's messages; a coordinator (ЦУР) the whole region's. */
export const officialMaySee = (caller: Caller, message: MessageRecord): boolean => {
  if (caller.role === 'official' || caller.role === 'org_admin') {
    return caller.organizationId !== undefined && caller.organizationId === message.organizationId;
  }
  if (caller.role === 'coordinator') return caller.regionCode !== undefined && caller.regionCode === message.regionCode;
  // moderators decide held messages anywhere in the country, and only those
  if (caller.role === 'moderator') return message.status === 'on_moderation';
  return false;
};
