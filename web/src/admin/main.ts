import type { Session } from '../common/auth.ts';
import { startApp } from '../common/shell.ts';
import { renderCard } from './card.ts';
import { renderInbox } from './inbox.ts';
import { renderTemplates } from './templates.ts';

const OFFICIALS = ['official', 'org_admin', 'coordinator'];

const nav = (session: Session): [string, string][] => {
  if (session.role === 'moderator') return [['#/moderation', 'Очередь модерации']];
  return [
    ['#/inbox', 'В работе'],
    ['#/overdue', 'Просроченные'],
    ...(session.role === 'coordinator' ? [['#/triage', 'Триаж'] as [string, string]] : []),
    ['#/answered', 'Отвеченные'],
    ['#/closed', 'Закрытые'],
    ...(session.role === 'org_admin' ? [['#/templates', 'Шаблоны ответов'] as [string, string]] : []),
  ];
};

void startApp({
  basePath: '/admin',
  callbackPath: '/admin/callback',
  title: 'ПОС — рабочее место',
  roles: [...OFFICIALS, 'moderator'],
  defaultRoute: (session) => (session.role === 'moderator' ? '/moderation' : '/inbox'),
  nav,
  routes: [
    { pattern: /^\/inbox$/, render: renderInbox('active') },
    { pattern: /^\/overdue$/, render: renderInbox('overdue') },
    { pattern: /^\/triage$/, render: renderInbox('triage') },
    { pattern: /^\/answered$/, render: renderInbox('answered') },
    { pattern: /^\/closed$/, render: renderInbox('closed') },
    { pattern: /^\/moderation$/, render: renderInbox('moderation') },
    { pattern: /^\/templates$/, render: renderTemplates },
    { pattern: /^\/messages\/(\d{11})$/, render: renderCard },
  ],
});
