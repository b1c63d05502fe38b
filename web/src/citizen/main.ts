import { startApp } from '../common/shell.ts';
import { renderMessage, renderMyMessages, renderNewMessage } from './messages.ts';

void startApp({
  basePath: '/',
  callbackPath: '/callback',
  title: 'Госуслуги. Решаем вместе',
  roles: ['citizen'],
  defaultRoute: () => '/my',
  nav: () => [['#/my', 'Мои сообщения'], ['#/new', 'Сообщить о проблеме']],
  routes: [
    { pattern: /^\/my$/, render: renderMyMessages },
    { pattern: /^\/new$/, render: renderNewMessage },
    { pattern: /^\/messages\/(\d{11})$/, render: renderMessage },
  ],
});
