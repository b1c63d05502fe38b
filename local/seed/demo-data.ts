import type { Category, DemoUser, Organization, Region, RoutingRule, Territory } from '#lib/domain/types.ts';
import { DEFAULT_DEADLINE_RULE } from '#lib/domain/types.ts';

type SubcategorySeed = [slug: string, name: string];

function category(id: string, name: string, subcategories: SubcategorySeed[]): Category {
  return {
    id,
    name,
    subcategories: subcategories.map(([slug, subName]) => ({ id: `${id}.${slug}`, name: subName })),
    deadline: { ...DEFAULT_DEADLINE_RULE },
  };
}

/** Order and names follow the ПОС rubricator (CATEGORY_NAMES). */
export const demoCategories: Category[] = [
  category('improvement', 'Благоустройство', [
    ['playgrounds', 'Детские площадки'],
    ['greenery', 'Зелёные насаждения'],
    ['waste-sites', 'Контейнерные площадки'],
    ['parks', 'Парки и скверы'],
    ['courtyards', 'Дворовая территория'],
    ['courtyard-potholes', 'Ямы во дворе'],
    ['outdoor-lighting', 'Наружное освещение'],
    ['stray-animals', 'Безнадзорные животные'],
  ]),
  category('housing', 'ЖКХ', [
    ['major-repairs', 'Капремонт'],
    ['roof', 'Кровля'],
    ['elevator', 'Лифт'],
    ['heating', 'Отопление'],
    ['water-supply', 'Водоснабжение'],
    ['management-companies', 'Управляющие организации'],
    ['waste-collection', 'Вывоз ТКО'],
    ['utility-bills', 'Плата за ЖКУ'],
  ]),
  category('healthcare', 'Здравоохранение', [
    ['appointments', 'Запись на приём'],
    ['medicines', 'Лекарственные препараты'],
    ['home-visit', 'Вызов врача на дом'],
    ['benefits', 'Льготы'],
  ]),
  category('culture', 'Культура', [
    ['libraries', 'Библиотеки'],
    ['museums-theatres', 'Музеи и театры'],
    ['culture-houses', 'Дома культуры'],
    ['heritage', 'Объекты культурного наследия'],
  ]),
  category('forestry', 'Лесное хозяйство', [
    ['felling', 'Вырубка леса'],
    ['forest-fires', 'Лесные пожары'],
    ['forestry-offices', 'Работа лесничеств'],
    ['reforestation', 'Лесовосстановление'],
  ]),
  category('education', 'Образование', [
    ['meals', 'Питание'],
    ['admission', 'Поступление'],
    ['e-diary', 'Электронный дневник'],
    ['illegal-fees', 'Незаконные сборы денег'],
    ['kindergartens', 'Детские сады'],
  ]),
  category('business', 'Предпринимательство и экономика', [
    ['support', 'Поддержка бизнеса'],
    ['street-trade', 'Нестационарная торговля'],
    ['prices', 'Цены на товары'],
    ['consumer-rights', 'Защита прав потребителей'],
  ]),
  category('roads', 'Ремонт дорог', [
    ['potholes', 'Ямы и выбоины'],
    ['markings', 'Дорожная разметка'],
    ['signs', 'Дорожные знаки'],
    ['traffic-lights', 'Светофоры'],
    ['sidewalks', 'Тротуары'],
    ['snow', 'Уборка снега'],
    ['parking', 'Парковки'],
    ['lighting', 'Освещение дорог'],
    ['crossings', 'Пешеходные переходы'],
    ['traffic-management', 'Организация дорожного движения'],
  ]),
  category('telecom', 'Связь и телевидение', [
    ['mobile', 'Мобильная связь'],
    ['internet', 'Интернет'],
    ['tv', 'Телевидение'],
    ['post', 'Почтовая связь'],
  ]),
  category('agriculture', 'Сельское хозяйство', [
    ['state-support', 'Господдержка аграриев'],
    ['veterinary', 'Ветеринария'],
    ['farmland', 'Земли сельхозназначения'],
  ]),
  category('social', 'Социальное обслуживание и защита', [
    ['payments', 'Социальные выплаты и пособия'],
    ['elderly-care', 'Социальное обслуживание пожилых'],
    ['disability', 'Поддержка людей с инвалидностью'],
    ['large-families', 'Многодетные семьи'],
  ]),
  category('construction', 'Строительство', [
    ['unauthorized', 'Самовольное строительство'],
    ['shared-construction', 'Долевое строительство'],
    ['resettlement', 'Переселение из аварийного жилья'],
  ]),
  category('transport', 'Транспорт', [
    ['schedule', 'Расписание и интервалы'],
    ['routes', 'Маршруты'],
    ['bus-stops', 'Остановочные павильоны'],
    ['fares', 'Оплата проезда'],
    ['vehicle-condition', 'Состояние транспорта'],
  ]),
  category('sport', 'Физическая культура и спорт', [
    ['facilities', 'Спортивные объекты'],
    ['sections', 'Спортивные секции'],
    ['outdoor-grounds', 'Уличные спортивные площадки'],
  ]),
  category('ecology', 'Экология', [
    ['illegal-dumps', 'Несанкционированные свалки'],
    ['air', 'Загрязнение воздуха'],
    ['water-bodies', 'Загрязнение водоёмов'],
  ]),
];

