/**
 * Demonyms → the country (or body) they belong to, by key. Used to read "the Ukrainian president" as a role of
 * Ukraine's president; never used to merge a demonym into a country entity.
 */
import { nameKey } from './name-key.ts';
import { memo } from './memo.ts';

const PAIRS: readonly [string, string][] = [
  ['Ukrainian', 'Ukraine'], ['Russian', 'Russia'], ['American', 'United States'], ['US', 'United States'],
  ['U.S.', 'United States'], ['British', 'United Kingdom'], ['UK', 'United Kingdom'], ['English', 'England'],
  ['French', 'France'], ['German', 'Germany'], ['Italian', 'Italy'], ['Spanish', 'Spain'], ['Polish', 'Poland'],
  ['Turkish', 'Türkiye'], ['Chinese', 'China'], ['Japanese', 'Japan'], ['Korean', 'Korea'],
  ['North Korean', 'North Korea'], ['South Korean', 'South Korea'], ['Indian', 'India'], ['Pakistani', 'Pakistan'],
  ['Iranian', 'Iran'], ['Iraqi', 'Iraq'], ['Syrian', 'Syria'], ['Israeli', 'Israel'], ['Palestinian', 'Palestine'],
  ['Egyptian', 'Egypt'], ['Saudi', 'Saudi Arabia'], ['Qatari', 'Qatar'], ['Emirati', 'United Arab Emirates'],
  ['Lebanese', 'Lebanon'], ['Jordanian', 'Jordan'], ['Afghan', 'Afghanistan'], ['Belarusian', 'Belarus'],
  ['Georgian', 'Georgia'], ['Armenian', 'Armenia'], ['Azerbaijani', 'Azerbaijan'], ['Kazakh', 'Kazakhstan'],
  ['Moldovan', 'Moldova'], ['Romanian', 'Romania'], ['Hungarian', 'Hungary'], ['Czech', 'Czechia'],
  ['Slovak', 'Slovakia'], ['Austrian', 'Austria'], ['Swiss', 'Switzerland'], ['Dutch', 'Netherlands'],
  ['Belgian', 'Belgium'], ['Swedish', 'Sweden'], ['Norwegian', 'Norway'], ['Danish', 'Denmark'],
  ['Finnish', 'Finland'], ['Estonian', 'Estonia'], ['Latvian', 'Latvia'], ['Lithuanian', 'Lithuania'],
  ['Greek', 'Greece'], ['Portuguese', 'Portugal'], ['Irish', 'Ireland'], ['Scottish', 'Scotland'],
  ['Welsh', 'Wales'], ['Canadian', 'Canada'], ['Mexican', 'Mexico'], ['Brazilian', 'Brazil'],
  ['Argentine', 'Argentina'], ['Argentinian', 'Argentina'], ['Venezuelan', 'Venezuela'], ['Colombian', 'Colombia'],
  ['Chilean', 'Chile'], ['Peruvian', 'Peru'], ['Cuban', 'Cuba'], ['Australian', 'Australia'],
  ['New Zealand', 'New Zealand'], ['Indonesian', 'Indonesia'], ['Malaysian', 'Malaysia'], ['Thai', 'Thailand'],
  ['Vietnamese', 'Vietnam'], ['Filipino', 'Philippines'], ['Philippine', 'Philippines'], ['Singaporean', 'Singapore'],
  ['Taiwanese', 'Taiwan'], ['Nigerian', 'Nigeria'], ['Kenyan', 'Kenya'], ['Ethiopian', 'Ethiopia'],
  ['South African', 'South Africa'], ['Sudanese', 'Sudan'], ['Libyan', 'Libya'], ['Tunisian', 'Tunisia'],
  ['Algerian', 'Algeria'], ['Moroccan', 'Morocco'], ['Serbian', 'Serbia'], ['Croatian', 'Croatia'],
  ['Bosnian', 'Bosnia'], ['Bulgarian', 'Bulgaria'], ['Slovenian', 'Slovenia'], ['Albanian', 'Albania'],
  ['European', 'European Union'], ['Yemeni', 'Yemen'], ['Omani', 'Oman'], ['Kuwaiti', 'Kuwait'],
  ['Bangladeshi', 'Bangladesh'], ['Sri Lankan', 'Sri Lanka'], ['Nepali', 'Nepal'], ['Burmese', 'Myanmar'],
];

/** Demonym key → country key. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(PAIRS.map(([d, c]) => [nameKey(d), nameKey(c)]));

/** The country key a demonym or country name stands for ("Ukrainian" and "Ukraine" → "ukraine"), else null. */
export const countryOf = memo((word: string): string | null => DEMONYMS.get(nameKey(word)) ?? null);

/** Country keys, as the demonyms map to them. */
const COUNTRIES: ReadonlySet<string> = new Set(DEMONYMS.values());

/**
 * A role key that starts with a demonym or a country (possessive or not): "danish defence minister" →
 * { country: "denmark", rest: "defence minister" }; null when it does not, or nothing would be left.
 */
export function countryQualifier(key: string): { country: string; rest: string } | null {
  const words = key.split(' ');
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const head = words.slice(0, n).join(' ').replace(/'s$/, '');
    const k = nameKey(head);
    const country = DEMONYMS.get(k) ?? (COUNTRIES.has(k) ? k : null);
    if (country) return { country, rest: words.slice(n).join(' ') };
  }
  return null;
}

/** The country key of a demonym or of a country's own name ("Ukrainian", "Ukraine" → "ukraine"), else null. */
export const countryOrDemonym = memo((word: string): string | null => {
  const k = nameKey(word);
  return DEMONYMS.get(k) ?? (COUNTRIES.has(k) ? k : null);
});
