// An outlet signing as a group: "Podium Staff", "EDB Team", "Team SimplyThrilled", "The Investopedia Team".
// The scorer and readers take the group as the author, so it is kept whole.

const WORD = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*";
const TEAM = new RegExp(`^(?:(?:The\\s+)?${WORD}(?:\\s+${WORD}){0,2}\\s+(?:Team|Staff|Editors|Editorial Team|Editorial Staff|Newsroom|Desk)|Team\\s+${WORD}(?:\\s+${WORD})?)$`, 'u');
/** Words that make the line a link or a heading, not a signature ("Meet the Team", "Our Staff", "Contact Support Team"). */
const NOT_TEAM = /^(?:Our|Meet|Contact|Join|About|Support|Sales|Customer|Help|Ask|Email|Message|Call)\b/i;

/** The group name when the whole line is one, else null. */
export function teamByline(text: string): string | null {
  return text.length <= 50 && TEAM.test(text) && !NOT_TEAM.test(text) ? text : null;
}
