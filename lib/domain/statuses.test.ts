import { MESSAGE_STATUS_IDS, isMessageStatus, statusLabel } from './statuses.ts';

describe('message statuses', () => {
  it('lists the eight lifecycle statuses in order', () => {
    expect(MESSAGE_STATUS_IDS).toEqual([
      'registered',
      'on_moderation',
      'rejected',
      'routed',
      'in_progress',
      'answered',
      'reopened',
      'closed',
    ]);
  });

  it('labels statuses as the domain page does', () => {
    expect(statusLabel('registered')).toBe('Зарегистрировано');
    expect(statusLabel('on_moderation')).toBe('На модерации');
    expect(statusLabel('rejected')).toBe('Отклонено');
    expect(statusLabel('routed')).toBe('Направлено в организацию');
    expect(statusLabel('in_progress')).toBe('В работе');
    expect(statusLabel('answered')).toBe('Дан ответ');
    expect(statusLabel('reopened')).toBe('Повторное рассмотрение');
    expect(statusLabel('closed')).toBe('Закрыто');
  });

  it('recognises only known status ids', () => {
    expect(isMessageStatus('answered')).toBe(true);
    expect(isMessageStatus('Дан ответ')).toBe(false);
    expect(isMessageStatus('toString')).toBe(false);
  });
});
