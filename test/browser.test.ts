import { apiUrl, waitFor } from '#local/testing/clients.ts';
import { api, submitRouted, validMessage } from '#test/support/http.ts';
import { launchBrowser, signIn, type BrowserSession } from '#test/support/browser.ts';
import { uniqueDetail } from '#test/support/texts.ts';

interface Card { id: string; number: string; status: string }


describe('the pages in headless Chromium', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a citizen submits, an official answers from a template, the citizen sees the answer and rates it', async () => {
    const citizen = await browser.newPage();
    await signIn(citizen.page, apiUrl('/'), 'citizen-1');
    await citizen.page.getByRole('link', { name: 'Сообщить о проблеме' }).first().click();
    const form = citizen.page.getByTestId('new-message');
    await form.locator('select[name="categoryId"]').selectOption('roads');
    await form.locator('select[name="oktmo"]').selectOption('38701000');
    await form.locator('input[name="address"]').fill('г. Курск, ул. Ленина, 12');
    const text = `Глубокая яма на проезжей части у дома 12. Рядом: ${uniqueDetail()}.`;
    await form.locator('textarea[name="text"]').fill(text);
    await form.getByRole('button', { name: 'Отправить' }).click();
    await citizen.page.waitForURL(/#\/messages\/\d{11}$/);
    const id = /(\d{11})$/.exec(citizen.page.url())?.[1] ?? '';
    await waitFor(async () => ((await api<Card>(`/v1/messages/${id}`, { as: 'citizen-1' })).json.status === 'routed' ? true : undefined), { timeoutMs: 20_000 });

    const official = await browser.newPage();
    await signIn(official.page, apiUrl('/admin'), 'official-kursk-city');
    await official.page.locator(`[data-testid="inbox-row"][data-number]`).first().waitFor();
    await official.page.goto(apiUrl(`/admin#/messages/${id}`));
    await official.page.getByTestId('message-text').waitFor();
    expect(await official.page.getByTestId('message-text').textContent()).toBe(text);
    await official.page.getByTestId('take').click();
    await official.page.getByTestId('notice').waitFor();
    await official.page.getByTestId('template').selectOption({ label: 'Яма заделана' });
    const answerText = await official.page.getByTestId('answer-text').inputValue();
    expect(answerText).toContain('ямочный ремонт');
    // a file from the browser: a presigned PUT straight to S3, across origins (the bucket's CORS rules apply)
    const report = Buffer.from('%PDF-1.4 акт выполненных работ');
    await official.page.getByTestId('answer-form').locator('input[type="file"]').setInputFiles({ name: 'akt.pdf', mimeType: 'application/pdf', buffer: report });
    await official.page.getByRole('button', { name: 'Ответить', exact: true }).click();
    await official.page.getByText('Ответ отправлен заявителю.').waitFor();
    expect(await official.page.getByTestId('history').textContent()).toContain('Дан ответ');

    await citizen.page.reload();
    await citizen.page.getByTestId('answer').waitFor();
    expect(await citizen.page.getByTestId('answer').textContent()).toContain(answerText);
    await citizen.page.getByRole('button', { name: 'Показать вложения (1)' }).click();
    const link = citizen.page.getByRole('link', { name: /Вложение 1 \(файл к ответу\)/ });
    const downloaded = await fetch((await link.getAttribute('href')) ?? '');
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(report)).toBe(true);
    const rating = citizen.page.getByTestId('rating-form');
    await rating.locator('input[name="satisfied"][value="yes"]').check();
    await rating.locator('select[name="score"]').selectOption('5');
    await rating.getByRole('button', { name: 'Отправить оценку' }).click();
    await citizen.page.getByTestId('rating').waitFor();
    expect(await citizen.page.locator('h1 [data-status]').getAttribute('data-status')).toBe('closed');
    expect((await api<Card>(`/v1/messages/${id}`, { as: 'citizen-1' })).json.status).toBe('closed');

    expect(citizen.problems).toEqual([]);
    expect(official.problems).toEqual([]);
  }, 180_000);

  it('an official filters the inbox by category', async () => {
    // at least one roads message in the city's inbox, whatever ran before
    await submitRouted<Card>('citizen-1', validMessage());
    const official = await browser.newPage();
    await signIn(official.page, apiUrl('/admin'), 'official-kursk-city');
    const settled = () => official.page.locator('table.inbox[aria-busy="false"]').waitFor();
    await official.page.locator('[data-testid="inbox-row"]').first().waitFor();
    const filters = official.page.locator('form.filters');
    const apply = async (categoryId: string) => {
      await filters.locator('select[name="categoryId"]').selectOption(categoryId);
      await filters.getByRole('button', { name: 'Применить' }).click();
      await settled();
    };

    await apply('roads');
    const categoriesShown = await official.page.locator('[data-testid="inbox-row"] td:nth-child(3)').allTextContents();
    expect(categoriesShown.length).toBeGreaterThan(0);
    expect(new Set(categoriesShown)).toEqual(new Set(['Ремонт дорог']));

    // nothing of this category reaches the city administration; the other suites may have filled its inbox beyond
    // what one screenful reads, in which case the page says so and «Показать ещё» reads on, until the list ends empty
    await apply('forestry');
    const more = official.page.getByRole('button', { name: 'Показать ещё' });
    for (let click = 0; click < 20 && (await more.isVisible()); click++) {
      expect(await official.page.getByText('Среди просмотренных сообщений подходящих пока нет', { exact: false }).isVisible()).toBe(true);
      await more.click();
      await settled();
    }
    expect(await official.page.getByText('Сообщений нет.').isVisible()).toBe(true);
    expect(await official.page.locator('[data-testid="inbox-row"]').count()).toBe(0);
    expect(await more.isVisible()).toBe(false);
    expect(official.problems).toEqual([]);
  }, 120_000);

  it('an organization’s admin adds and deletes an answer template', async () => {
    const admin = await browser.newPage();
    await signIn(admin.page, apiUrl('/admin'), 'org-admin-kursk-city');
    await admin.page.getByRole('link', { name: 'Шаблоны ответов' }).click();
    const items = admin.page.getByTestId('template-item');
    await items.filter({ hasText: 'Яма заделана' }).waitFor();

    const title = `Проверено <b>${uniqueDetail()}</b>`;
    const form = admin.page.getByTestId('template-form');
    await form.locator('input[name="title"]').fill(title);
    await form.locator('select[name="categoryId"]').selectOption('roads');
    await form.locator('textarea[name="text"]').fill('Здравствуйте! Проверка проведена, нарушений не выявлено.');
    await form.getByRole('button', { name: 'Добавить' }).click();
    await admin.page.getByTestId('notice').filter({ hasText: 'добавлен' }).waitFor();
    const added = items.filter({ hasText: title });
    expect(await added.locator('strong').textContent()).toBe(title);
    expect(await added.locator('b').count()).toBe(0);
    expect(await added.textContent()).toContain('Ремонт дорог');

    await added.getByRole('button', { name: 'Удалить' }).click();
    await admin.page.getByTestId('notice').filter({ hasText: 'удалён' }).waitFor();
    expect(await items.filter({ hasText: title }).count()).toBe(0);
    expect(await items.filter({ hasText: 'Яма заделана' }).count()).toBe(1);
    expect(admin.problems).toEqual([]);
  }, 120_000);

  it('renders a message whose text is an XSS payload as text, under a strict CSP', async () => {
    const payload = `Яма у дома 5 <img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>жирный</b> ${uniqueDetail()}`;
    const message = await submitRouted<Card>('citizen-2', validMessage({ text: payload }));

    const official = await browser.newPage();
    const dialogs: string[] = [];
    official.page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await signIn(official.page, apiUrl('/admin'), 'official-kursk-city');
    await official.page.goto(apiUrl(`/admin#/messages/${message.id}`));
    for (const page of ['/', '/admin', '/assets/admin.js']) {
      const csp = (await fetch(apiUrl(page))).headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
    }
    const shown = official.page.getByTestId('message-text');
    await shown.waitFor();
    expect(await shown.textContent()).toBe(payload);
    expect(await shown.locator('img, script, b').count()).toBe(0);
    expect(await official.page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();

    const citizen = await browser.newPage();
    await signIn(citizen.page, apiUrl('/'), 'citizen-2');
    await citizen.page.goto(apiUrl(`/#/messages/${message.id}`));
    await citizen.page.getByTestId('message-text').waitFor();
    expect(await citizen.page.getByTestId('message-text').textContent()).toBe(payload);
    expect(await citizen.page.locator('[data-testid="message-text"] img').count()).toBe(0);
    expect(await citizen.page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(official.problems).toEqual([]);
    expect(citizen.problems).toEqual([]);
  }, 120_000);
});
