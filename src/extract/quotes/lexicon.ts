/**
 * Word lists the quote attributor reads, plus cheap look-ups in compromise's lexicon.
 *
 * Note: we read compromise's lexicon table directly (an object lookup per word) instead of
 * running `nlp()` on spans: a parse costs ~2 ms even for two words, a lookup costs nothing,
 * and first-name → gender and "is this an actor noun" is all the attributor needs from it.
 */
import { lexiconTags } from '../entities/lexicon.ts';

const tagCache = new Map<string, readonly string[]>();

function tagsOf(word: string): readonly string[] {
  const cached = tagCache.get(word);
  if (cached) return cached;
  const list = lexiconTags(word.toLowerCase());
  // Note: the cache holds distinct word forms only; news vocabulary keeps it to a few ten thousands.
  if (tagCache.size > 50000) tagCache.clear();
  tagCache.set(word, list);
  return list;
}

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/**
 * Verbs that introduce speech (subject before: "Kirby said", "he told reporters").
 * Cognition verbs (believe, think) are left out: they report views, not words.
 */
export const SPEECH_VERBS = set(`
  say says said saying tell tells told telling add adds added adding explain explains explained explaining
  write writes wrote writing tweet tweets tweeted tweeting post posts posted ask asks asked asking
  reply replies replied replying respond responds responded answer answers answered continue continues continued
  note notes noted noting state states stated declare declares declared announce announces announced
  insist insists insisted insisting argue argues argued arguing warn warns warned warning claim claims claimed
  acknowledge acknowledges acknowledged admit admits admitted recall recalls recalled recalling concede concedes conceded
  caution cautions cautioned stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized
  remark remarks remarked observe observes observed comment comments commented suggest suggests suggested
  predict predicts predicted conclude concludes concluded confirm confirms confirmed joke jokes joked quip quips quipped
  shout shouts shouted yell yells yelled whisper whispers whispered testify testifies testified urge urges urged
  muse muses mused lament laments lamented complain complains complained boast boasts boasted vow vows vowed
  promise promises promised pledge pledges pledged demand demands demanded maintain maintains maintained
  contend contends contended counter counters countered retort retorts retorted reiterate reiterates reiterated
  recount recounts recounted agree agrees agreed describe describes described describing call calls called calling
  brand brands branded label labels labelled labeled term terms termed dismiss dismisses dismissed
  denounce denounces denounced condemn condemns condemned praise praises praised hail hails hailed
  slam slams slammed blast blasts blasted criticise criticises criticised criticize criticizes criticized
  accuse accuses accused tout touts touted exclaim exclaims exclaimed cry cries cried snap snaps snapped
  murmur murmurs murmured reveal reveals revealed disclose discloses disclosed assure assures assured
  affirm affirms affirmed deny denies denied proclaim proclaims proclaimed beg begs begged plead pleads pleaded
  implore implores implored assert asserts asserted allege alleges alleged report reports reported
  laugh laughs laughed sigh sighs sighed scoff scoffs scoffed chuckle chuckles chuckled mutter mutters muttered
  wonder wonders wondered inform informs informed reflect reflects reflected remember remembers remembered
  stating explaining insisting claiming acknowledging admitting suggesting urging vowing promising praising
  criticizing criticising accusing recalling quipping joking declaring announcing describing replying responding
  mumble mumbles mumbled stammer stammered mutter stutter stuttered
  sob sobs sobbed weep weeps wept scream screams screamed gush gushes gushed rage rages raged fume fumes fumed
  beam beams beamed smile smiles smiled grin grins grinned groan groans groaned
  reminisce reminisced recollect recollected sing sings sang chant chants chanted read reads
`);

/**
 * Common speech verbs of French, German, Spanish, Italian and Portuguese news, for quotes in « »
 * and „ “ : these stand after the quote and usually before the speaker ("», a déclaré Macron").
 */
export const FOREIGN_VERBS = set(`
  déclaré dit affirmé ajouté expliqué indiqué souligné estimé assuré précisé confié lancé répondu martelé
  déclare affirme ajoute explique estime souligne indique précise assure
  sagte sagt sagten erklärte erklärt betonte betont meinte meint schrieb fügte
  dijo afirmó señaló explicó aseguró añadió declaró indicó
  detto dichiarato spiegato affermato aggiunto sottolineato
  disse afirmou declarou explicou acrescentou
`);

