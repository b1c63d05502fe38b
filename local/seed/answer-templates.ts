import type { AnswerTemplate } from '#lib/db/answer-templates.ts';
import { categoryOwner, organizationOwner } from '#lib/db/answer-templates.ts';

const SEEDED_AT = '2026-01-01T00:00:00.000Z';

/** Demo answer templates: a few of the Kursk city administration's own, and platform-wide ones per category. */
export const demoAnswerTemplates: AnswerTemplate[] = [
  {
    owner: organizationOwner('adm-kursk-city'),
    id: 'kursk-city-works-planned',
    title: 'Работы запланированы',
    text: 'Здравствуйте! Благодарим за обращение. Работы по вашему сообщению включены в план и будут выполнены до [дата]. Ход работ контролирует администрация города Курска.',
    createdAt: SEEDED_AT,
  },
  {
    owner: organizationOwner('adm-kursk-city'),
    id: 'kursk-city-pothole-fixed',
    title: 'Яма заделана',
    categoryId: 'roads',
    text: 'Здравствуйте! По вашему сообщению проведён ямочный ремонт покрытия по указанному адресу. Фото выполненных работ приложено к ответу.',
    createdAt: SEEDED_AT,
  },
  {
    owner: categoryOwner('improvement'),
    id: 'improvement-inspection',
    title: 'Выезд на место',
    categoryId: 'improvement',
    text: 'Здравствуйте! Специалисты выехали на место и подтвердили проблему. Устранение запланировано на ближайшие [N] рабочих дней.',
    createdAt: SEEDED_AT,
  },
  {
    owner: categoryOwner('roads'),
    id: 'roads-seasonal',
    title: 'Сезонный ремонт',
    categoryId: 'roads',
    text: 'Здравствуйте! Ремонт участка дороги включён в план сезонных работ. Работы будут выполнены при установлении подходящей погоды, ориентировочно до [дата].',
    createdAt: SEEDED_AT,
  },
];