export const demoRegions: Region[] = [
  { code: '38', name: 'Курская область', timeZone: 'Europe/Moscow', coordinatorOrganizationId: 'cur-38' },
  { code: '50', name: 'Новосибирская область', timeZone: 'Asia/Novosibirsk', coordinatorOrganizationId: 'cur-50' },
];

/** ОКТМО (ОК 033-2013) codes of municipalities; 8-digit municipality level. */
export const demoTerritories: Territory[] = [
  { oktmo: '38701000', name: 'город Курск', regionCode: '38', timeZone: 'Europe/Moscow' },
  { oktmo: '38705000', name: 'город Железногорск', regionCode: '38', timeZone: 'Europe/Moscow' },
  { oktmo: '38708000', name: 'город Курчатов', regionCode: '38', timeZone: 'Europe/Moscow' },
  { oktmo: '38620000', name: 'Курский район', regionCode: '38', timeZone: 'Europe/Moscow' },
  { oktmo: '38621000', name: 'Курчатовский район', regionCode: '38', timeZone: 'Europe/Moscow' },
  { oktmo: '50701000', name: 'город Новосибирск', regionCode: '50', timeZone: 'Asia/Novosibirsk' },
  { oktmo: '50708000', name: 'город Бердск', regionCode: '50', timeZone: 'Asia/Novosibirsk' },
  { oktmo: '50615000', name: 'Искитимский район', regionCode: '50', timeZone: 'Asia/Novosibirsk' },
  { oktmo: '50642000', name: 'Ордынский район', regionCode: '50', timeZone: 'Asia/Novosibirsk' },
];

const REGION_DOMAINS: Record<string, string> = { '38': 'kursk-oblast.example.ru', '50': 'nso.example.ru' };

/** Regional ministry slugs and the categories each one answers for region-wide. */
const MINISTRIES: { slug: string; name: (region: string) => string; categories: string[] }[] = [
  { slug: 'housing', name: (r) => `Министерство ЖКХ ${r}`, categories: ['housing'] },
  { slug: 'health', name: (r) => `Министерство здравоохранения ${r}`, categories: ['healthcare'] },
  { slug: 'education', name: (r) => `Министерство образования ${r}`, categories: ['education'] },
  { slug: 'transport', name: (r) => `Министерство транспорта и автомобильных дорог ${r}`, categories: ['roads', 'transport'] },
  { slug: 'ecology', name: (r) => `Министерство природных ресурсов и экологии ${r}`, categories: ['ecology'] },
  { slug: 'forestry', name: (r) => `Департамент лесного хозяйства ${r}`, categories: ['forestry'] },
  { slug: 'agriculture', name: (r) => `Министерство сельского хозяйства ${r}`, categories: ['agriculture'] },
  { slug: 'social', name: (r) => `Министерство социальной защиты ${r}`, categories: ['social'] },
  { slug: 'culture', name: (r) => `Министерство культуры ${r}`, categories: ['culture'] },
  { slug: 'sport', name: (r) => `Министерство физической культуры и спорта ${r}`, categories: ['sport'] },
  { slug: 'economy', name: (r) => `Министерство экономического развития ${r}`, categories: ['business'] },
  { slug: 'construction', name: (r) => `Министерство строительства ${r}`, categories: ['construction'] },
];

