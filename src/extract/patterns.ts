// Boilerplate families as strong per-line signals. Each carries the reason string that ends up in
// `removed` (what `broadsheet explain` prints). They are generic across outlets: none names a site.
// A match is a feature; classifyBlocks makes the final, document-level decision.
import { FAMILY_CUE, lineCues } from './lineCues.ts';

export interface Family {
  reason: string;
  /** Longest line (in words) the pattern may claim: guards against eating real paragraphs. */
  maxWords: number;
  re: RegExp;
  /**
   * Every alternative of `re` contains one of the literals of lineCues.ts FAMILY_KEYWORDS (case aside),
   * or opens on "stay ", or matches only a line of at most `shortLine` characters: a line with none of
   * these skips this costly unanchored regex.
   */
  keyword?: { shortLine: number };
  /** Every match ends with this text: a line that does not skips the regex (cheaper than backtracking it). */
  endsWith?: string;
}

export const FAMILIES: readonly Family[] = [
  {
    reason: 'advertisement or sponsor label',
    maxWords: 12,
    re: /^(advertisement|advertisements|advertising|ad|ads|sponsor message|in partnership with\b.*|sponsored( content| post| by\b.*)?|promoted( content| by\b.*)?|paid (content|post|partner)|partner content|presented by\b.*|(article|story|content) continues (after|below)\b.*|continue reading (below|the main story)|scroll (down )?to continue\b.*|ad feedback|report (this )?ad|skip (this )?ad|remove ads|this (article|story|post|page) (may contain|contains) affiliate links\b.*)[.!]?$/i,
  },
  {
    reason: 'related-article link',
    maxWords: 40,
    re: /^(read|see|watch|listen|related|more|also read|read also|read more|see also|also see|also|recommended|suggested|don'?t miss|must read|related (article|story|stories|articles|content|link|coverage)|more (on|from|about) (this|that)( story| topic)?)( also| more| next)?\s*(:|\||»|›|>|–|—|-\s)/i,
  },
  {
    reason: 'related-links heading',
    maxWords: 8,
    re: /^((other|more|similar|recent)( related)? (\S+ )?(top )?(articles|posts|stories|reads|guides|reviews)( you ('ll|will|may|might) (like|enjoy|love))?( \.\.\.|\.\.\.|…)?|related|related (articles|stories|posts|content|news|coverage|reading|topics|links|videos)|more (stories|articles|news|videos|to explore|to explorer|like this)|more (from|on|in|by)\b.{0,60}|you (may|might) (also )?(like|enjoy|be interested in)\b.*|recommended( for you| stories| reading| articles| videos)?|(most )?(popular|read|viewed|shared|commented)( stories| articles| posts| now| news)?|trending( now| stories| news| topics)?|latest( news| stories| articles| posts| videos| headlines)?|further reading|top stories|featured( stories| articles| posts| news| videos)?|editor'?s picks?|what to read next|read next|up next|keep reading|recent posts|popular posts|related posts|other stories|in case you missed it|around the web|from the web|sponsored stories|(read|see) more|read the full (story|article)|view (all|more)( \w+)?|show more|load more( \w+)?)[.:!]?$/i,
  },
  {
    reason: 'share bar',
    maxWords: 10,
    re: /^((share|tweet|email|e-mail|print|pin( it)?|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|messenger|copy( link)?( url)?( copied!?)?|link copied|copied!?|comment|comments|save|bookmark|gift (this )?article|share (this|on|via)\b.*|share:|bluesky|threads|mastodon|tumblr|pocket|like this:|like loading\.*|show more sharing options|close extra sharing options|share close extra sharing options)[\s|,/·•]*)+$/i,
  },
  {
    reason: 'newsletter or subscription prompt',
    maxWords: 45,
    re: /(\bsubscribe (to|now|today|for)\b|\bnewsletters?\b|\bsign up (for|to|now|today|here)\b|\byour subscription\b|\b(enter|your) e-?mail( address)?\b|\bby providing an? e-?mail\b|\bunsubscribe\b|\bdelivered (straight )?to your inbox\b|\bthanks? (you )?for (subscribing|signing up)\b|\bsubscription (has been|could not)\b|\bsucc?ess?fully subscribed\b|^subscribe\b.{0,30}$|^sign up$|^stay (up to date|in the loop|informed|connected|in touch) with\b.{0,40}$|^(first|last) name\s*\*?$|^e-?mail( address)?\s*\*?$|^\* indicates required$)/i,
    keyword: { shortLine: 0 },
  },
  {
    reason: 'cookie or consent notice',
    maxWords: 60,
    re: /(\b(we|this (site|website)) uses? cookies\b|\bcookies? (policy|settings|preferences|consent)\b|\buse of cookies\b|\baccept (all )?cookies\b|^(accept|accept all|reject all|manage (preferences|options|cookies)|i agree|got it|ok|agree|decline)$|^this is an information message$|\bwe value your privacy\b|\bprivacy (preferences|settings|choices)\b|^your (ad )?choices$|\byour ad choices\b|\bdo not sell( or share)? my\b)/i,
    keyword: { shortLine: 40 },
  },
  {
    reason: 'copyright or legal line',
    maxWords: 40,
    re: /(^©|^\(c\)\s|^copyright\b|\ball rights reserved\b|^(privacy( policy| notice)?|terms( of (use|service))?|terms (and|&) conditions|cookie policy|contact( us)?|about( us)?|sitemap|site map|accessibility( statement)?|careers|advertise( with us)?|disclaimer|legal|imprint|impressum|help|faq|corrections( policy)?|ethics( policy)?|code of conduct|rss( feeds?)?|contact the newsroom)$|\bterms of (use|service)\b.*\bprivacy\b|\bprivacy policy\b.*\bterms\b|\bi agree to the terms\b|may not be (published|reproduced|republished|redistributed)\b|\bthis material may not\b)/i,
    keyword: { shortLine: 40 },
  },
  {
    reason: 'comments section',
    maxWords: 18,
    // A commenter's header ("Jane Doe says:"): only lines ending in a colon, tested apart.
    re: /^.{2,80}\b(said|says|wrote|writes|commented):$/i,
    endsWith: ':',
  },
  {
    reason: 'comments section',
    maxWords: 18,
    re: /^((\d+|no|view|show|hide|load|read)\s+)?(comments?|responses?|replies)(\s*\(\d+\))?$|^(leave a (reply|comment)|post a comment|add (a|your) comment|join the (discussion|conversation)|comments are closed|(log|sign) in to (comment|reply)|be the first to comment|cancel reply|reply|report|you must be logged in to post a comment|comment policy|your email address will not be published\b.*|required fields are marked\b.*|save my name, email\b.*)[.!]?$/i,
  },
  {
    reason: 'author bio or contact line',
    maxWords: 30,
    re: /^(about the author|author bio|more by this author|view (all )?posts by\b.*|follow (him|her|them|us|me) on\b.*|follow @\w+.*|write to \S.* at \S+@\S+.*|contact (the author|us)\b.*|reach (him|her|them) at\b.*|email (him|her|them) at\b.*|(he|she|they) can be reached at\b.*)$/i,
  },
  {
    reason: 'call-to-action button',
    maxWords: 7,
    re: /^(schedule|book|click|download|get|try|sign|join|call|contact|learn|shop|buy|order|start|request|claim|watch|listen|explore|discover|see|view|read|check|visit|grab|apply|register|subscribe|upgrade|compare)\b[^.?]{0,50}?(now|today|here|free|demo|consultation|trial|quote|more|started|offer|deals?|it|price|prices|pricing|review|course|app)?\s*(!|\s*[→»›>]|(?<=now|today|here|free|demo|consultation|trial|quote|more|started|offer|deals?|price|prices|pricing))$/i,
  },
  {
    reason: 'affiliate or reader-support notice',
    maxWords: 60,
    re: /(\b(funded|supported|made possible) by readers like you\b|\bdonor-supported\b|^support (us|our \w+|independent \w+)\b.{0,40}$|^join \S+( \S+)? for free\b|\breader-supported\b|\bwe (may )?earn (a|an)? ?(small )?(affiliate )?commission\b|\bmay earn (a|an)? ?(small )?(affiliate )?commission\b|\baffiliate links?\b.*\b(earn|commission|support)\b|\bif you haven.t already subscribed\b)/i,
    keyword: { shortLine: 0 },
  },
  {
    reason: 'reference list entry',
    maxWords: 90,
    re: /^\[?\d{1,3}[.\])]\s?\S.{10,}(\bdoi\b|pubmed|\bet al\b|https?:\/\/\S+$|\[\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*;?\s*\d{4}\s*\])/i,
  },
  {
    reason: 'photo credit',
    maxWords: 60,
    re: /^(photo|image|picture)s? (sources?|credits?)\s*:|^(feature[d]?|header|cover|hero|top|lead) (image|photo|illustration)s? (by|via|courtesy|credit|:)/i,
  },
  {
    reason: 'disclaimer',
    maxWords: 90,
    re: /(\b(this|the) (article|content|information|site|material|post) (is|are) (provided )?(for|intended for) (general )?(informational|educational|entertainment) purposes\b|\bnot (intended|meant) (as|to be) (a )?substitute for\b|\bshould (not|never) be used as a substitute for\b|\btranscripts? may (vary|be revised)\b|\baccess to our library of archived content\b|\bdoes not constitute (financial|legal|medical|investment) advice\b|^disclaimer\s*:)/i,
    keyword: { shortLine: 0 },
  },
  {
    reason: 'tag list',
    maxWords: 60,
    re: /^(tags?|topics?|tagged( with| in)?|filed under|categor(y|ies)|keywords?|related topics|more about)\s*[:|]/i,
  },
  {
    reason: 'paywall notice',
    maxWords: 50,
    re: /^(subscribe to (continue|read|unlock)\b.*|you have reached (your|the)\b.*|this (article|content|story) is (only )?(for|available to) (subscribers|members)\b.*|already a (subscriber|member)\b.*|(log ?in|sign in) to (continue|read)\b.*|to continue reading\b.*|create (a )?free account\b.*|register (now |for free )?to (continue|read)\b.*|get unlimited access\b.*|unlock (this|full) (article|access)\b.*|become a (member|subscriber)\b.*)$/i,
  },
  {
    reason: 'navigation or page chrome',
    maxWords: 8,
    re: /^(back to (the )?(blog|top|home|news|articles|list|search results)|jump to (the )?(list|recipe|content|section|comments)|continue reading|(read )?more\s?(\.\.\.|…)|skip to (main )?(content|navigation)|skip navigation|home|homepage|menu|main menu|open menu|close menu|search|search query submit search|show search|toggle (navigation|menu|search)|back to top|go to top|next( article| post| story)?|previous( article| post| story)?|prev|close|open|sections|all sections|log ?in|log ?out|sign ?in|sign ?out|register|my account|account|subscribe now|print (this )?(article|page|story)?|order reprints|reprints?|text size|font size|a\+?|listen( to (this )?(article|story))?|\d+\s*min(ute)?s? read|reading time\b.*|enable javascript\b.*|javascript is (disabled|required)\b.*|your browser (does not|doesn't) support\b.*|loading\.*|please wait\.*|\|)[.:!]?$/i,
  },
];

/**
 * A newsletter line that addresses the reader ("Sign up for our …", "Enter your email") or reports the
 * form's state. The family's other cues (the bare words "newsletter", "subscription", "your email") also
 * occur in articles about newsletters or e-mail tools: blocks.ts keeps such lines when the page keeps
 * talking about the topic (see unmarkTopicalPrompts).
 */
export const PROMPT_SHAPED = /(^(subscribe|sign up|signup|join|get|receive)\b.{0,60}\b(newsletters?|inbox|e-?mails?|updates|alerts|mailing list)\b|\b(subscribe|sign up) (to|for) (our|my|the|this)\b.{0,40}\b(newsletters?|e-?mails?|updates|alerts|mailing list)\b|\b(sign up|subscribe) (now|today|here)\b|\bget (our|the) (\S+ ){0,3}newsletter\b|\byour subscription (has|could|was|is)\b|\b(enter|type) your e-?mail( address)?\b|\bby providing an? e-?mail\b|\bunsubscribe (at any time|anytime)\b|\bdelivered (straight |directly )?to your inbox\b|\bthanks? (you )?for (subscribing|signing up)\b|\bsubscription (has been|could not)\b|\bsucc?ess?fully subscribed\b)/i;

/**
 * The first family a line belongs to, honouring each family's length guard. `cues`: the line's
 * lineCues(), when the caller has them (splitBlocks does).
 */
export function matchFamily(text: string, words: number, cues?: number): Family | null {
  let keyword: boolean | undefined;
  for (const f of FAMILIES) {
    if (words > f.maxWords) continue;
    if (f.keyword && text.length > f.keyword.shortLine && !(keyword ??= ((cues ?? lineCues(text, words)) & FAMILY_CUE) !== 0)) continue;
    if (f.endsWith !== undefined && !text.endsWith(f.endsWith)) continue;
    if (f.re.test(text)) return f;
  }
  return null;
}

/**
 * Headings that end the article when met after the main prose: the page's related-links, comments
 * or author-bio zone begins there. Only short lines qualify.
 */
export const END_OF_ARTICLE =
  /^((other|more|similar|recent)( related)? (\S+ )?(top )?(articles|posts|stories|reads)( you ('ll|will|may|might) (like|enjoy|love))?( \.\.\.|\.\.\.|…)?|related|related (articles|stories|posts|content|news|coverage|reading|topics|links|videos)|more (stories|articles|news|videos|to explore|to explorer|like this)|more (from|on|in|by)\b.{0,60}|you (may|might) (also )?(like|enjoy|be interested in)\b.*|recommended( for you| stories| reading| articles| videos)?|popular( stories| articles| posts| now| news)?|most (popular|read|viewed|shared|commented)( stories| articles| posts| now| news)?|trending( now| stories| news)?|latest( news| stories| articles| posts| videos| headlines)|further reading|top stories|editor'?s picks?|what to read next|read next|up next|keep reading|recent posts|popular posts|related posts|other stories|around the web|from the web|sponsored stories|in case you missed it|(\d+\s+)?comments?(\s*\(\d+\))?|(\d+|one|no)\s+(comments?|responses?|replies|thoughts)\s+(on|to)\b.*|leave a (reply|comment)|post a comment|join the (discussion|conversation)|about the (author|authors|reviewer|writer|contributor)s?|the authors?|meet the authors?|tags|discussion about this (post|article|story)|mentioned in this (post|article|story)|(like|liked|enjoy|enjoyed) this (article|post|story)\??|share this( article| story| post)?|comments are closed)[.:!]?$/i;
