import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalSpeaker, findQuotes } from '../../src/extract/quotes.ts';
import { SEED_B_PARAGRAPHS } from '../fixtures/seed-paragraphs.ts';

/** Quotes reduced to {text, speaker}: what most tests pin down exactly. */
function said(paragraphs: string[]): { text: string; speaker: string | null }[] {
  return findQuotes(paragraphs).map((q) => ({ text: q.text, speaker: q.speaker }));
}

const SEED_B = SEED_B_PARAGRAPHS;

describe('findQuotes: the seed articles', () => {
  it('should attribute a wire-style quote with the role before the name', () => {
    const quotes = findQuotes([
      'Washington, United States — North Korea has provided Russia with ballistic missiles and missile launchers that were used in recent attacks on Ukraine, the White House said Thursday.',
      '“This is a significant and concerning escalation,” National Security Council spokesman John Kirby told reporters in a briefing.',
      'Russian forces launched at least one of the North Korean-supplied missiles on December 30, which landed in an open field in the Zaporizhzhia region, Kirby said.',
      'Moscow’s forces then fired “multiple” ballistic missiles into Ukraine as part of a mass aerial attack on January 2, he added.',
    ]);
    assert.deepEqual(quotes, [
      { text: 'This is a significant and concerning escalation', speaker: 'John Kirby', role: 'National Security Council spokesman' },
    ]);
  });

  it('should find the three partial quotes of seed B, all John Kirby', () => {
    assert.deepEqual(said(SEED_B), [
      { text: 'provided Russia with ballistic missile launchers and several ballistic missiles', speaker: 'John Kirby' },
      { text: 'civilian infrastructure and to kill innocent', speaker: 'John Kirby' },
      { text: 'a significant and concerning escalation', speaker: 'John Kirby' },
    ]);
  });

  it('should not take a one-word scare quote for a quote', () => {
    assert.deepEqual(findQuotes(['Moscow’s forces then fired “multiple” ballistic missiles into Ukraine as part of a mass aerial attack on January 2, he added.']), []);
  });
});

describe('findQuotes: quotation marks', () => {
  it('should read straight double quotes and keep apostrophes inside them', () => {
    assert.deepEqual(said(['"I don\'t think that\'s fair to the players," said manager Jurgen Klopp.']), [
      { text: "I don't think that's fair to the players", speaker: 'Jurgen Klopp' },
    ]);
  });

  it('should keep nested single quotes inside double quotes', () => {
    assert.deepEqual(said(['“When he told me ‘you are fired,’ I was in shock,” said Alice Walker, a former employee.']), [
      { text: 'When he told me ‘you are fired,’ I was in shock', speaker: 'Alice Walker' },
    ]);
  });

  it('should read British single quotes with nested double quotes', () => {
    assert.deepEqual(said(['‘It was the best day of my life,’ said Jane Doe, 34, from Leeds.', '‘We said “no” to the deal and we meant it,’ she added.']), [
      { text: 'It was the best day of my life', speaker: 'Jane Doe' },
      { text: 'We said “no” to the deal and we meant it', speaker: 'Jane Doe' },
    ]);
  });

  it('should not close a single quote on an apostrophe inside a word', () => {
    assert.deepEqual(said(['‘Moscow’s plan isn’t going to work,’ said Olena Kovalenko.']), [
      { text: 'Moscow’s plan isn’t going to work', speaker: 'Olena Kovalenko' },
    ]);
  });

  it('should read guillemets and German low-high quotes, with their own speech verbs', () => {
    assert.deepEqual(said(['«Nous allons gagner cette bataille», a déclaré Emmanuel Macron.', '„Wir schaffen das“, sagte Angela Merkel.']), [
      { text: 'Nous allons gagner cette bataille', speaker: 'Emmanuel Macron' },
      { text: 'Wir schaffen das', speaker: 'Angela Merkel' },
    ]);
  });

  it('should read reversed German guillemets and "selon"', () => {
    assert.deepEqual(said(['»Das ist eine Katastrophe«, sagte Boris Pistorius.', 'Selon Olaf Scholz, « la situation est très grave pour l’Europe ».']), [
      { text: 'Das ist eine Katastrophe', speaker: 'Boris Pistorius' },
      { text: 'la situation est très grave pour l’Europe', speaker: 'Olaf Scholz' },
    ]);
  });

  it('should read guillemets in English copy', () => {
    assert.deepEqual(said(['Macron said: «We will not give up on Europe, ever.»']), [
      { text: 'We will not give up on Europe, ever', speaker: 'Macron' },
    ]);
  });

  it('should join a quote running over paragraphs that reopen with a mark', () => {
    assert.deepEqual(
      said([
        'The mayor was blunt. “We have run out of money and we have run out of time.',
        '“Unless the state steps in, the buses will stop on Friday,” Mayor Karen Bass said.',
        '“We cannot allow that to happen.”',
      ]),
      [
        { text: 'We have run out of money and we have run out of time. Unless the state steps in, the buses will stop on Friday', speaker: 'Karen Bass' },
        { text: 'We cannot allow that to happen', speaker: 'Karen Bass' },
      ],
    );
  });

  it('should keep a closing question or exclamation mark and drop a closing comma or full stop', () => {
    assert.deepEqual(said(['“Why would anyone believe that?” asked Nancy Pelosi, the former House speaker.', '“We will win.” Pelosi left the room.']), [
      { text: 'Why would anyone believe that?', speaker: 'Nancy Pelosi' },
      { text: 'We will win', speaker: 'Nancy Pelosi' },
    ]);
  });
});

