import { routedEmail } from './templates.ts';

describe('routedEmail', () => {
  const email = routedEmail({
    to: 'citizen-1@example.ru',
    number: '12345678903',
    organizationName: 'Администрация <города> Курска & Co',
    deadlineDate: '2026-12-18',
  });

  it('names the message number, the organization and the deadline in Russian', () => {
    expect(email.subject).toBe('Сообщение № 123-456-789-03 направлено в организацию');
    expect(email.text).toContain('№ 123-456-789-03');
    expect(email.text).toContain('«Администрация <города> Курска & Co»');
    expect(email.text).toContain('до 18.12.2026');
  });

  it('escapes organization names in HTML', () => {
    expect(email.html).toContain('Администрация &lt;города&gt; Курска &amp; Co');
    expect(email.html).not.toContain('<города>');
  });
});
