// The shapes bylines are made of: role words, name patterns, organisation and wire names. Shared by
// findAuthor and the rules under author/.
export const ROLE_WORDS = 'officer|president|vp|head|lead|writer|reporter|correspondent|editor|contributor|columnist|journalist|staff|producer|photographer|critic|analyst|intern|team|desk|founder|co-founder|ceo|director|manager|specialist|expert|blogger|author';
export const ROLE_PREFIX = '(?:(?:senior|chief|staff|contributing|special|associate|deputy|managing|executive|political|business|sports|science|health|tech(?:nology)?|investigative|national|foreign|local|digital|freelance|assistant|ap|auto|travel|food|content|guest|lead|principal)\\s+)*';
export const ROLE = `${ROLE_PREFIX}(?:${ROLE_WORDS})s?`;
/** A role glued to a name or after it: "By Meg JamesStaff Writer", "Jane Doe, Reporter". */
// "Team"/"Staff" alone stay: "Podium Staff" and "The Investopedia Team" are how those pages sign.
export const ROLE_SUFFIX = new RegExp(`(?:(?<=[a-z])(?=[A-Z])|\\s*[,|–—-]\\s*|\\s+)(?!(?:team|staff|desk)$)${ROLE}\\b.*$`, 'i');
export const ROLE_START = new RegExp(`^${ROLE}\\b`, 'i');
export const BYLINE = /^(?:(?:written|posted|reported|story|words|text|published|compiled|article written|authored|interview|interviewed)\s+)?by\s*:?(?:\s+(.*))?$/i;
export const LABELLED = /^(?:author|authors|writer|written by|posted by|byline|reporter|article by)\s*[:|]\s*(.*)$/i;
/** "May 3, 2017 By Erin Spain 4 Comments": a date line naming the author. */
export const DATE_LINE_BY = /\b[Bb]y:?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
export const INLINE_BY = /\b(?:posted|written|published) by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
/** A person's name: 2–4 capitalised words (particles allowed). */
export const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|der|den|de|da|del|la|le|di|du|bin|al|el|ibn|y|dos|das)\s+)*\p{Lu}[\p{L}.'’-]*){1,3}$/u;
// A month word ends the name ("Jane Doe March 3"), but a surname may start like one ("Novak", "Marchetti").
export const NAME_AT_START = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|der|den|de|da|del|la|le|di|du|bin|al|el|ibn|y|dos|das)\s+)*(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?(?:\s|$))\p{Lu}[\p{L}.'’-]*){1,3}/u;
/** A leading date and separator: "Dec. 19, 2025 · Niko Matsakis". */
export const LEADING_DATE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*(?:[·•|,/–—-]|by\b)\s*/i;
export const WIRE_NAME = /^(associated press|the associated press|ap|reuters|afp|agence france-presse|bloomberg|upi|cnn|staff|wire|wires|news desk|web desk)$/i;
/** Parts of a byline that name an organisation, not a person. */
export const ORG_WORD = /\b(university|college|institute|school|press|news|newsroom|media|inc|llc|ltd|company|group|times|post|journal|magazine|gazette|herald|tribune|publishers?|publishing|association|agency|foundation|center|centre|council|department|ministry|network|daily|weekly|online|blog|radio|tv|studio|labs?|hospital|clinic|commons|collective|society|club|partners|consulting|agency|solutions|communications|holdings|enterprises|industries|technologies|corporation|corp|the conversation)\b/i;
// Reviewers, editors and readers who liked or replied are named with "by" too; none wrote the article.
export const NOT_AUTHOR_LINE = /^((?:peer|expert|medically|clinically)[- ]reviewed|liked|\d+\s+repl(?:y|ies)|reviewed|edited|fact[- ]checked|medically reviewed|photos?|photographs?|illustrations?|images?|video|graphics?|produced|translated|additional reporting|updated|share|follow)\b/i;
export const COMMON_LINE = /^(home|menu|search|share|about|contact|blog|news|more|login|subscribe|related posts|recent posts|table of contents|read more|leave a reply)$/i;
/**
 * A short line naming one person's job: "Senior Content Manager", "Language Blogger & Polyglott", "Editor at
 * Large". The job word is singular and ends the title or a part of it ("Author Website" is a menu link,
 * "Experts" and "C4 Lab Team" are sections, not jobs).
 */
export const ROLE_LINE = new RegExp(`\\b${ROLE_PREFIX}(?!(?:team|staff|desk)\\b)(?:${ROLE_WORDS})\\b(?=\\s*(?:$|[,&|]|(?:at|of|for|and|in)\\b))`, 'i');
/** News agencies, which sign wire copy in place of a person ("By The Associated Press", "Reuters"). */
export const AGENCY = /^(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|upi|united press international|press association|dpa|bloomberg news)$/i;