describe('findQuotes: what is not a quote', () => {
  it('should skip the title of a film in title case', () => {
    assert.deepEqual(findQuotes(['She starred in the film “The Golden Compass” in 2007 and later joined the cast of “Game of Thrones.”']), []);
  });

  it('should skip a nickname between the parts of a name and read the name whole', () => {
    assert.deepEqual(said(['Dwayne “The Rock” Johnson attended the premiere.', 'Earvin “Magic” Johnson said the team “needs a leader who can carry the offense every night.”']), [
      { text: 'needs a leader who can carry the offense every night', speaker: 'Earvin Johnson' },
    ]);
  });

  it('should skip terms introduced as such and short scare quotes', () => {
    assert.deepEqual(findQuotes(['The so-called “peace dividend” never arrived, critics say.', 'The company called the plan “reckless” and “dangerous.”', 'The app is known as “the everything app for busy people”.']), []);
  });

  it('should keep a one-word answer only when a speech verb stands right by it', () => {
    assert.deepEqual(said(['“No,” Sarah Smith said when asked if she would resign.', 'It was, in her words, “fine.”']), [{ text: 'No', speaker: 'Sarah Smith' }]);
  });

  it('should not keep one or two words picked out of a sentence, even with a speech verb before them', () => {
    assert.deepEqual(said(['President Joe Biden called the ruling “a mistake” and “wrong.”']), []);
  });

  it('should keep a short answer introduced by its speech verb', () => {
    assert.deepEqual(said(['Asked whether she shielded her son, Unique Armstead quietly answered, "Yes."']), [{ text: 'Yes', speaker: 'Unique Armstead' }]);
  });

  it('should keep a partial quote of three words or more inside reported speech', () => {
    assert.deepEqual(said(['Senator Ted Cruz said the plan was “dead on arrival” in the Senate.']), [{ text: 'dead on arrival', speaker: 'Ted Cruz' }]);
  });
});

