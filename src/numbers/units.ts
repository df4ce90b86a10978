/** Units of measure and currencies, written forms → one normal name. */

const MEASURES: Readonly<Record<string, string>> = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'mile', miles: 'mile', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne',
  foot: 'ft', feet: 'ft', acre: 'acre', acres: 'acre', hectare: 'hectare', hectares: 'hectare',
  litre: 'litre', litres: 'litre', liter: 'litre', liters: 'litre', barrel: 'barrel', barrels: 'barrel',
  mph: 'mph', degree: 'degree', degrees: 'degree',
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade',
};

const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: '$', dollars: '$', euro: '€', euros: '€', pound: '£', pounds: '£', rouble: 'RUB', roubles: 'RUB',
  ruble: 'RUB', rubles: 'RUB', yen: '¥', yuan: 'CNY', rupees: 'INR', hryvnias: 'UAH',
};

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: '$', 'us$': '$', '€': '€', '£': '£', '¥': '¥' };

/** Nouns that count people: their quantities get the unit "people". */
const PEOPLE = new Set([
  'people', 'persons', 'person', 'civilians', 'civilian', 'soldiers', 'soldier', 'troops', 'residents', 'children',
  'workers', 'journalists', 'refugees', 'migrants', 'protesters', 'students', 'patients', 'victims', 'passengers',
  'prisoners', 'hostages', 'voters', 'members', 'employees', 'officers', 'fighters', 'women', 'men', 'adults',
  'casualties', 'dead', 'injured', 'wounded', 'delegates', 'staff', 'inhabitants', 'citizens', 'teachers', 'volunteers', 'miners', 'farmers', 'nurses', 'doctors',
  'police', 'policemen', 'demonstrators', 'strikers', 'troops', 'pilgrims', 'tourists', 'survivors', 'evacuees',
]);

export const measureUnit = (word: string): string | null => MEASURES[word.toLowerCase()] ?? null;
export const currencyWord = (word: string): string | null => CURRENCY_WORDS[word.toLowerCase()] ?? null;
export const currencySign = (word: string): string | null => CURRENCY_SIGNS[word.toLowerCase()] ?? null;
export function countsPeople(noun: string): boolean {
  const lower = noun.toLowerCase();
  const space = lower.lastIndexOf(' ');
  return PEOPLE.has(space < 0 ? lower : lower.slice(space + 1));
}
