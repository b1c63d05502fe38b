import { formatMessageNumber } from '#lib/domain/message-number.ts';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

const formatDate = (localDate: string): string => {
  const [year, month, day] = localDate.split('-');
  return `${day}.${month}.${year}`;
};

/** An e-mail from its paragraphs: the same text as plain text and as escaped HTML. */
const emailOf = (to: string, subject: string, lines: readonly string[]): Email => ({
  to,
  subject,
  text: lines.join('\n\n'),
  html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
});

export interface RejectedEmailInput {
  to: string;
  number: string;
  reasons: string[];
}

export const rejectedEmail = ({ to, number, reasons }: RejectedEmailInput): Email => {
  const shown = formatMessageNumber(number);
  const lines = [
    'Здравствуйте!',
    `Ваше сообщение № ${shown} не может быть рассмотрено: ${reasons.join('; ')}.`,
    'Вы можете отправить новое сообщение: опишите одну проблему — что случилось, где и когда, и какого результата вы ждёте.',
    'Это письмо отправлено автоматически, отвечать на него не нужно.',
  ];
  return emailOf(to, `Сообщение № ${shown} отклонено`, lines);
};

export interface RoutedEmailInput {
  to: string;
  number: string;
  organizationName: string;
  deadlineDate: string;
}

export const routedEmail = ({ to, number, organizationName, deadlineDate }: RoutedEmailInput): Email => {
  const shown = formatMessageNumber(number);
  const lines = [
    'Здравствуйте!',
    `Ваше сообщение № ${shown} направлено в организацию «${organizationName}».`,
    `Ответ будет дан до ${formatDate(deadlineDate)}.`,
    'Следить за рассмотрением можно в личном кабинете на Госуслугах, раздел «Мои сообщения».',
    'Это письмо отправлено автоматически, отвечать на него не нужно.',
  ];
  return emailOf(to, `Сообщение № ${shown} направлено в организацию`, lines);
};

export interface AnsweredEmailInput {
  to: string;
  number: string;
  organizationName: string;
}

export const answeredEmail = ({ to, number, organizationName }: AnsweredEmailInput): Email => {
  const shown = formatMessageNumber(number);
  const lines = [
    'Здравствуйте!',
    `«${organizationName}» ответила на ваше сообщение № ${shown}.`,
    'Прочитать ответ и оценить его можно в личном кабинете на Госуслугах, раздел «Мои сообщения». Если ответ вас не устроил, там же можно попросить о повторном рассмотрении.',
    'Это письмо отправлено автоматически, отвечать на него не нужно.',
  ];
  return emailOf(to, `Дан ответ на сообщение № ${shown}`, lines);
};

export interface DeadlineEmailInput {
  to: string;
  number: string;
  organizationName: string;
  deadlineDate: string;
}

/** To the organization: the answer is due tomorrow. */
export const dueTomorrowEmail = ({ to, number, organizationName, deadlineDate }: DeadlineEmailInput): Email => {
  const shown = formatMessageNumber(number);
  const lines = [
    `Срок ответа на сообщение № ${shown} истекает завтра, ${formatDate(deadlineDate)}.`,
    `Организация: «${organizationName}». Ответьте гражданину или, если нужно, продлите срок с указанием причины.`,
  ];
  return emailOf(to, `Завтра истекает срок ответа на сообщение № ${shown}`, lines);
};

/** To the region's coordinator (ЦУР): the answer is overdue. */
export const overdueEmail = ({ to, number, organizationName, deadlineDate }: DeadlineEmailInput): Email => {
  const shown = formatMessageNumber(number);
  const lines = [
    `Просрочен ответ на сообщение № ${shown}: срок истёк ${formatDate(deadlineDate)}.`,
    `Ответственная организация: «${organizationName}». Сообщение передано вам для контроля.`,
  ];
  return emailOf(to, `Просрочен ответ на сообщение № ${shown}`, lines);
};

/** To the citizen: the first organization found the question outside its competence and passed it on. */
export const redirectedEmail = ({ to, number, organizationName, deadlineDate }: RoutedEmailInput): Email => {
  const shown = formatMessageNumber(number);
  const lines = [
    'Здравствуйте!',
    `Ваше сообщение № ${shown} перенаправлено в организацию «${organizationName}», в компетенции которой ваш вопрос.`,
    `Ответ будет дан до ${formatDate(deadlineDate)}.`,
    'Это письмо отправлено автоматически, отвечать на него не нужно.',
  ];
  return emailOf(to, `Сообщение № ${shown} перенаправлено`, lines);
};

/** To the citizen: an answered message closed itself after the rating window. */
export const closedEmail = ({ to, number }: { to: string; number: string }): Email => {
  const shown = formatMessageNumber(number);
  return emailOf(to, `Сообщение № ${shown} закрыто`, [
    'Здравствуйте!',
    `Рассмотрение вашего сообщения № ${shown} завершено: ответ дан, срок для его оценки истёк.`,
    'Если проблема не решена, вы можете отправить новое сообщение.',
    'Это письмо отправлено автоматически, отвечать на него не нужно.',
  ]);
};

/** To the citizen: unsatisfied with the answer, the message is considered again by a supervising body. */
export const reopenedEmail = ({ to, number, organizationName, deadlineDate }: RoutedEmailInput): Email => {
  const shown = formatMessageNumber(number);
  return emailOf(to, `Сообщение № ${shown} направлено на повторное рассмотрение`, [
    'Здравствуйте!',
    `Вы сообщили, что ответ на сообщение № ${shown} вас не устроил. Сообщение направлено на повторное рассмотрение в организацию «${organizationName}».`,
    `Новый ответ будет дан до ${formatDate(deadlineDate)}.`,
    'Это письмо отправлено автоматически, отвечать на него не нужно.',
  ]);
};

/** To the organization: a message arrived in its inbox (new, redirected to it, or reopened for its review). */
export const assignedEmail = ({ to, number, organizationName, deadlineDate }: DeadlineEmailInput): Email => {
  const shown = formatMessageNumber(number);
  return emailOf(to, `Новое сообщение № ${shown}`, [
    `В организацию «${organizationName}» поступило сообщение № ${shown}.`,
    `Срок ответа — до ${formatDate(deadlineDate)}. Сообщение ждёт вас во входящих ПОС.`,
  ]);
};
