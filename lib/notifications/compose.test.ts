import type { MessageRecord } from '#lib/db/messages.ts';
import { citizenEmailFor, isOfficialEvent, officialEmailFor } from './compose.ts';
import { arrivalEvents, messageEvent } from './events.ts';

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

describe('arrival of a message at an organization', () => {
  const [toCitizen, toOrganization] = arrivalEvents('message.reopened', { messageId: message.id, organizationId: 'cur-38', occurredAt: '2026-12-04T12:00:00Z' });

  it('is two events with their own ids: one for the citizen, one for the organization it arrived at', () => {
    expect(toCitizen).toMatchObject({ type: 'message.reopened', eventId: `${message.id}:reopened:2026-12-04T12:00:00Z` });
    expect(toOrganization).toMatchObject({ type: 'message.assigned', eventId: `${message.id}:assigned:2026-12-04T12:00:00Z`, organizationId: 'cur-38' });
    expect(isOfficialEvent(toCitizen!)).toBe(false);
    expect(isOfficialEvent(toOrganization!)).toBe(true);
  });

  it('tells the citizen the message is considered again, and by whom', () => {
    const email = citizenEmailFor(toCitizen!, { ...message, organizationName: 'Центр управления регионом Курской области' } as MessageRecord);
    expect(email?.subject).toBe('Сообщение № 123-456-789-03 направлено на повторное рассмотрение');
    expect(email?.text).toContain('«Центр управления регионом Курской области»');
  });

  it('tells the organization it arrived at, by that organization’s name, even if the message moved on since', () => {
    const email = officialEmailFor(toOrganization!, { ...message, organizationName: 'Другая организация' } as MessageRecord, { email: 'cur@kursk-oblast.example.ru', name: 'ЦУР Курской области' });
    expect(email).toMatchObject({ to: 'cur@kursk-oblast.example.ru', subject: 'Новое сообщение № 123-456-789-03' });
    expect(email?.text).toContain('В организацию «ЦУР Курской области» поступило');
  });
});
