/**
 * Given names with the gender they usually carry, for choosing who "he" or "she" is. Written for this project:
 * common English names plus names frequent in international news. A name missing here is simply unknown.
 */

const list = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const MALE = list(`
  aaron abdul abdullah abraham adam adrian ahmed ahmad alan albert alejandro aleksandr alex alexander alexei
  alexey ali allen amir andre andrei andrew andriy andrzej angus anthony antonio antony arnold arthur ashraf
  barack ben benjamin benny bernard bernie bill billy bob bobby boris brad bradley brandon brendan brian bruce
  bryan carl carlos charles charlie chris christian christopher chuck clarence colin cory craig dale dan daniel
  danny darren dave david dean denis dennis denys derek dmitri dmitriy dmitry dominic donald doug douglas duncan
  dwight ed eddie edgar eduardo edward emmanuel enrique eric erik ernest evan evgeny fabio felix fernando francis
  francisco frank franklin fred frederick friedrich gabriel gareth gary gavin gennady george gerald gerhard gilbert
  giorgio giuseppe glenn gordon graham greg gregory guy hakan hamid hans harold harry hassan hector helmut henry
  herbert hugh hugo ian ibrahim igor ilya isaac ivan jack jacob jaime jake james jamie jan jason javier jay jean-luc
  jeb jeff jeffrey jens jeremy jerome jerry jesse jim jimmy joachim joe joel johann john johnny jon jonathan jorge
  jose joseph josh joshua juan julian justin kamal karl keir keith ken kenneth kevin khalid kim kirill konstantin
  kurt kyle lance larry lars lawrence lee leo leon leonid lindsey lionel louis luis luke lukas mahmoud manuel marco
  marcus mario mark martin matt matthew maurice max maxim maxime michael michel miguel mike mikhail mitch mitt
  mohamed mohammad mohammed muhammad mustafa nabil narendra nathan neil nicholas nick nicolas nigel nikita nikolai
  nikolay noah norman oleg oleksandr oleksiy olaf oliver omar oscar otto owen pablo paolo patrick paul pedro pete
  peter petro philip phil pierre rafael ralph ramzan randy raymond recep reince rex richard rick rishi rob robert
  roberto rod rodrigo roger roman ron ronald ross roy rudy rupert rustem ruslan ryan sam samuel scott sean sebastian
  serge sergei sergey sergiy shinzo simon stanley stefan stephen steve steven stuart sven tayyip ted terry thomas tim
  timothy todd tom tommy tony travis valery vasily viktor vince vincent vitali vitaly vladimir vladislav volodymyr
  walter warren wayne wesley will william xavier yaakov yahya yair yevgeny yosef yousef yuri yury zach zachary
`);

const FEMALE = list(`
  abigail ada agnes aisha alexandra alice alicia alina alison amanda amber amelia amy ana anastasia andrea angela
  angelina anita ann anna anne annalena annette antonia ashley barbara beata beatrice betsy beth betty beverly
  brenda bridget brigitte camilla carla carmen carol caroline carolyn catherine cathy cecilia charlotte chelsea
  cheryl christina christine claire clara claudia colette cynthia dana daria deborah debbie denise diana diane
  donna doris dorothy edith elaine eleanor elena elisabeth elise eliza elizabeth ellen elsa elvira emily emma erin
  eva evelyn fiona florence frances francesca gabriela gabrielle gail gina giorgia gloria grace hanna hannah
  harriet heather heidi helen helena hillary hope ilhan ingrid irina iris isabel isabella jacqueline jacinda jane
  janet janice jean jeanne jennifer jessica jill jo joan joanna jocelyn josephine joyce judith judy julia julie
  june karen karin karine kate katherine kathleen kathryn kathy katie kay kayleigh kelly kimberly kirsten kristi
  kristin laura lauren leah lily linda lisa liz liza lois loretta lori louise lucia lucy lyudmila madeleine
  maggie margaret margarethe maria marie marina marine marion marjorie martha mary maya megan melania melanie
  melissa mia michelle mira miriam molly monica nadia nancy naomi natalia natalie natalya nicola nicole nikki
  nina nora olena olga olivia paula pauline penny petra priti rachel rebecca regina rita roberta rosa rose ruth
  sally samantha sandra sarah sara sharon sheila shirley silvia sofia sonia sophie stacey stephanie susan
  suzanne svetlana tamara tanya tatiana teresa theresa tiffany tina tracy tulsi ulrike ursula valentina valerie
  vanessa vera veronica victoria violet virginia wendy yulia yuliia zoe
`);

const GENDER = new Map<string, 'm' | 'f'>([
  ...MALE.map((n) => [n, 'm'] as [string, 'm']),
  ...FEMALE.map((n) => [n, 'f'] as [string, 'f']),
]);

/** 'm', 'f' or null for a given name (case-insensitive). */
export function firstNameGender(name: string): 'm' | 'f' | null {
  return GENDER.get(name.toLowerCase()) ?? null;
}
