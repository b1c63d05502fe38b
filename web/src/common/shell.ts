import { ApiError } from './api.ts';
import { completeSignIn, currentSession, type Session, signIn, signOut } from './auth.ts';
import { $, h, replaceChildren } from './dom.ts';

export interface Route {
  pattern: RegExp;
  render(main: HTMLElement, params: string[], session: Session): Promise<void>;
}

export interface AppOptions {
  basePath: string;
  callbackPath: string;
  title: string;
  roles: readonly string[];
  defaultRoute(session: Session): string;
  nav(session: Session): [string, string][];
  routes: Route[];
}

export const ROLE_LABELS: Record<string, string> = {
  citizen: 'гражданин',
  official: 'исполнитель',
  org_admin: 'администратор организации',
  coordinator: 'координатор ЦУР',
  moderator: 'модератор',
  analyst: 'аналитик',
  platform_admin: 'администратор платформы',
};

/** A confirmation above the container's content, in place of earlier confirmations and errors. */
export const showNotice = (container: HTMLElement, text: string): void => {
  container.querySelectorAll(':scope > .notice, :scope > .error').forEach((old) => old.remove());
  container.prepend(h('div', { class: 'notice', role: 'status', 'data-testid': 'notice' }, text));
};

export const showError = (container: HTMLElement, error: unknown): void => {
  const detail = error instanceof Error ? error.message : String(error);
  container.prepend(h('div', { class: 'error', role: 'alert', 'data-testid': 'error' }, detail));
};

const signInScreen = (root: HTMLElement, options: AppOptions, message?: string) =>
  replaceChildren(
    root,
    h(
      'main',
      { class: 'sign-in' },
      h('h1', {}, options.title),
      message ? h('div', { class: 'error', role: 'alert' }, message) : null,
      h('button', { type: 'button', class: 'primary', 'data-testid': 'sign-in', onclick: () => void signIn(options.callbackPath) }, 'Войти'),
    ),
  );

/** Each navigation gets a ticket; a slower earlier render must not overwrite what a later one drew. */
let navigation = 0;

const route = async (options: AppOptions, main: HTMLElement, session: Session) => {
  const ticket = ++navigation;
  const hash = location.hash.replace(/^#/, '') || options.defaultRoute(session);
  const match = options.routes.map((candidate) => ({ candidate, found: candidate.pattern.exec(hash) })).find(({ found }) => found);
  main.replaceChildren(h('p', { class: 'loading' }, 'Загрузка…'));
  try {
    if (!match?.found) throw new Error('Страница не найдена.');
    const content = h('div', {});
    await match.candidate.render(content, match.found.slice(1), session);
    if (ticket === navigation) main.replaceChildren(content);
  } catch (error) {
    if (ticket !== navigation) return;
    main.replaceChildren();
    if (error instanceof ApiError && error.status === 401) {
      signOut();
      location.reload();
      return;
    }
    showError(main, error);
  }
};

/** Signs the user in if needed, draws the header and navigation, and renders the route named by the hash. */
export const startApp = async (options: AppOptions): Promise<void> => {
  const root = $('#app');
  if (location.pathname === options.callbackPath) {
    try {
      const returnTo = await completeSignIn(options.callbackPath);
      history.replaceState(null, '', `${options.basePath}${returnTo}`);
    } catch (error) {
      history.replaceState(null, '', options.basePath);
      signInScreen(root, options, (error as Error).message);
      return;
    }
  }
  const session = currentSession();
  if (!session) return signInScreen(root, options);
  if (!options.roles.includes(session.role)) {
    signOut();
    return signInScreen(root, options, `Роль «${ROLE_LABELS[session.role] ?? session.role}» не работает на этой странице.`);
  }
  const main = h('main', { id: 'main' });
  replaceChildren(
    root,
    h(
      'header',
      {},
      h('strong', {}, options.title),
      h('nav', {}, options.nav(session).map(([href, label]) => h('a', { href }, label))),
      h(
        'span',
        { class: 'user', 'data-testid': 'user' },
        `${session.name} (${ROLE_LABELS[session.role] ?? session.role})`,
        h('button', { type: 'button', onclick: () => { signOut(); location.assign(options.basePath); } }, 'Выйти'),
      ),
    ),
    main,
  );
  window.addEventListener('hashchange', () => void route(options, main, session));
  await route(options, main, session);
};