describe('findQuotes: attribution patterns', () => {
  it('should read "said X, a spokesman for Y" with the appositive as the role', () => {
    assert.deepEqual(findQuotes(['“We are reviewing the decision,” said Sarah Chen, a spokeswoman for the Department of Education.']), [
      { text: 'We are reviewing the decision', speaker: 'Sarah Chen', role: 'spokeswoman for the Department of Education' },
    ]);
  });

  it('should read "X, 54, told" and "said X in a statement"', () => {
    assert.deepEqual(said(['“The numbers speak for themselves,” Tom Hanks, 67, told the crowd.', '“There is no timeline yet,” said Tim Cook in a statement.']), [
      { text: 'The numbers speak for themselves', speaker: 'Tom Hanks' },
      { text: 'There is no timeline yet', speaker: 'Tim Cook' },
    ]);
  });

  it('should take the role from an appositive after an inverted verb', () => {
    assert.deepEqual(findQuotes(['“Prices will keep rising this year,” said Mark Zandi, chief economist at Moody’s Analytics, in a note to clients.']), [
      { text: 'Prices will keep rising this year', speaker: 'Mark Zandi', role: 'chief economist at Moody’s Analytics' },
    ]);
  });

  it('should read a colon-introduced quote', () => {
    assert.deepEqual(said(['Labour’s leader, Keir Starmer, said: “This is a government in chaos.”', 'Klopp, whose side lost 2-1, added: "We will come back stronger next season."']), [
      { text: 'This is a government in chaos', speaker: 'Keir Starmer' },
      { text: 'We will come back stronger next season', speaker: 'Klopp' },
    ]);
  });

  it('should read a quote broken by its attribution as two quotes of one speaker', () => {
    assert.deepEqual(findQuotes(['“We have the votes,” Senate Majority Leader Chuck Schumer told reporters, “and we will pass this bill before the recess.”']), [
      { text: 'We have the votes', speaker: 'Chuck Schumer', role: 'Senate Majority Leader' },
      { text: 'and we will pass this bill before the recess', speaker: 'Chuck Schumer', role: 'Senate Majority Leader' },
    ]);
  });

  it('should read a partial quote with the attribution after it and a title run with "of"', () => {
    assert.deepEqual(findQuotes(['The agreement is “a historic step toward lasting peace in the region,” Secretary of State Antony Blinken said.']), [
      { text: 'a historic step toward lasting peace in the region', speaker: 'Antony Blinken', role: 'Secretary of State' },
    ]);
  });

  it('should read "according to X" before or after the quote', () => {
    assert.deepEqual(said(['According to Dr. Anthony Fauci, “the virus is not going away anytime soon.”', '“Cases will rise again in the winter,” according to Rochelle Walensky, the CDC director.']), [
      { text: 'the virus is not going away anytime soon', speaker: 'Anthony Fauci' },
      { text: 'Cases will rise again in the winter', speaker: 'Rochelle Walensky' },
    ]);
  });

  it('should leave "according to a report" unnamed rather than borrow a speaker', () => {
    assert.deepEqual(said(['Transport Secretary Pete Buttigieg said the bridge would close.', '“The bridge is unsafe for heavy traffic,” according to a report by the state engineer.']), [
      { text: 'The bridge is unsafe for heavy traffic', speaker: null },
    ]);
  });

  it('should read wrote, tweeted and asked', () => {
    assert.deepEqual(
      said([
        'In a post on X, former President Donald Trump wrote: “The election was rigged and everyone knows it!”',
        'Elon Musk tweeted that the verdict was “a disgrace to our great country.”',
        '“Are you serious about this plan?” asked Jake Tapper.',
      ]),
      [
        { text: 'The election was rigged and everyone knows it!', speaker: 'Donald Trump' },
        { text: 'a disgrace to our great country', speaker: 'Elon Musk' },
        { text: 'Are you serious about this plan?', speaker: 'Jake Tapper' },
      ],
    );
  });

  it('should read "X called it …" and a participle that borrows the sentence subject', () => {
    assert.deepEqual(said(['Boudreau gave his players a pep talk Tuesday, telling them to “believe in yourselves every night.”', 'Governor Gavin Newsom called the ruling “a gift to polluters everywhere.”']), [
      { text: 'believe in yourselves every night', speaker: 'Boudreau' },
      { text: 'a gift to polluters everywhere', speaker: 'Gavin Newsom' },
    ]);
  });

  it('should give a second verb of the subject its speaker: "smiled and said", "paused, then said"', () => {
    assert.deepEqual(said(['Coach Ann Smith smiled and said: “We will be back next year.”', 'She paused, then said: “Nobody saw this coming at all.”']), [
      { text: 'We will be back next year', speaker: 'Ann Smith' },
      { text: 'Nobody saw this coming at all', speaker: 'Ann Smith' },
    ]);
  });

  it('should give a participle after a relative clause to its antecedent, and a non-person subject nobody', () => {
    assert.deepEqual(
      said([
        'The decision was welcomed by Matt Smith, who recorded a message to Capaldi, saying: "I just want to wish my successor all the best."',
        'A review of 27 trials found weight loss and concluded that “intermittent fasting shows promise for obesity.”',
      ]),
      [
        { text: 'I just want to wish my successor all the best', speaker: 'Matt Smith' },
        { text: 'intermittent fasting shows promise for obesity', speaker: null },
      ],
    );
  });

  it('should take a dash credit under a quote', () => {
    assert.deepEqual(said(['“Had he taken the book further, he would have been a giant of the field.” — Neil Gaiman']), [
      { text: 'Had he taken the book further, he would have been a giant of the field', speaker: 'Neil Gaiman' },
    ]);
  });

  it('should cross unknown modifiers to reach the name: "says veteran industry analyst Ken Doctor"', () => {
    assert.deepEqual(findQuotes(['“There hasn’t been a single year of revenue gain,” says veteran industry analyst Ken Doctor.']), [
      { text: 'There hasn’t been a single year of revenue gain', speaker: 'Ken Doctor', role: 'veteran industry analyst' },
    ]);
  });

  it('should read tabloid copy with an age and a home town between name and verb', () => {
    assert.deepEqual(said(['Heartbroken mum Jane Smith, 34, from Leeds, said: ‘I will never forgive them for what they did.’', '‘He was my whole world,’ she sobbed.']), [
      { text: 'I will never forgive them for what they did', speaker: 'Jane Smith' },
      { text: 'He was my whole world', speaker: 'Jane Smith' },
    ]);
  });
});

