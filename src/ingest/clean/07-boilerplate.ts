/**
 * Step 7: page furniture left in the text — links to other stories ("READ MORE: …", "Related: …", "See also …"),
 * calls to action ("Sign up for …", "Click here …", "Advertisement", "Story continues below") and the outlet's
 * housekeeping about the page itself ("We will update this story", "This is a developing story", "Check back for
 * updates", "<Outlet> will keep this page updated as …").
 */
import { OUTLET } from './names.ts';
import { wordCount } from './shape.ts';
import { liveLines, removeLine, type CleanState } from './state.ts';

const RELATED = /^(?:READ MORE|Read more|READ ALSO|Read also|ALSO READ|Also read|RELATED(?: STORIES| ARTICLES| COVERAGE| CONTENT)?|Related(?: stories| articles| coverage| content| reading)?|SEE ALSO|See also|MORE ON THIS(?: STORY)?|More on this(?: story)?|WATCH|Watch|LISTEN|Listen|Recommended|RECOMMENDED|Further reading|FURTHER READING|Explainer|EXPLAINER|(?:Also|More) (?:in|on|from) (?:the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}&.\-]*(?: \p{Lu}[\p{L}&.\-]*){0,3})\s*(?::|\||–|—|-|»|>|›)\s*\S/u;
const RELATED_ALONE = /^(?:Related|RELATED|Read more|READ MORE|Related (?:stories|articles|coverage|content)|More (?:stories|from \p{Lu}[\p{L} ]{0,30})|Recommended(?: stories)?|You (?:may|might) also like|Most (?:read|popular))\s*[:.]?$/u;
const BOILERPLATE = /^(?:Sign up\b|Subscribe (?:to|for|now|here|today)\b|Click here\b|Tap here\b|Advertisement$|ADVERTISEMENT$|Ad$|Story continues below|Article continues below|Continue reading\b|Scroll (?:down )?to continue|Share this (?:article|story)\b|Follow (?:us|\p{Lu}[\p{L} ]{0,30}) on (?:Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|LinkedIn|WhatsApp|Telegram)\b|Download (?:the|our) .{1,40} app\b|Get (?:the latest|our) .{1,60} (?:newsletter|alerts?|app)\b|Skip (?:to|past) |Share on (?:Facebook|Twitter|X)\b|This (?:article|story) (?:was|has been) (?:updated|amended|corrected)\b|Listen to this article\b|Enjoying this article\b)/u;

/** A picture's credit or caption label: "(Image: © Agency)", "Photo: Jane Roe/Agency". */
const PICTURE_CREDIT = /^\(?\s*(?:Image|Photo|Picture|Photograph|Video|Illustration|Graphic)s?(?: credit)?\s*:\s*[^()]{1,150}\)?$/iu;

/**
 * Housekeeping about the page: the sentence must be about this story/page and its updates, from its first word, so
 * "The council will update residents as work goes on" stays.
 */
const PAGE = '(?:this|the)\\s+(?:page|story|article|post|live\\s+blog|blog|coverage)';
/** "We/<Outlet> will …": tried only on lines holding "will" (the name part is costly to try). */
const HOUSEKEEPING_WILL = new RegExp(`^(?:We|${OUTLET})\\s+will\\s+(?:keep\\s+${PAGE}\\s+(?:updated|up to date)|(?:continue to\\s+)?update\\s+${PAGE}|bring you (?:more|updates|the latest))\\b`, 'u');
// One `^` before all the branches: with a `^` in each, the engine tries every position of the line.
const HOUSEKEEPING_REST = new RegExp(`^(?:${[
  'This\\s+(?:page|story|article|post|live\\s+blog)\\s+(?:has been|was|will be|is being|is)\\s+(?:updated|refreshed)\\b',
  'The\\s+(?:story|article)\\s+(?:has been|was|will be)\\s+updated\\b',
  'This is an? (?:developing|breaking|evolving)(?: news)? (?:story|situation)\\b',
  '(?:Please\\s+)?(?:[Cc]heck|[Cc]ome)\\s+back(?:\\s+(?:here|later|soon|shortly))*\\s+for\\s+(?:updates|more|the latest)\\b',
  '(?:Please\\s+)?(?:[Rr]efresh|[Rr]eload)\\s+(?:this|the)\\s+page\\b',
  'Stay tuned for (?:updates|more)\\b',
  'More (?:details|information|updates) (?:to come|to follow|soon)\\b',
].join('|')})`, 'u');

function isHousekeeping(line: string): boolean {
  return (line.includes('will') && HOUSEKEEPING_WILL.test(line)) || HOUSEKEEPING_REST.test(line);
}

/** Longest line taken as page furniture, in words: a longer paragraph is text, whatever its first words. */
export const FURNITURE_MAX_WORDS = 40;

export function takeBoilerplate(s: CleanState): void {
  for (const i of liveLines(s)) {
    const line = s.lines[i]!.trim();
    const kind = RELATED.test(line) || RELATED_ALONE.test(line) ? 'related'
      : BOILERPLATE.test(line) || PICTURE_CREDIT.test(line) || isHousekeeping(line) ? 'boilerplate' : null;
    if (kind && wordCount(line) <= FURNITURE_MAX_WORDS) removeLine(s, i, kind);
  }
}