/** Auxiliaries between a foreign quote and its verb ("a déclaré", "ha detto", "hat gesagt"). */
export const FOREIGN_AUX = set(`a ha hat ont han hanno`);

/** "according to" in those languages. */
export const FOREIGN_ACCORDING = set(`selon laut según secondo segundo`);

/** Speech verbs that also stand before their subject: "…,” said Kirby. ("told Kirby" means Kirby listened.) */
export const INVERTIBLE_VERBS = set(`
  said says added adds asked asks explained explains wrote writes continued continues noted notes recalled recalls
  replied replies insisted insists argued argues warned warns remarked observed stated declared tweeted commented
  concluded answered responded cautioned admitted acknowledged quipped joked conceded countered suggested offered
  laughed shouted exclaimed agreed claimed cried snapped sighed mused wondered recounted reflected posted
  sobbed wept screamed gushed raged fumed beamed smiled grinned groaned mumbled muttered stammered
`);

/** Words that may stand between a speaker and the speech verb ("Kirby also said", "he went on to say"). */
export const VERB_GAP = set(`
  also then later again once further previously earlier just recently has had have was is would will could did does do
  may might went on to even first last still often now quickly simply later initially reportedly quoted as
  subsequently separately repeatedly publicly privately flatly bluntly heard overheard recorded caught
`);

/** Honorifics: dropped from a name, never a role. */
export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. sir dame messrs messrs. mme mme. mlle herr monsieur madame`);

/** Title words that make a capitalised run a role ("Foreign Minister Sergei Lavrov"). */
export const TITLE_WORDS = set(`
  president vice prime minister secretary senator sen. sen rep. rep representative congressman congresswoman
  governor gov. gov mayor chancellor spokesman spokeswoman spokesperson director chairman chairwoman chair
  chief ceo cfo coo cto founder judge justice ambassador commissioner officer coach manager professor
  general gen. gen lt. lt col. col capt. capt sgt. sgt admiral adm. major maj. captain colonel sergeant lieutenant
  commander inspector detective superintendent rev. rev reverend bishop archbishop cardinal pope rabbi imam
  premier speaker leader deputy attorney treasurer cmdr cmdr. supt supt. insp insp. det det.
  minister-president president-elect chancellor-elect king queen prince princess emir sheikh sultan crown
  councillor councilman councilwoman alderman sheriff constable marshal chairperson executive editor
  trustee dean provost principal coroner prosecutor counsel auditor comptroller
`);

/** Title words that belong to the name itself (royalty, clergy): "King Charles" stays "King Charles". */
export const NAME_TITLES = set(`king queen prince princess pope emir sheikh sultan`);

/** Lower-case nouns that name a role ("the spokesman said", "a senior official said"). */
const ROLE_NOUN_LIST = set(`
  spokesman spokeswoman spokesperson spokespeople official officials source sources minister ministers secretary
  president senator lawmaker lawmakers legislator representative governor mayor chancellor director chairman
  chairwoman chair ceo executive executives founder judge ambassador commissioner officer officers coach manager
  professor general commander leader leaders analyst analysts expert experts researcher researchers scientist scientists
  economist economists prosecutor prosecutors lawyer lawyers attorney attorneys doctor doctors police investigator
  investigators witness witnesses resident residents neighbour neighbor neighbours neighbors aide aides adviser advisor
  advisers advisors diplomat diplomats envoy negotiator activist activists critic critics supporter supporters
  owner owners worker workers employee employees teacher student students parent parents mother father wife husband
  son daughter brother sister friend victim victims survivor survivors candidate candidates premier president-elect
  king queen prince princess pope bishop priest pastor rabbi imam captain colonel sergeant lieutenant admiral
  statement company firm ministry department agency government administration authorities authority
  party campaign team group organisation organization council committee commission court board union
  regulator regulators embassy army military spokespersons insider insiders observer observers player players
  striker midfielder defender goalkeeper veteran veterans farmer farmers voter voters protester protesters
  organiser organizer organisers organizers host presenter author writer reporter journalist editor
  physician nurse surgeon psychologist historian consultant strategist pollster deputy undersecretary
  woman man girl boy person people member members fan fans customer customers user users developer developers