describe('findQuotes: names, pronouns and roles', () => {
  it('should expand a surname to the fullest name the article uses, even one given later', () => {
    assert.deepEqual(said(['Mrs. Thatcher said the policy was “the only sensible way forward for Britain.”', 'Margaret Thatcher served as prime minister from 1979 to 1990.']), [
      { text: 'the only sensible way forward for Britain', speaker: 'Margaret Thatcher' },
    ]);
  });

  it('should expand a surname to a full name given many paragraphs before the first quote', () => {
    const filler = Array.from({ length: 7 }, (_, i) => `Paragraph ${i + 1} describes the missile programme in some detail.`);
    assert.deepEqual(said(['National Security Council spokesman John Kirby briefed reporters.', ...filler, '“We are watching this very closely,” Kirby said.']), [
      { text: 'We are watching this very closely', speaker: 'John Kirby' },
    ]);
  });

  it('should give a surname two people share to the one the article introduced first', () => {
    assert.deepEqual(
      said([
        'Polygamist leader Warren Jeffs was sentenced Tuesday to life in prison.',
        '"Justice has been served," his nephew, Brent Jeffs, told reporters.',
        'An FBI agent read from a record in which Jeffs allegedly wrote: "Things are happening so quickly."',
      ]),
      [
        { text: 'Justice has been served', speaker: 'Brent Jeffs' },
        { text: 'Things are happening so quickly', speaker: 'Warren Jeffs' },
      ],
    );
  });

  it('should resolve he and she between two people by gender', () => {
    assert.deepEqual(
      said([
        'John Smith met Mary Jones at the summit on Monday.',
        '“The talks were productive,” he said.',
        '“I disagree with that assessment entirely,” she said.',
        '“She is wrong about that,” Smith replied.',
      ]),
      [
        { text: 'The talks were productive', speaker: 'John Smith' },
        { text: 'I disagree with that assessment entirely', speaker: 'Mary Jones' },
        { text: 'She is wrong about that', speaker: 'John Smith' },
      ],
    );
  });

  it('should prefer the last speaker over a person merely mentioned since', () => {
    assert.deepEqual(
      said([
        'Coach Bill Belichick praised quarterback Tom Brady after the game.',
        '“He was outstanding tonight,” Belichick said.',
        'Brady was more modest. “I just tried to do my job and the line gave me time,” he said.',
      ]),
      [
        { text: 'He was outstanding tonight', speaker: 'Bill Belichick' },
        { text: 'I just tried to do my job and the line gave me time', speaker: 'Tom Brady' },
      ],
    );
  });

  it('should resolve "the spokesman" to the named spokesman before it', () => {
    assert.deepEqual(said(['Pentagon spokesman John Kirby briefed reporters on Monday.', '“We have been clear all along,” the spokesman added.']), [
      { text: 'We have been clear all along', speaker: 'John Kirby' },
    ]);
  });

  it('should leave anonymous sources and indefinite roles unnamed', () => {
    assert.deepEqual(
      said([
        '“The deal is done and will be announced on Friday,” a person familiar with the matter said.',
        '“We were not consulted at all,” one official said.',
        '“We have a plan for this,” a Downing Street spokesman said.',
        '“The investigation is ongoing,” police said.',
      ]),
      [
        { text: 'The deal is done and will be announced on Friday', speaker: null },
        { text: 'We were not consulted at all', speaker: null },
        { text: 'We have a plan for this', speaker: null },
        { text: 'The investigation is ongoing', speaker: null },
      ],
    );
  });

  it('should keep an institution that is the subject of a speech verb, and "it" after it', () => {
    assert.deepEqual(said(['“We take these allegations seriously,” the White House said in a statement.', '“The company has always complied with the law,” it said.', 'Google said in a blog post that “user privacy remains our top priority.”']), [
      { text: 'We take these allegations seriously', speaker: 'White House' },
      { text: 'The company has always complied with the law', speaker: 'White House' },
      { text: 'user privacy remains our top priority', speaker: 'Google' },
    ]);
  });

  it('should drop titles and honorifics from the speaker and spell out an abbreviated title in the role', () => {
    assert.deepEqual(findQuotes(['Sen. Elizabeth Warren, D-Mass., said the bill was "a giveaway to the banks."', '“We will keep fighting,” said Rep. Jim Jordan, R-Ohio, who chairs the committee.']), [
      { text: 'a giveaway to the banks', speaker: 'Elizabeth Warren', role: 'Senator' },
      { text: 'We will keep fighting', speaker: 'Jim Jordan', role: 'Representative' },
    ]);
  });

  it('should strip a sentence-opening word that is not part of the name', () => {
    assert.deepEqual(said(['Hosting Cook, Marc Benioff praised the company.', 'But Benioff said “the phone is my whole office these days.”']), [
      { text: 'the phone is my whole office these days', speaker: 'Marc Benioff' },
    ]);
  });

  it('should start a long capitalised run at its first known first name', () => {
    assert.deepEqual(said(['“He got what was coming to him,” Browns DL Sheldon Richardson said.']), [
      { text: 'He got what was coming to him', speaker: 'Sheldon Richardson' },
    ]);
  });
});

