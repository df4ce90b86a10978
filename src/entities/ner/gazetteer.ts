/**
 * Word lists the tagger reads as features (never as answers): each word maps to a bit mask of classes. Written from
 * general knowledge, plus country names and capitals from the countries-list package.
 */
import { countries } from 'countries-list';

export const GAZ_FIRST = 1;
export const GAZ_PLACE = 2;
export const GAZ_PLACE_PART = 4;
export const GAZ_ORG_END = 8;
export const GAZ_TITLE = 16;
export const GAZ_DEMONYM = 32;
export const GAZ_TIME = 64;
export const GAZ_STOP = 128;
export const GAZ_ORG = 256;
export const GAZ_CONNECTOR = 512;
export const GAZ_SURNAME = 1024;

const FIRST_NAMES = `
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger
noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willy gabriel
logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mary patricia jennifer
linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna
michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela
helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea
hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy
grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
alexis kayla hans klaus juergen jurgen helmut gerhard wolfgang dieter manfred werner uwe angela franz karl heinz
friedrich pierre jean jacques francois michel alain philippe claude bernard nicolas emmanuel marine laurent
giuseppe giovanni luigi mario marco paolo francesco antonio alessandro matteo silvio romano carlos luis miguel
javier manuel pedro jorge fernando ricardo alejandro pablo diego sergio rafael andres vladimir sergei sergey dmitry
dmitri alexei alexey ivan mikhail boris igor nikolai yuri viktor oleg andrei volodymyr petro yulia olena ahmed
mohammed mohamed muhammad ali hassan hussein omar abdul abdullah khalid ibrahim yusuf mustafa mahmoud recep
benjamin yitzhak shimon ariel ehud naftali yair li wang zhang liu chen xi hu deng jiang kim park lee shinzo
yoshihiko junichiro narendra rahul sonia indira rajiv imran nawaz benazir jair luiz dilma lula nelson jacob thabo
cyril kofi olusegun goodluck muhammadu uhuru robert emmerson boris theresa gordon tony margaret keir rishi liz
david nick nigel jeremy ed ed kamala hillary bill barack joe ron nancy chuck mitch bernie elizabeth pete marco ted
rand mike kevin lindsey volodymyr emmanuel olaf ursula jens antonio kofi ban ban-ki-moon
`;

const SURNAMES = `
smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson thompson white
harris clark lewis robinson walker young allen king wright scott hill green adams baker nelson carter mitchell
roberts turner phillips campbell parker evans edwards collins stewart morris murphy cook rogers morgan cooper
peterson reed bailey bell kelly howard ward cox richardson wood watson brooks bennett gray hughes price sanders
myers long ross foster powell jenkins perry russell sullivan fisher henderson coleman patterson hamilton graham
muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein wolf
schroeder neumann schwarz zimmermann braun hofmann hartmann lange werner krause lehmann kohl dubois durand
lefebvre leroy moreau simon laurent michel garcia martinez rodriguez lopez gonzalez hernandez perez sanchez
ramirez torres flores rivera gomez diaz cruz morales ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo
jimenez romero herrera medina aguilar vargas castro rossi russo ferrari esposito bianchi romano colombo ricci
marino greco bruno gallo conti costa silva santos oliveira souza pereira ferreira almeida carvalho ivanov
smirnov kuznetsov popov petrov sokolov volkov kozlov novikov morozov kowalski nowak wisniewski kovacs nagy
horvath novak jensen nielsen hansen pedersen andersen larsen johansson karlsson nilsson eriksson larsson
olsen yilmaz kaya demir sahin celik khan ahmed hussain ali singh kumar sharma patel gupta das nguyen tran le
pham wang li zhang liu chen yang huang zhao wu zhou kim lee park choi jung tanaka suzuki sato takahashi
watanabe yamamoto nakamura kobayashi cohen levi mizrahi friedman okafor okeke mensah osei banda mwangi
clinton dole gore bush obama biden trump harris pence cheney rumsfeld powell rice kerry pompeo blinken
yeltsin gorbachev putin medvedev lavrov shoigu zelenskyy zelensky poroshenko kuchma lukashenko
blair major thatcher brown cameron may johnson truss sunak starmer kohl schroeder merkel scholz macron
chirac sarkozy hollande mitterrand berlusconi prodi renzi meloni draghi aznar rajoy sanchez netanyahu peres
rabin arafat abbas sharon olmert bennett lapid erdogan assad saddam khamenei rouhani raisi mubarak sisi
gaddafi mandela mbeki zuma ramaphosa mugabe museveni kenyatta ruto buhari tinubu obasanjo modi gandhi sharif
bhutto khan musharraf jiang hu xi deng mao abe kishida suga koizumi moon yoon kim lula bolsonaro chavez maduro
castro milei trudeau harper mulroney howard rudd albanese morrison ardern annan guterres stoltenberg rutte
juncker barroso tusk orban fico vucic milosevic karadzic mladic tudjman izetbegovic
`;