const REGION_GENITIVE: Record<string, string> = { '38': 'Курской области', '50': 'Новосибирской области' };

const ministries: Organization[] = demoRegions.flatMap((region) =>
  MINISTRIES.map((m) => ({
    id: `min-${m.slug}-${region.code}`,
    name: m.name(REGION_GENITIVE[region.code] ?? region.name),
    kind: 'regional_ministry' as const,
    regionCode: region.code,
    email: `${m.slug}@${REGION_DOMAINS[region.code]}`,
  })),
);

/** Municipal administrations, keyed by the ids used in rules and users. */
const ADMINISTRATIONS: { id: string; name: string; oktmo: string; regionCode: string; domain: string }[] = [
  { id: 'adm-kursk-city', name: 'Администрация города Курска', oktmo: '38701000', regionCode: '38', domain: 'kursk.example.ru' },
  { id: 'adm-zheleznogorsk-city', name: 'Администрация города Железногорска', oktmo: '38705000', regionCode: '38', domain: 'zheleznogorsk.example.ru' },
  { id: 'adm-kurchatov-city', name: 'Администрация города Курчатова', oktmo: '38708000', regionCode: '38', domain: 'kurchatov.example.ru' },
  { id: 'adm-kursk-district', name: 'Администрация Курского района', oktmo: '38620000', regionCode: '38', domain: 'kursk-rayon.example.ru' },
  { id: 'adm-kurchatov-district', name: 'Администрация Курчатовского района', oktmo: '38621000', regionCode: '38', domain: 'kurchatov-rayon.example.ru' },
  { id: 'adm-novosibirsk-city', name: 'Мэрия города Новосибирска', oktmo: '50701000', regionCode: '50', domain: 'novosibirsk.example.ru' },
  { id: 'adm-berdsk-city', name: 'Администрация города Бердска', oktmo: '50708000', regionCode: '50', domain: 'berdsk.example.ru' },
  { id: 'adm-iskitim-district', name: 'Администрация Искитимского района', oktmo: '50615000', regionCode: '50', domain: 'iskitim-rayon.example.ru' },
  { id: 'adm-ordynsk-district', name: 'Администрация Ордынского района', oktmo: '50642000', regionCode: '50', domain: 'ordynsk-rayon.example.ru' },
];

export const demoOrganizations: Organization[] = [
  { id: 'cur-38', name: 'Центр управления регионом Курской области', kind: 'coordinator', regionCode: '38', email: 'cur@kursk-oblast.example.ru' },
  { id: 'cur-50', name: 'Центр управления регионом Новосибирской области', kind: 'coordinator', regionCode: '50', email: 'cur@nso.example.ru' },
  ...ministries,
  { id: 'min-digital-38', name: 'Министерство цифрового развития и связи Курской области', kind: 'regional_ministry', regionCode: '38', email: 'digital@kursk-oblast.example.ru' },
  { id: 'fkr-38', name: 'Фонд капитального ремонта Курской области', kind: 'other', regionCode: '38', email: 'fkr@kursk-oblast.example.ru' },
  { id: 'fkr-50', name: 'Фонд капитального ремонта Новосибирской области', kind: 'other', regionCode: '50', email: 'fkr@nso.example.ru' },
  ...ADMINISTRATIONS.map(({ id, name, oktmo, regionCode, domain }) => ({
    id,
    name,
    kind: 'municipal_administration' as const,
    regionCode,
    oktmo,
    email: `priemnaya@${domain}`,
  })),
];

const inRegion = (regionCode: string) => ({ kind: 'region' as const, regionCode });
const inMunicipality = (oktmo: string) => ({ kind: 'municipality' as const, oktmo });

const regionWideRules: RoutingRule[] = demoRegions.flatMap((region) =>
  MINISTRIES.flatMap((m) =>
    m.categories.map((categoryId) => ({
      categoryId,
      scope: inRegion(region.code),
      organizationId: `min-${m.slug}-${region.code}`,
    })),
  ),
);

/**
 * Deliberately unruled, so they reach the ЦУР: Связь и телевидение in region 50, and Благоустройство in
 * Курчатовский, Искитимский and Ордынский районы.
 */
