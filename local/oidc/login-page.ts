import type { DemoUser } from '#lib/domain/types.ts';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const ROLE_NAMES: Record<string, string> = {
  citizen: 'гражданин',
  official: 'сотрудник организации',
  org_admin: 'администратор организации',
  coordinator: 'координатор региона',
  moderator: 'модератор',
  analyst: 'аналитик',
  platform_admin: 'администратор платформы',
};

/** The minimal login page of the local provider: choose one of the demo users. */
export function loginPage({ uid, clientName, users, error }: { uid: string; clientName: string; users: DemoUser[]; error?: string }): string {
  const options = users.map((u, i) => `
      <label class="user"><input type="radio" name="user_id" value="${escapeHtml(u.id)}"${i === 0 ? ' checked' : ''}>
        <span><b>${escapeHtml(u.name)}</b> — ${escapeHtml(ROLE_NAMES[u.role] ?? u.role)}${u.organizationId ? `, ${escapeHtml(u.organizationId)}` : ''}<br><small>${escapeHtml(u.id)} · ${escapeHtml(u.email)}</small></span>
      </label>`).join('');
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Вход — ПОС (локально)</title>
<style>
  body { font: 16px/1.4 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1f2937; }
  h1 { font-size: 1.4rem; } .note { color: #6b7280; } .error { color: #b91c1c; }
  .user { display: flex; gap: .6rem; align-items: flex-start; padding: .5rem; border: 1px solid #e5e7eb; border-radius: .4rem; margin: .4rem 0; cursor: pointer; }
  button { font: inherit; padding: .5rem 1.2rem; margin-right: .5rem; }
</style></head>
<body>
  <h1>Вход в ПОС</h1>
  <p class="note">Локальный поставщик удостоверений для разработки. Приложение «${escapeHtml(clientName)}» запрашивает вход. Выберите демонстрационного пользователя.</p>
  ${error ? `<p class="error">${escapeHtml(error)}</p>` : ''}
  <form method="post" action="/interaction/${escapeHtml(uid)}/login">
    ${options}
    <p><button type="submit">Войти</button> <a href="/interaction/${escapeHtml(uid)}/abort">Отмена</a></p>
  </form>
</body></html>`;
}
