/** A crude, deterministic stem for matching words across renderings: "proposed", "proposing", "proposes" → "propos". */

const IRREGULAR: Readonly<Record<string, string>> = {
  went: 'go', gone: 'go', goes: 'go', took: 'take', taken: 'take', said: 'say', says: 'say', told: 'tell', sent: 'send',
  led: 'lead', met: 'meet', came: 'come', spoke: 'speak', spoken: 'speak', held: 'hold', made: 'make', had: 'have',
  has: 'have', was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', being: 'be', am: 'be', "'s": 'be', did: 'do',
  does: 'do', done: 'do', got: 'get', gotten: 'get', gave: 'give', given: 'give', left: 'leave', began: 'begin',
  begun: 'begin', brought: 'bring', thought: 'think', sought: 'seek', fought: 'fight', struck: 'strike', ran: 'run',
  won: 'win', lost: 'lose', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', drew: 'draw', drawn: 'draw',
  broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose', wrote: 'write', written: 'write', saw: 'see',
  seen: 'see', knew: 'know', known: 'know', shot: 'shoot', stood: 'stand', paid: 'pay', kept: 'keep', felt: 'feel',
  heard: 'hear', found: 'find', meant: 'mean', built: 'build', spent: 'spend', shown: 'show', flew: 'fly',
  flown: 'fly', drove: 'drive', driven: 'drive', died: 'die', dying: 'die', lying: 'lie', lay: 'lie', sat: 'sit',
  bought: 'buy', sold: 'sell', caught: 'catch', taught: 'teach', fled: 'flee', hid: 'hide', hidden: 'hide',
  forgot: 'forget', forgiven: 'forgive', threw: 'throw', thrown: 'throw', withdrew: 'withdraw', withdrawn: 'withdraw',
  undertook: 'undertake', overtook: 'overtake', wo: 'will', ca: 'can', sha: 'shall', children: 'child', men: 'man',
  women: 'woman', people: 'people', talks: 'talk', news: 'news', us: 'us', u: 'u',
};

const cache = new Map<string, string>();

function strip(w: string): string {
  if (w.length <= 3) return w.replace(/([bdfgklmnprtvz])\1$/, '$1');
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (/(ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (/([bdfgklmnprtvz])\1$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

export function stem(word: string): string {
  const w = word.toLowerCase().replace(/[’']/g, "'");
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const base = IRREGULAR[w];
  const out = base !== undefined ? strip(base) : strip(w);
  if (cache.size < 50000) cache.set(w, out);
  return out;
}
