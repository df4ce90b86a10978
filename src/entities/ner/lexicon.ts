/**
 * Word lists the NER post-rules (refine.ts) read, written from general knowledge. Keys are lower-case; multi-word
 * names are space-joined token texts. Unlike gazetteer.ts (features the model weighs), these decide outright, so
 * each list holds only words that are nearly always read one way in news.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
const phrases = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s*\|\s*/).map((p) => p.toLowerCase()));

/** Words that head a title before a name ("Secretary", "Governor"): never part of the name itself. */
export const TITLE_HEADS = set(`
secretary minister president governor senator congressman congresswoman representative mayor chancellor premier
chief chairman chairwoman chair ambassador envoy spokesman spokeswoman spokesperson commissioner commander general
admiral colonel lieutenant sergeant captain inspector superintendent attorney-general prosecutor judge justice
director king queen prince princess pope cardinal archbishop bishop rabbi imam sheikh emir sultan ayatollah
speaker leader officer executive president-elect treasurer undersecretary under-secretary
`);

/** Words that may come before or between title heads ("Deputy", "Foreign", "Prime"). */
export const TITLE_MODIFIERS = set(`
deputy vice acting former interim prime foreign defence defense interior finance home health justice trade
economy economic education energy transport transportation agriculture labour labor environment culture
secretary-general general state federal national regional senior junior first lord lady supreme grand executive
operating financial technology army navy military police fire news press
us u.s. uk u.k. eu un
`);

/** What follows "of" in a title ("Secretary of State", "Minister of Defence"). */
export const DEPARTMENTS = set(`
state defence defense justice health finance interior foreign affairs homeland security education energy
agriculture commerce labor labour transport transportation treasury housing veterans war trade the navy army
staff economy environment culture home
`);

/** Verbs of speech that follow a person's name ("Okafor said …"). */
export const SPEECH_VERBS = set(`
said says told tells added adds wrote writes announced announces insisted insists argued argues warned warns
stated states claimed claims denied denies replied replies explained explains noted notes asked asks
confirmed confirms acknowledged acknowledges recalled recalls tweeted posted testified declared
`);

/** Capitalised words that open sentences as common subjects, never a person on their own. */
export const COMMON_SUBJECTS = set(`
police officials authorities witnesses residents analysts experts critics sources investigators doctors
officers soldiers troops prosecutors lawyers reporters researchers scientists activists protesters
observers diplomats medics rescuers firefighters teachers students workers voters leaders ministers
spokesman spokeswoman spokesperson everyone someone nobody others many some both neither president minister
paper newspaper report study statement court government ministry agency company firm bank party army police
military council committee parliament officer official source witness survey poll data figures documents
`);

/** Names standing for a government or an institution ("the Kremlin said …"): organisations. */
export const METONYM_ORGS = phrases(`
Kremlin | White House | Downing Street | Pentagon | Elysee | Élysée | Elysee Palace | Élysée Palace | Whitehall |
Blue House | Zhongnanhai | Quai d'Orsay | Foggy Bottom | Number 10 | No 10 | Capitol Hill | Langley | Westminster |
Oval Office
`);

/** Social platforms and messaging services: organisations. ("X" is only read so in context, see refine.ts.) */
export const PLATFORMS = phrases(`
Telegram | Twitter | Facebook | Instagram | TikTok | YouTube | WhatsApp | Reddit | Weibo | WeChat | Snapchat |
LinkedIn | Bluesky | Truth Social | Threads | Signal | Viber | Discord | Twitch | Rumble | Gab | Parler | Mastodon |
VKontakte | Douyin | Substack | Spotify
`);

/** News outlets and agencies whose names do not follow the outlet patterns below: organisations. */
export const OUTLETS = phrases(`
Al Jazeera | Al Arabiya | Reuters | Associated Press | AP | AFP | Agence France-Presse | BBC | CNN | NPR | PBS | ABC |
NBC | CBS | MSNBC | Fox News | Sky News | Bloomberg | Politico | Axios | Euronews | Deutsche Welle | DW | RT | TASS |
Interfax | RIA Novosti | Xinhua | Yonhap | Kyodo | Anadolu | Haaretz | Le Monde | Der Spiegel | Spiegel | El País |
El Pais | Corriere della Sera | La Repubblica | Kommersant | Vedomosti | Meduza | Ukrainska Pravda | Kyiv Independent |
Frankfurter Allgemeine | Süddeutsche Zeitung | Die Zeit | Bild | Asahi | Yomiuri | Dawn | Al-Ahram |
Reuters News | ProPublica | Semafor | Vox | Vice | BuzzFeed | HuffPost | Mediapart | Le Figaro | Libération |
Channel 4 | ITV | France 24 | NHK | CGTN | CCTV | Global Times
`);

/** Last words of newspaper and broadcaster names ("Harbour Ledger", "Morning Herald"). */
export const OUTLET_ENDS = set(`
ledger times post review courier herald gazette tribune journal news chronicle observer telegraph dispatch bulletin
examiner inquirer monitor guardian independent economist mail express standard mirror star sun record register
sentinel argus advertiser enquirer clarion recorder courant pravda izvestia zeitung allgemeine
`);
/** Of OUTLET_ENDS, those that also end many other names: they count only after a second name word, not alone. */
export const OUTLET_ENDS_WEAK = set('review news post record register standard star sun express mail monitor independent');

/** First words of broadcaster and newspaper names ("Radio Sarn", "Daily Meridian"). */
export const OUTLET_STARTS = set('radio daily tv television channel evening sunday weekly morning');

/** Words that, after "the" and capitalised mid-sentence, name a newspaper on their own ("the Courier"). */
export const OUTLET_ALONE = set(`
courier herald gazette tribune journal ledger chronicle observer telegraph guardian times economist examiner
inquirer sentinel
`);

/** "X-based", "X-born": X is a place. */
export const PLACE_SUFFIX_WORDS = set('based born headquartered registered');

/** Makers whose numbered models are products ("Boeing 737", "Airbus A380"). */
export const MAKERS = set(`
boeing airbus embraer bombardier cessna lockheed sukhoi tupolev ilyushin antonov mig iphone ipad ipod imac
galaxy pixel xbox playstation windows android ios macos tesla model audi bmw porsche volvo peugeot renault
fiat toyota honda nissan lada
`);