describe('findQuotes: harder names and subjects', () => {
  it('should keep lower-case particles inside a name and expand the short form', () => {
    assert.deepEqual(
      findQuotes([
        '“Europe must be ready to defend itself,” European Commission President Ursula von der Leyen said on Wednesday.',
        'Von der Leyen added that “the threat is not imminent but it is real.”',
      ]),
      [
        { text: 'Europe must be ready to defend itself', speaker: 'Ursula von der Leyen', role: 'European Commission President' },
        { text: 'the threat is not imminent but it is real', speaker: 'Ursula von der Leyen' },
      ],
    );
  });

  it('should expand to a full name given only after the last quote', () => {
    assert.deepEqual(said(['“We are not going anywhere,” Netanyahu told CNN in an interview aired Sunday.', 'Israeli Prime Minister Benjamin Netanyahu has vowed to continue the war.']), [
      { text: 'We are not going anywhere', speaker: 'Benjamin Netanyahu' },
    ]);
  });

  it('should take the name from an appositive after a role: "said one passenger, Maria Gonzalez, 45"', () => {
    assert.deepEqual(findQuotes(['“It was terrifying, I thought we were going to die,” said one passenger, Maria Gonzalez, 45.']), [
      { text: 'It was terrifying, I thought we were going to die', speaker: 'Maria Gonzalez', role: 'passenger' },
    ]);
  });

  it('should take a name after a possessive role and before a comma', () => {
    assert.deepEqual(findQuotes(['“We reject these claims,” Tesla’s spokesman, Jim Brown, said.']), [
      { text: 'We reject these claims', speaker: 'Jim Brown', role: 'Tesla’s spokesman' },
    ]);
  });

  it('should name nobody for two joint speakers', () => {
    assert.deepEqual(said(['“We are thrilled with the result,” Smith and Jones said in a joint statement.']), [{ text: 'We are thrilled with the result', speaker: null }]);
  });

  it('should skip a party-and-state parenthesis between name and verb', () => {
    assert.deepEqual(said(['Committee Chairman Rep. Edward Markey (D-Mass.) said the rules showed the administration was “determined to wreak as much havoc as possible.”']), [
      { text: 'determined to wreak as much havoc as possible', speaker: 'Edward Markey' },
    ]);
  });

  it('should read "was heard saying" and a role subject resolved to a named holder', () => {
    assert.deepEqual(
      said([
        'Judge James Bodiford sentenced Brian Nichols on Friday.',
        '"A good wife follows the spirit of peace," Nichols was heard saying on the tape.',
        'The judge offered advice for the prison guards who will handle Nichols:',
        '“Do not trust Mr. Nichols ever again.”',
      ]),
      [
        { text: 'A good wife follows the spirit of peace', speaker: 'Brian Nichols' },
        { text: 'Do not trust Mr. Nichols ever again', speaker: 'James Bodiford' },
      ],
    );
  });

  it('should take the person a colon-ended paragraph names, not the word opening it', () => {
    assert.deepEqual(said(['Below is a statement by Francesca Grifo, director of the Scientific Integrity Program:', '"Several last-minute changes have undermined the scientific foundation of the act."']), [
      { text: 'Several last-minute changes have undermined the scientific foundation of the act', speaker: 'Francesca Grifo' },
    ]);
  });

  it('should prefer a named speaker after the quote to a generic subject before it', () => {
    assert.deepEqual(said(['Many people also report sharper thinking while fasting, but “clinical trials have not shown the same benefits” in healthy people, says Duane Mellor.']), [
      { text: 'clinical trials have not shown the same benefits', speaker: 'Duane Mellor' },
    ]);
  });
});