const TITLES = `
mr mrs ms miss dr prof sir dame lord lady rev fr sgt lt col gen maj capt adm cmdr gov sen rep president
vice prime minister secretary chancellor premier senator governor mayor king queen prince princess pope cardinal
bishop archbishop rabbi imam sheikh emir sultan judge justice chairman chairwoman chair chief ceo director
spokesman spokeswoman spokesperson ambassador envoy general colonel major captain commander lieutenant sergeant
admiral officer inspector detective coach manager striker midfielder defender goalkeeper captain champion
president-elect deputy foreign defence defense interior finance trade health justice home
`;

const ORG_ENDINGS = `
inc inc. corp corp. co co. ltd ltd. llc plc ag sa nv gmbh bv spa group holdings holding corporation company
bank party ministry council committee commission union association federation league club university college
institute agency authority department office army navy force forces court parliament assembly senate congress
government administration foundation fund trust organisation organization society network news times post
journal press service services airlines airways motors systems technologies industries international reuters
`;

const ORGS = `
un nato eu fbi cia nsa bbc cnn reuters ap afp opec imf who wto unesco unicef hamas hezbollah taliban isis
fifa uefa ioc nasa kremlin pentagon interpol gop ecb fed
`;

const DEMONYMS = `
american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss
austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek
turkish russian ukrainian belarusian serbian croatian bosnian slovenian albanian macedonian lithuanian latvian
estonian georgian armenian azerbaijani kazakh uzbek chinese japanese korean taiwanese vietnamese thai
indonesian malaysian filipino indian pakistani afghan iranian iraqi syrian lebanese israeli palestinian
jordanian saudi yemeni omani egyptian libyan tunisian algerian moroccan sudanese ethiopian somali kenyan
ugandan nigerian ghanaian south african zimbabwean congolese angolan mexican cuban brazilian argentine
argentinian chilean peruvian colombian venezuelan bolivian ecuadorian uruguayan paraguayan canadian australian
zealander european asian african arab muslim christian jewish catholic protestant sunni shiite shia kurdish
western soviet yugoslav latin
`;

const TIME_WORDS = `
january february march april may june july august september october november december jan feb mar apr jun
jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
`;

const STOP_WORDS = `
the a an this that these those it its he she they we i you his her their our my your there here but and or
if when while after before as at in on of for from to with by about over under into no not yes so then
what who which where why how all some any each every both many most more other such one two three first last
new also however meanwhile thus still even just only
`;

const CONNECTORS = `of and de del della di da do dos das du des la le el al al- von van der den ter y e bin ibn bint & the for
on upon am -`;

