import { hasInsultToOfficials, hasObscene, isMash, moderate } from './moderate.ts';
import { REASON_CODES, REASON_LABELS } from './reasons.ts';

const OBSCENE = [
  'ну вы и х*й',
  'пиздец полный во дворе',
  'Бл@дь опять нет воды',
  'xуйня а не ремонт',
  'ни х у я не сделано за год',
  'п.и.з.д.е.ц какой-то с дорогой',
  'заебали уже с этой ямой',
  'хууууйня а не уборка',
  'pizdec na doroge',
  'еб@ные чиновники опять',
  'долбоёбы из администрации',
  'с*ка опять нет света',
  'мудаки в управляющей компании',
  'нахуя такой ремонт',
  'о х у е л и совсем',
  'б**дь сколько можно ждать',
  'п1здец с отоплением',
];

const CLEAN_ANGRY = [
  'Безобразие! Дорога разбита уже год',
  'Доколе будет продолжаться это издевательство над жителями?',
  'Вы там совсем не работаете? Третий месяц нет света',
  'Позор администрации города! Двор не убирают',
  'Прошу не оскорблять жителей отписками',
  'В магазине продают несвежий хлеб',
  'Ребята во дворе играют на проезжей части',
  'Нельзя употреблять воду из крана, она ржавая',
  'В школе нужен психолог, психология важна для детей',
  'Команда дворников не вывозит мусор',
  'Страхование жилья навязывают в квитанциях',
  'Застрахуйте дом, говорят в управляющей компании',
  'Вебинар по капремонту не работает',
  'На корабле не хватает рубля на ремонт',
  'Учебник по истории не выдали в школе',
  'Небо закрыто дымом от свалки',
  'Сук упал на машину во дворе',
  'Мусор не вывозят неделю',
  'Чиновники бездействуют, сколько можно терпеть',
];

describe('moderate: obscene language', () => {
  it.each(OBSCENE)('rejects %s', (text) => {
    const r = moderate(text);
    expect(r.decision).toBe('reject');
    expect(r.reasons).toContain('obscene');
  });

  it.each(CLEAN_ANGRY)('lets the angry but clean message through: %s', (text) => {
    expect(moderate(text)).toEqual({ decision: 'ok', reasons: [] });
  });

  it('does not flag ordinary words that contain the same letters', () => {
    for (const w of ['оскорблять', 'хлеб', 'употреблять', 'ребята', 'психология', 'команда', 'страхование', 'корабля', 'рубля', 'требовать', 'учебный', 'небо', 'себе', 'бляха']) {
      expect(hasObscene(w)).toBe(false);
    }
  });
});

describe('moderate: insults, threats, substance', () => {
  it('holds insults addressed to officials, not insults without them', () => {
    expect(moderate('Вы идиоты в администрации, когда почините дорогу?')).toEqual({ decision: 'hold', reasons: ['insult'] });
    expect(moderate('Глава района - вор и дурак')).toEqual({ decision: 'hold', reasons: ['insult'] });
    expect(hasInsultToOfficials('Сосед дурак паркуется на газоне')).toBe(false);
  });

  it('holds threats', () => {
    expect(moderate('Если не сделаете дорогу, я вас всех убью')).toEqual({ decision: 'hold', reasons: ['threat'] });
    expect(moderate('Подожгу администрацию, если не дадут воду').reasons).toEqual(['threat']);
    expect(moderate('Чуть не убило током в подъезде').decision).toBe('ok');
  });

  it('rejects text without substance', () => {
    for (const text of ['тест', 'Тест тест', 'фывапролд', '!!!!!', '😡😡😡', '123 456', 'йцукен йцукен', 'asdfgh', 'ааааааа', 'Мусор']) {
      expect(moderate(text)).toEqual({ decision: 'reject', reasons: ['no_substance'] });
    }
    expect(moderate('Мусор', { minWords: 1 }).decision).toBe('ok');
    expect(isMash('фывапр')).toBe(true);
    expect(isMash('дорога')).toBe(false);
  });

  it('has a Russian label for every reason code', () => {
    expect(REASON_CODES.map((c) => typeof REASON_LABELS[c])).toEqual(['string', 'string', 'string', 'string', 'string']);
    expect(REASON_LABELS.obscene).toBe('Нецензурные выражения');
  });
});