describe('findQuotes: roles', () => {
  it('should take the head before a preposition as the subject: groups and spokesmen for institutions stay unnamed', () => {
    assert.deepEqual(
      said([
        'Economists at Capital Economics said the figures were "a nasty surprise for policymakers."',
        'A spokesperson for the British Foreign Office reiterated that settlements "are illegal under international law."',
        '"We now expect rates to peak at 5%," said Paul Dales of Capital Economics.',
      ]),
      [
        { text: 'a nasty surprise for policymakers', speaker: null },
        { text: 'are illegal under international law', speaker: null },
        { text: 'We now expect rates to peak at 5%', speaker: 'Paul Dales' },
      ],
    );
  });

  it('should keep modifiers after a possessive in the role', () => {
    assert.deepEqual(findQuotes(['Labour’s shadow chancellor, Rachel Reeves, said the government had “lost control of the economy”.']), [
      { text: 'lost control of the economy', speaker: 'Rachel Reeves', role: 'Labour’s shadow chancellor' },
    ]);
  });

  it('should keep a lower-case role before the name whole', () => {
    assert.deepEqual(findQuotes(['Officials were tight-lipped. “We cannot comment on an ongoing investigation,” said police spokeswoman Jane Doe.']), [
      { text: 'We cannot comment on an ongoing investigation', speaker: 'Jane Doe', role: 'police spokeswoman' },
    ]);
  });

  it('should read a capitalised role noun opening the run as a title', () => {
    assert.deepEqual(findQuotes(['Quarterback Dak Prescott agreed. “We have to be better on third down, period.”']), [
      { text: 'We have to be better on third down, period', speaker: 'Dak Prescott' },
    ]);
    assert.deepEqual(findQuotes(['“We just didn’t execute,” Cowboys coach Mike McCarthy said after the loss.']), [
      { text: 'We just didn’t execute', speaker: 'Mike McCarthy', role: 'Cowboys coach' },
    ]);
  });

  it('should not take the last word of a long title for a name', () => {
    assert.deepEqual(said(['The United Nations High Commissioner for Human Rights said the decision did “not modify existing international law in any way.”']), [
      { text: 'not modify existing international law in any way', speaker: null },
    ]);
  });
});

describe('findQuotes: speaker from context', () => {
  it('should continue the speaker of a quote earlier in the paragraph', () => {
    assert.deepEqual(said(['“We expected a small effect,” Dr. Maria Lopez said. “It changes how we think about the vaccine.”']), [
      { text: 'We expected a small effect', speaker: 'Maria Lopez' },
      { text: 'It changes how we think about the vaccine', speaker: 'Maria Lopez' },
    ]);
  });

  it('should take the speaker of reported speech earlier in the paragraph', () => {
    assert.deepEqual(said(['Kirby said the United States would respond. “We will hold them accountable for this behaviour.”']), [
      { text: 'We will hold them accountable for this behaviour', speaker: 'Kirby' },
    ]);
  });

  it('should carry the speaker into a paragraph that is only a quote', () => {
    assert.deepEqual(said(['Prime Minister Rishi Sunak said on Monday:', '“We will stop the boats, and we will do it this year.”', '“Nobody should doubt our resolve on this.”']), [
      { text: 'We will stop the boats, and we will do it this year', speaker: 'Rishi Sunak' },
      { text: 'Nobody should doubt our resolve on this', speaker: 'Rishi Sunak' },
    ]);
  });

  it('should not carry a speaker more than a couple of sentences through a long paragraph', () => {
    assert.deepEqual(
      said([
        'The ACSM recommends 150 minutes of exercise a week. Most people never reach it. Work is busy. Kids need rides. Evenings vanish. Write down your goals, such as “I want to run a 5k this spring.”',
      ]),
      [{ text: 'I want to run a 5k this spring', speaker: null }],
    );
  });

  it('should take a one-word surname that is also a verb or adjective, but not an adverb', () => {
    assert.deepEqual(said(['Brown said the plan was “a deadly combination of risks.”', 'Specifically state the goal, for example “I want to gain five pounds.”']), [
      { text: 'a deadly combination of risks', speaker: 'Brown' },
      { text: 'I want to gain five pounds', speaker: null },
    ]);
  });

  it('should leave a quote with nobody near it unnamed', () => {
    assert.deepEqual(said(['The economy grew by two percent last year.', 'Some economists expect a slowdown.', 'A banner at the rally read “no more wars for oil profits.”']), [
      { text: 'no more wars for oil profits', speaker: null },
    ]);
  });
});