`);

const roleCache = new Map<string, boolean>();

export function isRoleNoun(word: string): boolean {
  let known = roleCache.get(word);
  if (known === undefined) {
    known = ROLE_NOUN_LIST.has(word) || tagsOf(word).includes('Actor');
    if (roleCache.size > 50000) roleCache.clear();
    roleCache.set(word, known);
  }
  return known;
}

/** Modifiers that may sit inside a lower-case role ("senior administration official", "press secretary"). */
export const ROLE_MODIFIERS = set(`
  senior junior former acting deputy assistant associate chief top lead head vice press national security
  foreign defence defense interior finance health education home justice economy trade energy transport
  military administration white house state federal regional local city county district party opposition
  government company executive general managing technical legal communications media public political
  police fire senior-most longtime long-time veteran retired interim incoming outgoing then new first
  campaign team club union hospital university school research medical scientific economic policy
  intelligence european american british russian chinese ukrainian israeli palestinian us u.s. un eu nato
  anonymous unnamed another one two three several some many other shadow junior-most co-founder founding
  principal associate adjunct visiting emeritus
`);

/** Determiners and possessives that open a noun phrase. */
export const DETERMINERS = set(`the a an his her its their our my this that these those one another`);

/** Pronouns a speech verb's subject can be. */
export const PRONOUNS = set(`he she they it we i`);

/** Words that end a name run or stand at a sentence's start without being names. */
export const NON_NAME_CAPS = set(`
  the a an but and or so then now also meanwhile however still yet when while after before in on at as if
  this that these those there here it he she they we i you his her its their our my your last next later
  earlier today yesterday tomorrow tonight thursday friday saturday sunday monday tuesday wednesday
  january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec for with from by of to asked speaking according despite although though because
  since until what who why how where which whose both all some many most several each every no not one two
  instead indeed moreover furthermore finally first second third overall separately earlier elsewhere
  officials police experts critics analysts residents witnesses authorities sources scientists researchers
  doctors investigators prosecutors protesters activists others people observers supporters opponents
  democrats republicans lawmakers fans players voters parents students workers
`);

/** Words that mark a capitalised run as an institution, not a person. */
export const ORG_WORDS = set(`
  house council ministry department agency office police company inc inc. corp corp. co co. ltd ltd. llc plc group
  bank university college school party government committee commission kremlin pentagon reuters times post journal
  news association union court army navy forces force service institute foundation board club fc league federation
  authority administration network organization organisation center centre hospital church agency bureau
  parliament congress senate assembly embassy consulate command guard corps unit team airlines airways motors
  media press tribune herald telegraph guardian gazette daily magazine channel radio television tv broadcasting
  fund trust alliance coalition movement front society institution museum studio studios records labs laboratory
  systems technologies holdings partners capital securities exchange commission regulator council cabinet
  watch operation international rights inc. airport station
  secretariat directorate ministry's state's
