// Ordinary words for making each test message's text its own: the pipeline holds near-identical texts from one
// citizen as repeats, as it should, so tests that expect routing must not send similar texts twice.
const WORDS = `подъезд остановка светофор тротуар газон скамейка фонарь забор крыльцо парковка переход бордюр люк канава
арка площадка клумба урна киоск ограждение вечером утром вчера неделю месяц зимой весной летом осенью ночью соседи
пенсионеры школьники водители пешеходы жильцы мамы дворник курьеры гости автобус трамвай маршрутка велосипед коляска
самокат грузовик такси эвакуатор снегоуборщик лужа наледь сугроб листва ветки мусор пакеты бутылки окурки стекло
шлагбаум ворота калитка домофон лифт лестница перила почтовые ящики подвал чердак крыша водосток балкон козырёк
витрина вывеска реклама баннер столб провод кабель колодец труба насос котельная теплотрасса гараж сарай пустырь
стадион каток горка качели песочница фонтан памятник сквер аллея набережная мост тоннель развязка обочина кювет`
  .split(/\s+/)
  .filter(Boolean);

/** Fifteen different ordinary words in random order: texts built with it share little with one another. */
export const uniqueDetail = (random: () => number = Math.random): string => {
  const pool = [...WORDS];
  return Array.from({ length: 15 }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]).join(' ');
};