describe('canonicalSpeaker', () => {
  it('should drop honorifics and titles used as titles', () => {
    assert.equal(canonicalSpeaker('Mr. John Kirby'), 'John Kirby');
    assert.equal(canonicalSpeaker('Sen. Elizabeth Warren'), 'Elizabeth Warren');
    assert.equal(canonicalSpeaker('President Joe Biden'), 'Joe Biden');
    assert.equal(canonicalSpeaker('Dr. Anthony Fauci'), 'Anthony Fauci');
    assert.equal(canonicalSpeaker('Prime Minister Rishi Sunak'), 'Rishi Sunak');
  });

  it('should normalise whitespace, apostrophes and possessives', () => {
    assert.equal(canonicalSpeaker('  Conan   O’Brien '), "Conan O'Brien");
    assert.equal(canonicalSpeaker('Kirby’s'), 'Kirby');
    assert.equal(canonicalSpeaker('“John Kirby”'), 'John Kirby');
    assert.equal(canonicalSpeaker("Peter Capaldi'"), 'Peter Capaldi');
    assert.equal(canonicalSpeaker('PETER Capaldi'), 'Peter Capaldi');
    assert.equal(canonicalSpeaker('NRDC'), 'NRDC');
  });

  it('should keep royal and papal titles and a lone title word', () => {
    assert.equal(canonicalSpeaker('King Charles'), 'King Charles');
    assert.equal(canonicalSpeaker('Pope Francis'), 'Pope Francis');
    assert.equal(canonicalSpeaker('President'), 'President');
  });
});

describe('findQuotes: speed', () => {
  it('should handle a 700-word article in a few milliseconds', () => {
    const paragraph = SEED_B.join(' ');
    const article = [...SEED_B, paragraph, ...SEED_B].slice(0, 12);
    for (let i = 0; i < 30; i++) findQuotes(article); // let the JIT warm up, as in a real build
    const start = process.cpuUsage();
    for (let i = 0; i < 50; i++) findQuotes(article);
    const used = process.cpuUsage(start);
    const perArticle = (used.user + used.system) / 1000 / 50;
    // Measured ~2–3 ms of CPU for these 930 words with 9 quotes; the bound leaves room for a
    // loaded machine but fails on anything quadratic.
    assert.ok(perArticle < 15, `took ${perArticle.toFixed(2)} ms`);
  });
});

describe('findQuotes: robustness', () => {
  it('should never throw and always return trimmed, non-empty quote texts on arbitrary text', async () => {
    const fc = await import('fast-check');
    const piece = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '„', ' said ', ' he ', ' Kirby', ' John Smith', ', ', '. ', ':', 'the spokesman', 'words here', '\n', '—', '(', ')', 'according to', ' Mr.');
    const paragraph = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
        const quotes = findQuotes(paragraphs);
        for (const q of quotes) {
          assert.ok(q.text.length > 0 && q.text === q.text.trim());
          assert.ok(!/[,.;:]$/.test(q.text));
          assert.ok(q.speaker === null || (typeof q.speaker === 'string' && q.speaker.length > 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should return nothing for no paragraphs or paragraphs without marks', () => {
    assert.deepEqual(findQuotes([]), []);
    assert.deepEqual(findQuotes(['', 'Plain text with an apostrophe’s use and no quotes.']), []);
  });
});
