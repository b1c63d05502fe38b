import type { MessageRecord } from '#lib/db/messages.ts';
import { citizenEmailFor } from './compose.ts';
import { messageEvent } from './events.ts';

const message = {
  id: '12345678903',
  contactEmail: 'citizen-1@example.ru',
  organizationName: 'Администрация города Курска',
  deadlineDate: '2026-12-18',
  moderationReasons: ['obscene'],
} as MessageRecord;

describe('citizenEmailFor', () => {
  it('tells the citizen where the message went', () => {
    const email = citizenEmailFor(messageEvent('message.routed', message.id, '2026-12-04T12:00:00Z'), message);
    expect(email?.subject).toBe('Сообщение № 123-456-789-03 направлено в организацию');
    expect(email?.to).toBe('citizen-1@example.ru');
  });

  it('tells the citizen why the message was rejected, in words', () => {
    const email = citizenEmailFor(messageEvent('message.rejected', message.id, '2026-12-04T12:00:00Z'), message);
    expect(email?.subject).toBe('Сообщение № 123-456-789-03 отклонено');
    expect(email?.text).toContain('не может быть рассмотрено: Нецензурные выражения.');
  });

  it('sends nothing without an address', () => {
    expect(citizenEmailFor(messageEvent('message.routed', message.id, '2026-12-04T12:00:00Z'), { ...message, contactEmail: undefined } as MessageRecord)).toBeUndefined();
  });
});