`);

/** Masculine and feminine cue words for pronoun resolution. */
const MALE_CUES = set(`mr mr. sir he him his spokesman chairman congressman councilman businessman father son brother husband
  king prince boy man uncle grandfather nephew lord sheikh emir sultan pope monsieur herr`);
const FEMALE_CUES = set(`mrs mrs. ms ms. miss dame she her spokeswoman chairwoman congresswoman councilwoman businesswoman
  mother daughter sister wife queen princess girl woman aunt grandmother niece lady madame mme mme. mlle actress`);

export type Gender = 'm' | 'f' | null;

/** Gender a cue word implies (honorific, role noun), or null. */
export function genderOfCue(word: string): Gender {
  const w = word.toLowerCase();
  if (MALE_CUES.has(w)) return 'm';
  if (FEMALE_CUES.has(w)) return 'f';
  return null;
}

/** Gender of a first name by compromise's name lists, or null when unknown or unisex. */
export function genderOfFirstName(word: string): Gender {
  const bits = bitsOf(word);
  if (bits & MALE) return 'm';
  if (bits & FEMALE) return 'f';
  return null;
}

/** True when compromise lists the word as a first name (any gender) or a person. */
export function isKnownFirstName(word: string): boolean {
  return (bitsOf(word) & FIRST_NAME) !== 0;
}

/** True when compromise lists the word as a surname. */
export function isKnownLastName(word: string): boolean {
  return (bitsOf(word) & LAST_NAME) !== 0;
}

/** True when compromise lists the (lower-cased) phrase as a country, city, region or place. */
export function isPlace(phrase: string): boolean {
  return (bitsOf(phrase) & PLACE) !== 0;
}

/** True when compromise lists the phrase as an organisation or sports team. */
export function isKnownOrganization(phrase: string): boolean {
  return (bitsOf(phrase) & ORGANIZATION) !== 0;
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'Place', 'Country', 'City', 'Region', 'Organization'];

/**
 * True for an everyday word that compromise knows and never as a name ("Hosting", "Important"):
 * capitalised only because it opens a sentence.
 */
/** Adverb endings that make no surname ("Specifically", "Reportedly"); plain "-ly" would catch Connolly. */
const ADVERB = /(?:ally|fully|ously|ively|ably|ibly|edly|ingly|ently|antly)$/i;

export function isCommonWord(word: string): boolean {
  // Nouns stay: many are also given names ("Joy", "Hope", "Faith").
  return (bitsOf(word) & (ADVERB_SHAPE | COMMON)) !== 0;
}

const NOUN_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor'];

/** A plural common noun ("Economists", "investors"): a group, never one named speaker. */
export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (bitsOf(w) & PLURAL) return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && isRoleNoun(w.slice(0, -1));
}

/** Any word compromise knows, but never as a name ("Something", "Go"): not a one-word name. */
export function isDictionaryWord(word: string): boolean {
  return (bitsOf(word) & DICTIONARY) !== 0;
}

const FUNCTION_TAGS = ['Adverb', 'Gerund', 'Preposition', 'Conjunction', 'Determiner', 'Modal', 'QuestionWord', 'Pronoun', 'Expression'];

/**
 * An adverb, gerund or grammar word ("Specifically", "Objecting", "Meanwhile"): never a one-word
 * name. Verbs and adjectives stay possible names (Brown, Young, Craft, Cook).
 */
export function isFunctionWord(word: string): boolean {
  return (bitsOf(word) & (ADVERB_SHAPE | FUNCTION)) !== 0;
}

/** Party and nationality nouns that describe a person ("the Democrat", "the Frenchman"). */
const DESCRIPTORS = set(`democrat republican tory conservative liberal socialist democrat independent labourite
  frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman welshwoman
  dutchman dutchwoman briton spaniard swede dane finn pole scot brit kiwi aussie`);

export function isDescriptorNoun(word: string): boolean {
  const w = word.toLowerCase();
  return DESCRIPTORS.has(w) || (bitsOf(w) & DEMONYM) !== 0;
}

// What the tags (and the adverb shape) say about one word as written, as bits: the predicates above
// are asked of the same words again and again, each scanning the tag list (some twice over).
const FIRST_NAME = 1, MALE = 2, FEMALE = 4, LAST_NAME = 8, PLACE = 16, ORGANIZATION = 32, COMMON = 64;
const DICTIONARY = 128, FUNCTION = 256, PLURAL = 512, DEMONYM = 1024, ADVERB_SHAPE = 2048;
const bitsCache = new Map<string, number>();

function bitsOf(word: string): number {
  let bits = bitsCache.get(word);
  if (bits !== undefined) return bits;
  const tags = tagsOf(word);
  const named = tags.some((t) => NAME_TAGS.includes(t));
  bits = 0;
  if (tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName')) bits |= FIRST_NAME;
  if (tags.includes('MaleName')) bits |= MALE;
  if (tags.includes('FemaleName')) bits |= FEMALE;
  if (tags.includes('LastName')) bits |= LAST_NAME;
  if (tags.includes('Country') || tags.includes('City') || tags.includes('Region') || tags.includes('Place')) bits |= PLACE;
  if (tags.includes('Organization') || tags.includes('SportsTeam')) bits |= ORGANIZATION;
  if (tags.length > 0 && !tags.some((t) => NAME_TAGS.includes(t) || NOUN_TAGS.includes(t))) bits |= COMMON;
  if (tags.length > 0 && !named) bits |= DICTIONARY;
  if (tags.some((t) => FUNCTION_TAGS.includes(t)) && !named) bits |= FUNCTION;
  if (tags.includes('Plural')) bits |= PLURAL;
  if (tags.includes('Demonym')) bits |= DEMONYM;
  if (word.length > 6 && ADVERB.test(word)) bits |= ADVERB_SHAPE;
  // Note: distinct word forms only; past the bound the memo starts over (memory, not behaviour).
  if (bitsCache.size > 50000) bitsCache.clear();
  bitsCache.set(word, bits);
  return bits;
}