const PLACES = `
africa asia europe america americas antarctica oceania arctic atlantic pacific caribbean balkans baltic
middle east west north south gulf mediterranean
london paris berlin moscow washington beijing tokyo rome madrid lisbon vienna brussels amsterdam geneva zurich
frankfurt munich hamburg milan naples barcelona athens istanbul ankara kyiv kiev kharkiv odesa warsaw prague
budapest bucharest sofia belgrade zagreb sarajevo stockholm oslo copenhagen helsinki dublin edinburgh glasgow
manchester liverpool birmingham leeds new york los angeles chicago houston boston miami atlanta dallas denver
seattle detroit philadelphia francisco san diego toronto montreal vancouver ottawa mexico city havana bogota
lima santiago buenos aires rio janeiro sao paulo brasilia caracas cairo lagos nairobi johannesburg cape town
addis ababa khartoum tripoli tunis algiers casablanca riyadh jeddah mecca dubai abu dhabi doha tehran baghdad
damascus beirut amman jerusalem tel aviv gaza ramallah kabul islamabad karachi lahore delhi mumbai bombay
kolkata calcutta chennai bangalore dhaka colombo kathmandu bangkok hanoi saigon manila jakarta singapore
kuala lumpur seoul pyongyang shanghai hong kong taipei sydney melbourne canberra auckland wellington
california texas florida illinois ohio michigan georgia virginia carolina pennsylvania massachusetts
arizona nevada oregon colorado alabama louisiana kentucky tennessee missouri minnesota wisconsin iowa kansas
nebraska oklahoma arkansas mississippi indiana maryland delaware jersey connecticut vermont maine hampshire
alaska hawaii utah idaho montana wyoming dakota crimea donbas donetsk luhansk chechnya kosovo kashmir tibet
xinjiang bosnia scotland wales england ireland ulster bavaria quebec ontario siberia sahara sinai
lyon marseille toulouse nice bordeaux lille strasbourg nantes cologne stuttgart dusseldorf dortmund essen
leipzig dresden hanover nuremberg bremen bonn turin genoa florence venice bologna palermo seville valencia
bilbao porto rotterdam antwerp ghent hague utrecht gothenburg malmo bergen krakow gdansk wroclaw brno
bratislava ljubljana skopje tirana podgorica chisinau minsk vilnius riga tallinn tbilisi yerevan baku
volgograd novosibirsk yekaterinburg kazan vladivostok murmansk sochi grozny kherson zaporizhzhia dnipro lviv
mariupol bakhmut avdiivka kursk belgorod rostov almaty tashkent bishkek dushanbe ashgabat astana kandahar
herat peshawar quetta rawalpindi multan hyderabad ahmedabad pune jaipur lucknow kanpur chittagong yangon
mandalay phnom penh vientiane surabaya bandung medan cebu davao osaka kyoto yokohama nagoya kobe fukuoka
sapporo hiroshima nagasaki okinawa busan incheon guangzhou shenzhen chongqing tianjin wuhan chengdu nanjing
xian hangzhou harbin macau perth brisbane adelaide christchurch calgary edmonton winnipeg halifax guadalajara
monterrey tijuana cancun panama guatemala tegucigalpa managua salvador kingston port-au-prince medellin cali
quito guayaquil asuncion montevideo valparaiso cordoba rosario recife fortaleza manaus belo horizonte
porto alegre curitiba alexandria giza aswan luxor benghazi misrata oran fez marrakesh rabat tangier dakar
accra abidjan kumasi ibadan kano abuja kinshasa lubumbashi goma kigali kampala mombasa kisumu mogadishu
hargeisa asmara djibouti juba darfur omdurman harare bulawayo lusaka lilongwe maputo luanda windhoek gaborone
durban pretoria soweto antananarivo aleppo homs idlib raqqa deir mosul basra erbil kirkuk fallujah tikrit
najaf karbala haifa nazareth hebron nablus jenin bethlehem sidon tyre tripoli isfahan shiraz tabriz mashhad
qom sanaa aden hodeidah muscat manama kuwait medina dammam taif
`;

/** Word → class bits. Keys are lower-case. */
export const GAZETTEER: ReadonlyMap<string, number> = build();

function build(): Map<string, number> {
  const map = new Map<string, number>();
  const add = (list: string, bit: number) => {
    for (const w of list.split(/\s+/)) if (w) map.set(w, (map.get(w) ?? 0) | bit);
  };
  const functionWords = new Set(`${STOP_WORDS} ${CONNECTORS}`.split(/\s+/));
  const addName = (name: string) => {
    const words = name.toLowerCase().split(/[\s-]+/).filter((w) => w && !functionWords.has(w));
    if (words.length === 1) map.set(words[0]!, (map.get(words[0]!) ?? 0) | GAZ_PLACE);
    else for (const w of words) if (w.length > 2) map.set(w, (map.get(w) ?? 0) | GAZ_PLACE_PART);
  };
  add(FIRST_NAMES, GAZ_FIRST);
  add(SURNAMES, GAZ_SURNAME);
  add(TITLES, GAZ_TITLE);
  add(ORG_ENDINGS, GAZ_ORG_END);
  add(ORGS, GAZ_ORG);
  add(DEMONYMS, GAZ_DEMONYM);
  add(TIME_WORDS, GAZ_TIME);
  add(STOP_WORDS, GAZ_STOP);
  add(CONNECTORS, GAZ_CONNECTOR);
  for (const w of PLACES.split(/\s+/)) if (w) map.set(w, (map.get(w) ?? 0) | GAZ_PLACE_PART);
  for (const c of Object.values(countries)) {
    addName(c.name);
    if (c.capital) addName(c.capital);
  }
  return map;
}
