/** A field-level detail inside a validation problem. */
export interface FieldProblem {
  pointer: string;
  code: string;
  detail: string;
}

/**
 * An error that the HTTP layer turns into an RFC 9457 problem+json response: a stable machine `code` and a
 * Russian `detail` that can be shown to people.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`${status} ${code}`);
    this.name = 'Problem';
  }

  toJSON(instance?: string): Record<string, unknown> {
    return {
      type: `urn:pos:problem:${this.code}`,
      title: TITLES[this.status] ?? 'Ошибка',
      status: this.status,
      code: this.code,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...this.extra,
    };
  }
}

const TITLES: Record<number, string> = {
  400: 'Некорректный запрос',
  401: 'Требуется вход',
  403: 'Доступ запрещён',
  404: 'Не найдено',
  405: 'Метод не поддерживается',
  409: 'Конфликт',
  413: 'Слишком большой запрос',
  415: 'Неподдерживаемый формат',
  422: 'Данные не прошли проверку',
  500: 'Внутренняя ошибка',
  503: 'Сервис временно недоступен',
};

export const badRequest = (code: string, detail: string): Problem => new Problem(400, code, detail);
export const unauthorized = (code: string, detail: string): Problem => new Problem(401, code, detail);
export const forbidden = (code: string, detail: string): Problem => new Problem(403, code, detail);
export const notFound = (code: string, detail: string): Problem => new Problem(404, code, detail);
export const conflict = (code: string, detail: string): Problem => new Problem(409, code, detail);
export const unprocessable = (code: string, detail: string, errors?: FieldProblem[]): Problem =>
  new Problem(422, code, detail, errors ? { errors } : {});
