/**
 * Subcategory suggestions by keyword rules. The subcategories are those of the demo rubricator
 * (local/seed/demo-data.ts: ids `<category id>.<slug>`); each rule lists word prefixes (of normalised, ё→е,
 * lower-case words); the subcategory with the most matching words wins, ties go to the earlier rule.
 * A rubricator is administered data: a deployment whose subcategories differ passes its own rules.
 */
import { normalizeText, tokenize } from './normalize.ts';
import type { SubcategorySuggestion } from './types.ts';

export interface SubcategoryRule {
  id: string;
  name: string;
  /** word prefixes (a word matches when it starts with one); `x$` matches the word x exactly; `a b` a phrase start */
  prefixes: string[];
}

export const DEFAULT_SUBCATEGORY_RULES: Record<string, SubcategoryRule[]> = {
  Благоустройство: [
    { id: 'improvement.playgrounds', name: 'Детские площадки', prefixes: ['детск', 'качел', 'горк', 'песочниц', 'карусел'] },
    { id: 'improvement.greenery', name: 'Зелёные насаждения', prefixes: ['дерев', 'кустарн', 'газон', 'клумб', 'озеленен', 'покос', 'трав', 'аварийн дерев', 'спил'] },
    { id: 'improvement.waste-sites', name: 'Контейнерные площадки', prefixes: ['контейнерн', 'площадк тко'] },
    { id: 'improvement.parks', name: 'Парки и скверы', prefixes: ['парк', 'сквер', 'алле', 'бульвар'] },
    { id: 'improvement.courtyard-potholes', name: 'Ямы во дворе', prefixes: ['ям', 'выбоин', 'проезд'] },
    { id: 'improvement.courtyards', name: 'Дворовая территория', prefixes: ['двор', 'скамейк', 'лавочк', 'урн'] },
    { id: 'improvement.outdoor-lighting', name: 'Наружное освещение', prefixes: ['фонар', 'освещен', 'светильник', 'темно'] },
    { id: 'improvement.stray-animals', name: 'Безнадзорные животные', prefixes: ['собак', 'бродяч', 'безнадзорн', 'стая', 'стаи', 'кошк'] },
  ],
  ЖКХ: [
    { id: 'housing.major-repairs', name: 'Капремонт', prefixes: ['капремонт', 'капитальн'] },
    { id: 'housing.roof', name: 'Кровля', prefixes: ['кровл', 'крыш', 'протека', 'протечк'] },
    { id: 'housing.elevator', name: 'Лифт', prefixes: ['лифт'] },
    { id: 'housing.heating', name: 'Отопление', prefixes: ['отоплен', 'батаре', 'радиатор', 'холодно', 'теплоснабжен'] },
    { id: 'housing.water-supply', name: 'Водоснабжение', prefixes: ['вода$', 'воды$', 'воду$', 'водой$', 'водоснабжен', 'водопровод', 'канализац', 'водоотведен', 'кран$'] },
    { id: 'housing.waste-collection', name: 'Вывоз ТКО', prefixes: ['мусор', 'тко', 'тбо', 'отход', 'регоператор'] },
    { id: 'housing.utility-bills', name: 'Плата за ЖКУ', prefixes: ['квитанц', 'начислен', 'перерасчет', 'оплат', 'тариф', 'платеж'] },
    { id: 'housing.management-companies', name: 'Управляющие организации', prefixes: ['управляющ', 'ук$', 'тсж', 'диспетчер'] },
  ],
  Здравоохранение: [
    { id: 'healthcare.appointments', name: 'Запись на приём', prefixes: ['запис', 'талон', 'регистратур', 'прием'] },
    { id: 'healthcare.medicines', name: 'Лекарственные препараты', prefixes: ['лекарств', 'препарат', 'аптек', 'рецепт', 'инсулин'] },
    { id: 'healthcare.home-visit', name: 'Вызов врача на дом', prefixes: ['вызов', 'вызва', 'на дом', 'скор'] },
    { id: 'healthcare.benefits', name: 'Льготы', prefixes: ['льгот'] },
  ],
  Культура: [
    { id: 'culture.libraries', name: 'Библиотеки', prefixes: ['библиотек', 'книг'] },
    { id: 'culture.museums-theatres', name: 'Музеи и театры', prefixes: ['музе', 'театр', 'спектакл', 'выставк'] },
    { id: 'culture.culture-houses', name: 'Дома культуры', prefixes: ['дк$', 'клуб', 'кружк', 'самодеятельн'] },
    { id: 'culture.heritage', name: 'Объекты культурного наследия', prefixes: ['памятник', 'наслед', 'усадьб', 'храм', 'церк'] },
  ],
  'Лесное хозяйство': [
    { id: 'forestry.felling', name: 'Вырубка леса', prefixes: ['вырубк', 'рубк', 'вырубл', 'лесоруб', 'валк'] },
    { id: 'forestry.forest-fires', name: 'Лесные пожары', prefixes: ['пожар', 'возгоран', 'горит', 'горел', 'дым', 'пал$'] },
    { id: 'forestry.forestry-offices', name: 'Работа лесничеств', prefixes: ['лесничеств', 'лесничи', 'лесхоз'] },
    { id: 'forestry.reforestation', name: 'Лесовосстановление', prefixes: ['посадк', 'саженц', 'лесовосстановлен', 'восстановлен'] },
  ],
  Образование: [
    { id: 'education.meals', name: 'Питание', prefixes: ['питан', 'столов', 'обед', 'завтрак', 'кормят'] },
    { id: 'education.admission', name: 'Поступление', prefixes: ['поступлен', 'зачислен', 'прием в', 'запис'] },
    { id: 'education.e-diary', name: 'Электронный дневник', prefixes: ['дневник', 'электронн'] },
    { id: 'education.illegal-fees', name: 'Незаконные сборы денег', prefixes: ['сбор', 'собира', 'поборы', 'деньг'] },
    { id: 'education.kindergartens', name: 'Детские сады', prefixes: ['садик', 'детсад', 'сад$', 'сада$', 'саду$', 'ясл'] },
  ],
  'Предпринимательство и экономика': [
    { id: 'business.support', name: 'Поддержка бизнеса', prefixes: ['субсид', 'грант', 'предпринимател', 'бизнес', 'поддержк'] },
    { id: 'business.street-trade', name: 'Нестационарная торговля', prefixes: ['ларек', 'ларьк', 'киоск', 'торгу', 'торговл', 'лоток', 'прилавк'] },
    { id: 'business.prices', name: 'Цены на товары', prefixes: ['цен', 'ценник', 'подорожа', 'стоимост'] },
    { id: 'business.consumer-rights', name: 'Защита прав потребителей', prefixes: ['потребител', 'возврат', 'просроч', 'чек', 'продавец'] },
  ],
  'Ремонт дорог': [
    { id: 'roads.potholes', name: 'Ямы и выбоины', prefixes: ['ям', 'выбоин', 'асфальт', 'покрыт', 'провал'] },
    { id: 'roads.markings', name: 'Дорожная разметка', prefixes: ['разметк', 'зебр'] },
    { id: 'roads.signs', name: 'Дорожные знаки', prefixes: ['знак'] },
    { id: 'roads.traffic-lights', name: 'Светофоры', prefixes: ['светофор'] },
    { id: 'roads.sidewalks', name: 'Тротуары', prefixes: ['тротуар'] },
    { id: 'roads.snow', name: 'Уборка снега', prefixes: ['снег', 'налед', 'гололед', 'сугроб', 'реагент'] },
    { id: 'roads.parking', name: 'Парковки', prefixes: ['парков', 'стоянк'] },
    { id: 'roads.lighting', name: 'Освещение дорог', prefixes: ['освещен', 'фонар', 'опор'] },
    { id: 'roads.crossings', name: 'Пешеходные переходы', prefixes: ['переход', 'пешеход'] },
    { id: 'roads.traffic-management', name: 'Организация дорожного движения', prefixes: ['движен', 'пробк', 'лежач', 'неровност', 'поворот', 'развязк'] },
  ],
  'Связь и телевидение': [
    { id: 'telecom.mobile', name: 'Мобильная связь', prefixes: ['сотов', 'мобильн', 'вышк', 'сигнал'] },
    { id: 'telecom.internet', name: 'Интернет', prefixes: ['интернет', 'провайдер', 'wi', 'скорост'] },
    { id: 'telecom.tv', name: 'Телевидение', prefixes: ['телевиден', 'телевизор', 'канал', 'цифров', 'антенн'] },
    { id: 'telecom.post', name: 'Почтовая связь', prefixes: ['почт', 'посылк', 'письм', 'отделени'] },
  ],
  'Сельское хозяйство': [
    { id: 'agriculture.state-support', name: 'Господдержка аграриев', prefixes: ['субсид', 'грант', 'фермер', 'господдержк', 'аграри'] },
    { id: 'agriculture.veterinary', name: 'Ветеринария', prefixes: ['ветеринар', 'скот', 'чум', 'бешенств', 'падеж', 'корм'] },
    { id: 'agriculture.farmland', name: 'Земли сельхозназначения', prefixes: ['поле$', 'поля$', 'полях$', 'пашн', 'сельхозземл', 'земл', 'борщевик', 'зараста'] },
  ],
  'Социальное обслуживание и защита': [
    { id: 'social.payments', name: 'Социальные выплаты и пособия', prefixes: ['выплат', 'пособи', 'компенсац', 'субсид'] },
    { id: 'social.elderly-care', name: 'Социальное обслуживание пожилых', prefixes: ['пожил', 'пенсионер', 'соцработник', 'социальн работник', 'пансионат', 'интернат'] },
    { id: 'social.disability', name: 'Поддержка людей с инвалидностью', prefixes: ['инвалид', 'коляск', 'пандус', 'реабилитац'] },
    { id: 'social.large-families', name: 'Многодетные семьи', prefixes: ['многодетн'] },
  ],
  Строительство: [
    { id: 'construction.unauthorized', name: 'Самовольное строительство', prefixes: ['самовольн', 'незаконн', 'разрешен'] },
    { id: 'construction.shared-construction', name: 'Долевое строительство', prefixes: ['дольщик', 'долев', 'застройщик', 'сдач'] },
    { id: 'construction.resettlement', name: 'Переселение из аварийного жилья', prefixes: ['переселен', 'аварийн', 'расселен', 'ветх'] },
  ],
  Транспорт: [
    { id: 'transport.schedule', name: 'Расписание и интервалы', prefixes: ['расписан', 'интервал', 'ждать', 'ждем', 'не пришел', 'рейс'] },
    { id: 'transport.routes', name: 'Маршруты', prefixes: ['маршрут'] },
    { id: 'transport.bus-stops', name: 'Остановочные павильоны', prefixes: ['остановк', 'павильон'] },
    { id: 'transport.fares', name: 'Оплата проезда', prefixes: ['оплат', 'проезд', 'карта$', 'карты$', 'карту$', 'валидатор', 'стоимост'] },
    { id: 'transport.vehicle-condition', name: 'Состояние транспорта', prefixes: ['салон', 'состоян', 'сломан', 'грязн', 'печк'] },
  ],
  'Физическая культура и спорт': [
    { id: 'sport.facilities', name: 'Спортивные объекты', prefixes: ['бассейн', 'стадион', 'спорткомплекс', 'ледов', 'каток', 'спортзал'] },
    { id: 'sport.sections', name: 'Спортивные секции', prefixes: ['секци', 'тренер', 'тренировк'] },
    { id: 'sport.outdoor-grounds', name: 'Уличные спортивные площадки', prefixes: ['площадк', 'турник', 'тренажер', 'воркаут'] },
  ],
  Экология: [
    { id: 'ecology.illegal-dumps', name: 'Несанкционированные свалки', prefixes: ['свалк', 'мусор', 'отход', 'выброс'] },
    { id: 'ecology.air', name: 'Загрязнение воздуха', prefixes: ['воздух', 'запах', 'вонь', 'дым', 'гарь', 'смог', 'выброс'] },
    { id: 'ecology.water-bodies', name: 'Загрязнение водоемов', prefixes: ['река$', 'реки$', 'реку$', 'речк', 'озер', 'пруд', 'водоем', 'сброс', 'сток'] },
  ],
};

/** The best-matching subcategory of `category` for a message, or undefined when no rule matches. */
export function suggestSubcategory(
  category: string,
  text: string,
  rules: Record<string, SubcategoryRule[]> = DEFAULT_SUBCATEGORY_RULES,
): SubcategorySuggestion | undefined {
  const list = rules[category];
  if (!list || list.length === 0) return undefined;
  const tokens = tokenize(normalizeText(text));
  const joined = ` ${tokens.join(' ')}`;
  let best: SubcategoryRule | undefined;
  let bestScore = 0;
  for (const rule of list) {
    let score = 0;
    for (const prefix of rule.prefixes) {
      if (prefix.includes(' ')) {
        if (joined.includes(` ${prefix}`)) score++;
        continue;
      }
      if (prefix.endsWith('$')) {
        const word = prefix.slice(0, -1);
        for (const t of tokens) if (t === word) score++;
        continue;
      }
      for (const t of tokens) if (t.startsWith(prefix)) score++;
    }
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best ? { id: best.id, name: best.name } : undefined;
}
