/** Word lists for attribution: speech verbs, pronouns, titles, role and organisation nouns. All lower case. */

const forms = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Verbs that introduce or attribute speech, in the forms news text uses. */
export const SPEECH_VERBS = new Set(forms(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  state states stated stating declare declares declared declaring announce announces announced announcing
  write writes wrote writing written tweet tweets tweeted tweeting post posts posted posting
  claim claims claimed claiming insist insists insisted insisting argue argues argued arguing
  warn warns warned warning explain explains explained explaining stress stresses stressed stressing
  emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
  remark remarks remarked comment comments commented reply replies replied replying respond responds responded
  answer answers answered ask asks asked asking urge urges urged urging recall recalls recalled recalling
  acknowledge acknowledges acknowledged admit admits admitted admitting assert asserts asserted asserting
  suggest suggests suggested suggesting continue continues continued conclude concludes concluded
  concede concedes conceded complain complains complained complaining predict predicts predicted
  promise promises promised vow vows vowed vowing pledge pledges pledged quip quips quipped joke jokes joked
  shout shouted shouts testify testified testifies whisper whispered exclaim exclaimed recount recounted
  boast boasted caution cautioned cautions charge charged counter countered deny denies denied lament lamented
  observe observed observes reiterate reiterates reiterated repeat repeated insisted affirm affirms affirmed
  contend contends contended maintain maintains maintained mused wondered demand demands demanded
  call calls called calling describe describes described describing dub dubs dubbed brand branded brands
  label labelled labeled term termed refer refers referred
  quote quoted cite cited report reports reported
  accuse accuses accused accusing dismiss dismisses dismissed dismissing praise praises praised praising
  hail hails hailed laud lauds lauded criticise criticises criticised criticize criticizes criticized
  blast blasts blasted slam slams slammed decry decries decried mock mocks mocked condemn condemns condemned
  denounce denounces denounced scold scolds scolded chide chided characterize characterized characterise
  characterised chant chants chanted chanting yell yells yelled yelling scream screams screamed read reads
  blame blames blamed blaming exhort exhorts exhorted exhorting liken likens likened compare compares compared
  rate rates rated
  question questions questioned questioning echo echoes echoed echoing agree agrees agreed proclaim proclaims
  proclaimed proclaiming cites citing reference references referenced referencing speak speaks spoke thank thanks
  thanked thanking credit credits credited crediting tout touts touted touting retort retorts retorted reveal reveals
  revealed revealing mention mentions mentioned mentioning assure assures assured assuring confess confesses
  confessed interject interjected pointed points use uses used using
  grouse grouses groused bark barked bemoan bemoans bemoaned applaud applauds applauded snap snapped fume fumed
  scoff scoffed gush gushed opine opined gripe griped plead pleaded begged implore implored clarify clarified
  allege alleges alleged alleging react reacts reacted
  beamed enthused sighed marveled marvelled growled snarled huffed sniffed thundered blared
  confirm confirms confirmed protest protests protested remembered vented sniped riffed
  promising pledging predicting demanding charging conceding acknowledging repeating reiterating maintaining
  contending recounting boasting cautioning countering denying lamenting observing affirming joking quipping
  shouting testifying concluding continuing replying responding answering remarking commenting
`));

/** Speech words that are one only before the name of something said ("used the phrase “…”"). */
export const TERM_VERBS = new Set(forms('use uses used using'));
/** What "used the …" must name to be a cue. */
export const TERM_NOUNS = new Set(forms('phrase phrases term terms word words label expression slogan line description'));
/** Speech words that only attribute right before what was said or a stop ("…,” he continued."), never before
 * "to" ("Roe will continue to be …"). */
export const WEAK_VERBS = new Set(forms('continue continues continuing'));

/** Speech verbs that are never nouns: trusted whatever part of speech the tagger gave them. */
export const CORE_SPEECH_VERBS = new Set(forms('said says told added wrote tweeted insisted argued warned stressed noted'));

/** Verbs that only introduce a label ("called him a “clown”"), never a whole statement on their own. */
export const NAMING_VERBS = new Set(forms(`
  call calls called calling describe describes described describing dub dubs dubbed brand branded brands label
  labelled labeled term termed refer refers referred accuse accuses accused accusing dismiss dismisses dismissed
  dismissing praise praises praised praising hail hails hailed laud lauds lauded criticise criticises criticised
  criticize criticizes criticized condemn condemns condemned denounce denounces denounced characterize
  characterized characterise characterised blame blames blamed liken likens likened compare compares compared
  rate rates rated
`));

export const PERSONAL_PRONOUNS = new Set(forms('he she they it i we'));
export const MALE_PRONOUNS = new Set(forms('he him his himself'));
export const FEMALE_PRONOUNS = new Set(forms('she her hers herself'));

/** Words that may stand between a subject and its speech verb ("he also said", "has repeatedly warned"). */
export const VERB_PRELUDE = new Set(forms(`
  also later then previously once again further earlier recently repeatedly separately reportedly has had have
  was is were are would will could may might did does do not never simply just only flatly publicly privately
  openly bluntly angrily quickly sharply already still curtly tersely now often always even too
  himself herself themselves itself
`));

/** Titles before a name; the name is what follows the last of them. */
export const TITLES = new Set(forms(`
  mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary chancellor premier king queen
  prince princess pope sheikh emir judge justice senator sen rep representative governor gov mayor ambassador
  envoy general gen lt lieutenant col colonel maj major capt captain commander admiral sgt sergeant director
  chairman chairwoman chair ceo chief deputy spokesman spokeswoman spokesperson leader head foreign defence
  defense interior finance press retired former acting rev reverend father sister brother saint st mp
  congressman congresswoman speaker attorney commissioner minister-president adviser advisor aide negotiator
  correspondent reporter editor analyst professor economist officer
`));

/** Nouns naming a person by role ("the spokesman said"). Gender where the word gives it. */
export const ROLE_NOUNS = new Set(forms(`
  spokesman spokeswoman spokesperson spokespeople minister president leader official officials source sources
  aide aides adviser advisers advisor advisors diplomat diplomats negotiator negotiators envoy ambassador
  analyst analysts expert experts secretary chancellor premier governor senator lawmaker lawmakers legislator
  mayor general commander officer officers chief head director chairman chairwoman chair candidate nominee
  correspondent reporter reporters journalist editor witness witnesses resident residents voter voters
  campaign spokespeople representative representatives prosecutor prosecutors judge lawyer lawyers attorney
  member members person people man woman worker workers doctor doctors police investigator investigators
  activist activists critic critics supporter supporters opponent opponents manager strategist pollster
  operative operatives observer observers deputy mother father wife husband son daughter king queen
  protesters protester demonstrators demonstrator crowd family relatives parents students teachers
`));

/** Nouns for something said ("made the following comment:"). */
export const SPEECH_NOUNS = new Set(forms('comment comments statement remarks words message tweet post letter speech slogan warning answer reply response'));

export const MALE_ROLES = new Set(forms('spokesman chairman congressman king prince father husband son brother man sir lord mr'));
export const FEMALE_ROLES = new Set(forms('spokeswoman chairwoman congresswoman queen princess mother wife daughter sister woman dame lady mrs ms miss'));

/** Nouns naming a body that speaks ("the ministry said"). */
export const ORG_NOUNS = new Set(forms(`
  ministry government kremlin office department agency service army military council committee commission
  court party campaign company firm group statement report poll survey study newspaper paper network channel
  embassy administration cabinet parliament presidency police union alliance bureau authority authorities
  organisation organization institute university white house palace spokesman's
`));

/** Capitalised words that start a sentence or clause but never a name. */
export const NON_NAME_CAPITALS = new Set(forms(`
  but and or so yet then when while if as after before since because although though however meanwhile also
  in on at by for from with without about into of to the a an this that these those there here it its
  he she they we i you his her their our my your what which who whom whose where why how
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow earlier later asked
  still even now not no yes nor once both each every all some many most several such other another
  rather instead indeed moreover furthermore nevertheless nonetheless otherwise thus hence besides likewise
`));

export const DETERMINERS = new Set(forms('the a an his her their its our my your this that these those one two three another several some many other each every any'));

/** Words that end a noun phrase when reading backwards from a verb. */
export const NP_BREAKERS = new Set(forms(`
  that and but or because as when while if which who whom whose where in on at to for with by from after
  before than since though although what how why not also then so said says told added
`));

/** Stop words for content comparison. */
export const STOP_WORDS = new Set(forms(`
  a an the and or but if then so than that this these those there here it its it's is are was were be been being
  am do does did doing have has had having i me my we us our you your he him his she her they them their
  what which who whom whose when where why how all any both each few more most other some such no nor not only
  own same too very can will just should would could may might must shall of at by for with about against
  between into through during before after above below to from up down in out on off over under again further
  once as until while also s t don't won't can't isn't aren't wasn't weren't i'm we're you're they're it's
  that's there's let's ve ll re d m o y
`));
