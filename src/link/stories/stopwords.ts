/**
 * Words that carry no story identity: function words, reporting verbs and news filler. A story is told
 * by who, where, what and how many, not by "said", "told" or "reported", which every article shares.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against all almost alone along already also although always am among
  amongst an and another any anyhow anyone anything anyway anywhere are around as at be became because become becomes
  becoming been before beforehand behind being below beside besides between beyond both but by can cannot could did do
  does doing done down during each either else elsewhere enough etc even ever every everyone everything everywhere
  except few for former formerly from further had has have having he hence her here hereafter hereby herein hers herself
  him himself his how however i if in indeed into is it its itself just last latter least less many may me meanwhile
  might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone
  nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over
  own per perhaps please put rather re same seem seemed seeming seems several she should since so some somehow someone
  something sometime sometimes somewhere still such than that the their theirs them themselves then thence there
  thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to together
  too toward towards under until up upon us very via was we well were what whatever when whence whenever where
  whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will
  with within without would yet you your yours yourself yourselves
  s t d ll m ve re don didn doesn isn wasn weren won wouldn couldn shouldn hasn haven hadn aren ain
  said say says saying told tell tells according reported reports report reporting added adding adds asked
  mr mrs ms dr new also get got go going gone make made like know known just year years today yesterday
  tomorrow week weeks day days time times month months including include includes two three four five six seven
  eight nine ten first second third news article story statement via including way ll`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that are not names: calendar words and honorifics name no one in particular. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr sir
  am pm gmt bst est edt pst utc`
    .split(/\s+/)
    .filter(Boolean),
);