export const demoRoutingRules: RoutingRule[] = [
  ...regionWideRules,
  { categoryId: 'telecom', scope: inRegion('38'), organizationId: 'min-digital-38' },
  { categoryId: 'housing', subcategoryId: 'housing.major-repairs', scope: inRegion('38'), organizationId: 'fkr-38' },
  { categoryId: 'housing', subcategoryId: 'housing.major-repairs', scope: inRegion('50'), organizationId: 'fkr-50' },
  { categoryId: 'improvement', scope: inMunicipality('38701000'), organizationId: 'adm-kursk-city' },
  { categoryId: 'improvement', scope: inMunicipality('38705000'), organizationId: 'adm-zheleznogorsk-city' },
  { categoryId: 'improvement', scope: inMunicipality('38708000'), organizationId: 'adm-kurchatov-city' },
  { categoryId: 'improvement', scope: inMunicipality('38620000'), organizationId: 'adm-kursk-district' },
  { categoryId: 'improvement', scope: inMunicipality('50701000'), organizationId: 'adm-novosibirsk-city' },
  { categoryId: 'improvement', scope: inMunicipality('50708000'), organizationId: 'adm-berdsk-city' },
  { categoryId: 'roads', scope: inMunicipality('38701000'), organizationId: 'adm-kursk-city' },
  { categoryId: 'roads', scope: inMunicipality('38705000'), organizationId: 'adm-zheleznogorsk-city' },
  { categoryId: 'roads', scope: inMunicipality('50701000'), organizationId: 'adm-novosibirsk-city' },
  { categoryId: 'roads', scope: inMunicipality('50708000'), organizationId: 'adm-berdsk-city' },
  { categoryId: 'housing', subcategoryId: 'housing.management-companies', scope: inMunicipality('38701000'), organizationId: 'adm-kursk-city' },
  { categoryId: 'housing', subcategoryId: 'housing.heating', scope: inMunicipality('38708000'), organizationId: 'adm-kurchatov-city' },
  { categoryId: 'housing', subcategoryId: 'housing.management-companies', scope: inMunicipality('50701000'), organizationId: 'adm-novosibirsk-city' },
  { categoryId: 'transport', subcategoryId: 'transport.bus-stops', scope: inMunicipality('38701000'), organizationId: 'adm-kursk-city' },
];

const staff = (id: string, role: DemoUser['role'], name: string, organizationId: string, regionCode: string): DemoUser => ({
  id,
  role,
  name,
  email: `${id}@example.ru`,
  organizationId,
  regionCode,
});

export const demoUsers: DemoUser[] = [
  { id: 'citizen-1', role: 'citizen', name: 'Анна Смирнова', email: 'citizen-1@example.ru', regionCode: '38' },
  { id: 'citizen-2', role: 'citizen', name: 'Пётр Кузнецов', email: 'citizen-2@example.ru', regionCode: '38' },
  { id: 'citizen-3', role: 'citizen', name: 'Ольга Попова', email: 'citizen-3@example.ru', regionCode: '50' },
  staff('official-kursk-city', 'official', 'Игорь Волков', 'adm-kursk-city', '38'),
  staff('org-admin-kursk-city', 'org_admin', 'Марина Соколова', 'adm-kursk-city', '38'),
  staff('official-min-health-38', 'official', 'Елена Морозова', 'min-health-38', '38'),
  staff('org-admin-min-health-38', 'org_admin', 'Сергей Лебедев', 'min-health-38', '38'),
  staff('official-novosibirsk-city', 'official', 'Дмитрий Новиков', 'adm-novosibirsk-city', '50'),
  staff('org-admin-novosibirsk-city', 'org_admin', 'Татьяна Фёдорова', 'adm-novosibirsk-city', '50'),
  staff('coordinator-38', 'coordinator', 'Алексей Егоров', 'cur-38', '38'),
  staff('coordinator-50', 'coordinator', 'Наталья Козлова', 'cur-50', '50'),
  { id: 'moderator-1', role: 'moderator', name: 'Виктор Павлов', email: 'moderator-1@example.ru' },
  { id: 'analyst-1', role: 'analyst', name: 'Ирина Семёнова', email: 'analyst-1@example.ru' },
  { id: 'platform-admin-1', role: 'platform_admin', name: 'Андрей Голубев', email: 'platform-admin-1@example.ru' },
];
