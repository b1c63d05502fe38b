import { $add, $append, $remove, $set, UpdateItemCommand } from 'dynamodb-toolbox';
import type { InboxKeys } from '#lib/domain/inbox.ts';
import type { MessageStatus } from '#lib/domain/statuses.ts';
import { whenConditionHolds } from './conditional.ts';
import { MessageEntity } from './entities/message.ts';
import { asMessageRecord, type HistoryStep, type MessageRecord } from './messages.ts';

export interface Transition {
  id: string;
  expectedVersion: number;
  status: MessageStatus;
  step: HistoryStep;
  inbox?: InboxKeys;
  answer?: NonNullable<MessageRecord['answer']>;
  interimAnswer?: NonNullable<MessageRecord['interimAnswers']>[number];
  /** a new deadline (an extension, or a reopened message's) */
  deadline?: { deadlineAt: string; deadlineDate: string };
  /** the official's one extension is used */
  usesExtension?: boolean;
  /** a redirect: the message moves to another organization */
  organization?: { organizationId: string; organizationName: string };
  /** a moderator's release: the message waits for routing again, past moderation */
  release?: { routingShard: string; routingPendingSince: string };
  rating?: NonNullable<MessageRecord['rating']>;
  /** a moderator decided a held message: it leaves the moderators' queue */
  leavesModerationQueue?: boolean;
}

/**
 * Applies one lifecycle transition, only if the message is still at the version the actor saw: of two officials
 * acting at once, exactly one wins and the other gets a version conflict. The winner gets the message as written
 * (ALL_NEW), so answering the caller needs no second read.
 */
export const saveTransition = async (transition: Transition): Promise<MessageRecord | 'version_conflict'> => {
  let written: MessageRecord | undefined;
  const saved = await whenConditionHolds(async () => {
    const { Attributes } = await MessageEntity.build(UpdateItemCommand)
      .item({
        id: transition.id,
        status: transition.status,
        updatedAt: transition.step.at,
        history: $append([transition.step]),
        version: $add(1),
        ...(transition.inbox ?? {}),
        ...(transition.answer ? { answer: $set(transition.answer), answeredAt: transition.answer.at } : {}),
        ...(transition.interimAnswer ? { interimAnswers: $append([transition.interimAnswer]) } : {}),
        // the watcher's warning and escalation belong to a deadline: a new one is watched afresh
        ...(transition.deadline ? { ...transition.deadline, dueSoonNotifiedAt: $remove(), escalatedAt: $remove() } : {}),
        ...(transition.usesExtension ? { extensionsUsed: $add(1) } : {}),
        ...(transition.organization ?? {}),
        ...(transition.release ? { ...transition.release, moderationReleased: true } : {}),
        ...(transition.rating ? { rating: $set(transition.rating) } : {}),
        ...(transition.leavesModerationQueue ? { moderationQueue: $remove(), moderationSort: $remove() } : {}),
      })
      .options({ condition: { attr: 'version', eq: transition.expectedVersion }, returnValues: 'ALL_NEW' })
      .send();
    written = Attributes && asMessageRecord(Attributes);
  });
  if (!saved) return 'version_conflict';
  if (!written) throw new Error('the update returned no item');
  return written;
};

export type DeadlineMark = 'dueSoonNotifiedAt' | 'escalatedAt';

/**
 * Records that the watcher warned about (or escalated) a message, once: `false` when it was already recorded, or
 * when the deadline is no longer the one the watcher saw (read from an index, it may be a moment old: an extension
 * or a redirect saved meanwhile must not be escalated on the old deadline). The history gets a step; the version
 * stays, as the message's state has not changed.
 */
export const markDeadline = (id: string, mark: DeadlineMark, step: HistoryStep, deadlineAt: string): Promise<boolean> =>
  whenConditionHolds(() =>
    MessageEntity.build(UpdateItemCommand)
      .item({ id, [mark]: step.at, history: $append([step]) })
      .options({
        condition: {
          and: [
            mark === 'escalatedAt' ? { attr: 'escalatedAt', exists: false } : { attr: 'dueSoonNotifiedAt', exists: false },
            { attr: 'status', in: ['routed', 'in_progress', 'reopened'] },
            { attr: 'deadlineAt', eq: deadlineAt },
          ],
        },
      })
      .send(),
  );
