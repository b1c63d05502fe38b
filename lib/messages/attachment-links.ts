import type { MessageRecord } from '#lib/db/messages.ts';

export type AttachmentPart = 'message' | 'answer' | 'interim';

/** Every file of a message with the part it belongs to: the citizen's, the answer's, an interim answer's. */
export const attachmentsOf = (message: MessageRecord): { key: string; part: AttachmentPart }[] => [
  ...message.attachments.map((key) => ({ key, part: 'message' as const })),
  ...(message.answer?.attachments ?? []).map((key) => ({ key, part: 'answer' as const })),
  ...(message.interimAnswers ?? []).flatMap((interim) => (interim.attachments ?? []).map((key) => ({ key, part: 'interim' as const }))),
];
