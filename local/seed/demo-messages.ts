/**
 * A few demo messages for `npm start`, submitted through the real API so that they go the whole way (screening,
 * classification, routing, e-mails) and the officials' pages have something to work on.
 */
import { requestDevToken } from '../oidc/provider.ts';

interface DemoMessage {
  author: string;
  body: Record<string, unknown>;
}

export const DEMO_MESSAGES: DemoMessage[] = [
  {
    author: 'citizen-1',
    body: { categoryId: 'roads', subcategoryId: 'roads.potholes', oktmo: '38701000', address: 'г. Курск, ул. Ленина, 12', text: 'Глубокая яма на проезжей части у дома 12 по ул. Ленина, машины объезжают её по встречной полосе.' },
  },
  {
    author: 'citizen-1',
    body: { oktmo: '38701000', address: 'г. Курск, ул. Дзержинского, 5', text: 'Во дворе дома 5 по ул. Дзержинского третью неделю не горят фонари, вечером идти страшно.' },
  },
  {
    author: 'citizen-2',
    body: { categoryId: 'healthcare', oktmo: '38701000', text: 'В поликлинике № 4 невозможно записаться к терапевту: запись открывается раз в неделю и сразу заканчивается.' },
  },
  {
    author: 'citizen-2',
    body: { categoryId: 'improvement', oktmo: '38701000', address: 'г. Курск, ул. Радищева, 20', text: 'Чиновники — воры, уже год обещают убрать мусор у дома 20 по ул. Радищева, а контейнерная площадка переполнена.' },
  },
];

/** Submits the demo messages; returns their numbers. */
export const submitDemoMessages = async (apiUrl: string, issuer: string): Promise<string[]> => {
  const numbers: string[] = [];
  for (const message of DEMO_MESSAGES) {
    const token = await requestDevToken(issuer, message.author);
    const res = await fetch(`${apiUrl}/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(message.body),
    });
    const json = (await res.json()) as { number?: string; detail?: string };
    if (!res.ok || !json.number) throw new Error(`demo message refused: ${res.status} ${json.detail ?? ''}`);
    numbers.push(json.number);
  }
  return numbers;
};
