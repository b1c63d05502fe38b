import { PLACEHOLDERS, decodeEntities, normalizeText, stem, stripTags, tokenize } from './normalize.ts';

describe('normalizeText', () => {
  it('drops HTML tags and decodes entities', () => {
    expect(stripTags('<p style="x">Ямы</p><br/>во дворе')).toBe(' Ямы  во дворе');
    expect(decodeEntities('&laquo;УК&raquo;&nbsp;&amp;&#1071;&#x44F;')).toBe('«УК» &Яя');
    expect(normalizeText('<p>Ёлки&nbsp;во&nbsp;ДВОРЕ</p>')).toBe('елки во дворе');
  });

  it('replaces e-mails, URLs, phone numbers and numbers with placeholders', () => {
    expect(normalizeText('Пишите на ivanov@mail.ru или https://example.ru/page?id=1')).toBe(
      `пишите на ${PLACEHOLDERS.email} или ${PLACEHOLDERS.url}`,
    );
    expect(normalizeText('Звоните +7 (4712) 123-45-67 или 8 912 345 67 89')).toBe(
      `звоните ${PLACEHOLDERS.phone} или ${PLACEHOLDERS.phone}`,
    );
    expect(normalizeText('Дом 15, кв. 3,5 м')).toBe(`дом ${PLACEHOLDERS.number} , кв. ${PLACEHOLDERS.number} м`);
  });

  it('tokenizes into letter runs and stems Russian words', () => {
    expect(tokenize('ямы, во-дворе xnumx!')).toEqual(['ямы', 'во', 'дворе', 'xnumx']);
    expect(['дороги', 'дорогами', 'отопления', 'отопление', 'xnumx', 'во'].map(stem)).toEqual(['дорог', 'дорог', 'отоплен', 'отоплен', 'xnumx', 'во']);
  });
});
