/**
 * Small lists that fix the type of a name whatever the tagger said, and names that contain "and" as one unit.
 * Keys are lower case, words separated by single spaces.
 */

/** Buildings and streets that stand for the body working there: "the Kremlin said". */
export const METONYMS: ReadonlySet<string> = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'number 10', 'no 10', 'elysee', 'elysee palace',
  'quai d\'orsay', 'whitehall', 'foggy bottom', 'capitol hill', 'zhongnanhai', 'blue house', 'bankova', 'vatican',
  'holy see', 'westminster', 'bundestag', 'knesset', 'duma', 'state duma', 'kremlin palace', 'white hall',
  'chancellery', 'quirinale', 'palazzo chigi', 'la moncloa', 'moncloa', 'casa rosada', 'planalto', 'los pinos',
  'kasumigaseki', 'scotland yard',
]);

/** Online platforms and messaging services: organisations, never places. */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'telegram', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'whatsapp', 'truth social', 'weibo', 'wechat',
  'reddit', 'linkedin', 'threads', 'bluesky', 'snapchat', 'viber', 'vkontakte', 'signal', 'discord', 'twitch',
  'mastodon', 'rumble', 'parler', 'odnoklassniki', 'douyin', 'kakaotalk', 'pinterest', 'tumblr',
]);

/** Names with "and" inside that are one name: countries, territories and firms. */
export const JOINT_NAMES: ReadonlySet<string> = new Set([
  'bosnia and herzegovina', 'trinidad and tobago', 'antigua and barbuda', 'saint kitts and nevis',
  'st kitts and nevis', 'sao tome and principe', 'turks and caicos', 'turks and caicos islands',
  'heard and mcdonald islands', 'wallis and futuna', 'saint pierre and miquelon', 'svalbard and jan mayen',
  'procter and gamble', 'johnson and johnson', 'marks and spencer', 'barnes and noble', 'ernst and young',
  'simon and schuster', 'black and decker', 'dolce and gabbana', 'lord and taylor', 'bang and olufsen',
  'tate and lyle', 'fortnum and mason', 'crosse and blackwell', 'abercrombie and fitch', 'bausch and lomb',
  'sodom and gomorrah', 'kabardino and balkaria',
]);

/** Lower-case nouns before a one-word name that make it a place: "the river Sarn", "Mount Elbrus". */
export const PLACE_BEFORE: ReadonlySet<string> = new Set(['river', 'lake', 'mount', 'village', 'town', 'city', 'port', 'island', 'province', 'region', 'county', 'district', 'valley', 'bay', 'gulf', 'sea', 'cape', 'strait']);

/**
 * Capitalised last words that make a name of two or more words a built place (a facility): "Lower Sarn Dam", "Orly
 * Airport", "Harbour Street". Buildings that stand for a body ("Downing Street") are listed as metonyms and stay bodies.
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(['dam', 'bridge', 'airport', 'airfield', 'tunnel', 'canal', 'reservoir', 'harbour', 'harbor', 'pier', 'square', 'street', 'avenue', 'boulevard', 'road', 'highway', 'motorway', 'expressway', 'railway', 'stadium', 'crossing', 'checkpoint', 'embankment', 'lighthouse', 'dyke', 'dike', 'levee', 'weir']);

/** Lower-case nouns after a name that make it a place: "the Dravan region", "the Sarn valley". */
export const PLACE_AFTER: ReadonlySet<string> = new Set(['region', 'valley', 'river', 'province', 'district', 'county', 'basin', 'peninsula', 'oblast', 'governorate', 'delta', 'plain', 'plateau', 'coast', 'highlands', 'lowlands', 'estuary']);
