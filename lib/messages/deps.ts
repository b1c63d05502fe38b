import { headAttachment } from '#lib/aws/attachment-store.ts';
import { createMessage, getIdempotencyClaim, getMessage } from '#lib/db/messages.ts';
import { getCategory, getTerritory } from '#lib/db/reference-data.ts';
import { defaultIds, type SubmitDeps } from './submit.ts';

/** The real side effects of message intake; unit tests pass fakes instead. */
export const submitDeps: SubmitDeps = {
  getCategory,
  getTerritory,
  headAttachment,
  createMessage,
  getIdempotencyClaim,
  getMessage,
  ...defaultIds,
};
