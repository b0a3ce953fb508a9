/**
 * Speaker attribution on paragraphs written the way real newspapers write: wire copy, features,
 * tabloids, sports, court and science reports, interviews. Each case names the family it stands for;
 * the expected speaker is what a careful reader of the paragraph would name.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/extract/quotes.ts';

/** [quote text, speaker] or [quote text, speaker, role] when the role is pinned down too. */
type Want = [string, string | null] | [string, string | null, string | null];

function check(paragraphs: string[], want: Want[]): void {
  const got = findQuotes(paragraphs).map((q, i) => {
    const w = want[i];
    const base: { text: string; speaker: string | null; role?: string | null } = { text: q.text, speaker: q.speaker };
    if (w && w.length === 3) base.role = q.role ?? null;
    return base;
  });
  const expected = want.map((w) => (w.length === 3 ? { text: w[0], speaker: w[1], role: w[2] } : { text: w[0], speaker: w[1] }));
  assert.deepEqual(got, expected);
}

describe('news attribution: wire copy', () => {
  it('should expand a surname in a wire lede follow-up to the full name given in the lede', () => {
    check(
      [
        'KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy on Sunday urged Western allies to speed up deliveries of air defense systems.',
        '“Every day of delay costs lives,” Zelenskyy said in his nightly video address.',
      ],
      [['Every day of delay costs lives', 'Volodymyr Zelenskyy']],
    );
  });

  it('should take the role from an appositive after "said X" in Reuters style', () => {
    check(
      ['"The market is pricing in a soft landing, and that may be too optimistic," said Kathy Jones, chief fixed income strategist at the Schwab Center for Financial Research.'],
      [['The market is pricing in a soft landing, and that may be too optimistic', 'Kathy Jones', 'chief fixed income strategist at the Schwab Center for Financial Research']],
    );
  });

  it('should attribute a partial quote in reported speech with "told reporters that"', () => {
    check(['Police Chief Larry Scirotto told reporters that the suspect “was known to officers in the area.”'], [['was known to officers in the area', 'Larry Scirotto']]);
  });

  it('should read "X said Tuesday" with a weekday between the name and the end of the sentence', () => {
    check(['“We’re not going to negotiate with ourselves,” House Speaker Mike Johnson said Tuesday.'], [['We’re not going to negotiate with ourselves', 'Mike Johnson', 'House Speaker']]);
  });

  it('should read a quote followed by a long appositive and a relative clause', () => {
    check(
      ['“This virus has surprised us at every turn,” said Dr. Amir Khan, a professor of epidemiology at the University of Toronto who has studied the virus since 2020.'],
      [['This virus has surprised us at every turn', 'Amir Khan']],
    );
  });

  it('should read "X was quoted by an agency as saying"', () => {
    check(
      ['Kremlin spokesman Dmitry Peskov dismissed the report.', '“These are absurd claims with no basis in reality,” Peskov was quoted by the Interfax news agency as saying.'],
      [['These are absurd claims with no basis in reality', 'Dmitry Peskov']],
    );
  });

  it('should read "X told The Associated Press in an interview"', () => {
    check(['“I never expected to win, honestly,” Maria Santos told The Associated Press in an interview Monday.'], [['I never expected to win, honestly', 'Maria Santos']]);
  });

  it('should read a hyphenated surname after a role', () => {
    check(
      ['White House press secretary Karine Jean-Pierre told reporters the president “has full confidence in his team.”', '“He is not going anywhere,” Jean-Pierre said.'],
      [
        ['has full confidence in his team', 'Karine Jean-Pierre'],
        ['He is not going anywhere', 'Karine Jean-Pierre'],
      ],
    );
  });

  it('should expand "Mr. Obama" to the full name in New York Times style', () => {
    check(
      ['President Barack Obama met with congressional leaders on Friday.', '“We are not going to let the country default,” Mr. Obama said after the meeting.'],
      [['We are not going to let the country default', 'Barack Obama']],
    );
  });

  it('should read "said X, who" with a relative clause after the name', () => {
    check(['“The water came up so fast we had no time to grab anything,” said Maria Garcia, who has lived on the street for 30 years.'], [['The water came up so fast we had no time to grab anything', 'Maria Garcia']]);
  });

  it('should read a Chinese name given surname first and shortened to the surname', () => {
    check(
      ['Chinese Foreign Ministry spokesperson Mao Ning said Beijing would take “resolute measures to defend its interests.”', '“We urge the U.S. side to stop this wrong practice,” Mao said.'],
      [
        ['resolute measures to defend its interests', 'Mao Ning'],
        ['We urge the U.S. side to stop this wrong practice', 'Mao Ning'],
      ],
    );
  });

  it('should read a name with Jr. as the speaker', () => {
    check(['“Injustice anywhere is a threat to justice everywhere,” wrote Martin Luther King Jr.'], [['Injustice anywhere is a threat to justice everywhere', 'Martin Luther King Jr.']]);
  });
});

describe('news attribution: the attribution in the middle', () => {
  it('should give both halves of a broken quote to the speaker between them', () => {
    check(['Sarah Mitchell, 41, has run the bakery for a decade.', '“We will,” she said, “win this fight.”'], [
      ['We will', 'Sarah Mitchell'],
      ['win this fight', 'Sarah Mitchell'],
    ]);
  });

  it('should give a sentence broken by "said X" to X with a full sentence after', () => {
    check(['“I’ve never seen anything like it,” said Tom Reilly, a firefighter for 22 years. “The whole hillside was on fire.”'], [
      ['I’ve never seen anything like it', 'Tom Reilly'],
      ['The whole hillside was on fire', 'Tom Reilly'],
    ]);
  });

  it('should read a quote split by an inverted verb with a role', () => {
    check(['“The economy is slowing,” said Federal Reserve Chair Jerome Powell, “but it is not in recession.”'], [
      ['The economy is slowing', 'Jerome Powell'],
      ['but it is not in recession', 'Jerome Powell'],
    ]);
  });
});

describe('news attribution: speakers named earlier', () => {
  it('should resolve "the senator" to the senator named earlier', () => {
    check(
      ['Sen. Joe Manchin, D-W.Va., has opposed the bill for months.', 'On Tuesday he met party leaders at the Capitol.', '“I cannot support it in its current form,” the senator said.'],
      [['I cannot support it in its current form', 'Joe Manchin']],
    );
  });

  it('should resolve "the 21-year-old" to the person given that age', () => {
    check(
      ['Emma Raducanu, 21, beat the fifth seed in straight sets on Wednesday.', '“I felt really good out there today,” the 21-year-old said.'],
      [['I felt really good out there today', 'Emma Raducanu']],
    );
  });

  it('should resolve "the 34-year-old" given by an age before the name', () => {
    check(
      ['Veteran striker Jamie Vardy scored twice as Leicester beat Southampton.', '“It’s been a tough few weeks for us,” the 37-year-old told Sky Sports.', 'Vardy, 37, has now scored 10 goals this season.'],
      [['It’s been a tough few weeks for us', 'Jamie Vardy']],
    );
  });

  it('should resolve "the company’s chief executive" to the chief executive named earlier', () => {
    check(
      ['Boeing’s chief executive, Dave Calhoun, faced questions from analysts on Wednesday.', 'The planemaker reported a loss for the quarter.', '“We are taking the right steps to restore confidence,” the company’s chief executive said.'],
      [['We are taking the right steps to restore confidence', 'Dave Calhoun']],
    );
  });

  it('should resolve "the former president" to the former president named earlier', () => {
    check(
      ['Former President Donald Trump held a rally in Ohio on Saturday.', 'The crowd cheered as he took the stage.', '“We are going to win bigger than ever before,” the former president told supporters.'],
      [['We are going to win bigger than ever before', 'Donald Trump']],
    );
  });

  it('should carry a speaker through a run of quote paragraphs', () => {
    check(
      [
        'Amina Yusuf, 42, a mother of four, fled her village in March.',
        '“We came here with nothing,” she said.',
        '“The soldiers burned our houses. We walked for nine days without food.',
        '“Now we wait, and we pray.”',
      ],
      [
        ['We came here with nothing', 'Amina Yusuf'],
        ['The soldiers burned our houses. We walked for nine days without food. Now we wait, and we pray', 'Amina Yusuf'],
      ],
    );
  });

  it('should resolve "he" past a woman mentioned since, by gender', () => {
    check(
      ['Michael Chen, the museum’s director, said the painting had been missing since 1990.', 'It was found in the attic of a house owned by Linda Park.', '“It is the find of a lifetime,” he said.'],
      [['It is the find of a lifetime', 'Michael Chen']],
    );
  });

  it('should resolve "the actress" to the actress named earlier', () => {
    check(
      ['Actress Emma Stone won the award for best actress on Sunday night.', '“I’m completely overwhelmed,” the actress said backstage.'],
      [['I’m completely overwhelmed', 'Emma Stone']],
    );
  });

  it('should resolve a party description to the lawmaker named just before', () => {
    check(
      ['Rep. Alexandria Ocasio-Cortez, D-N.Y., criticized the proposal on Wednesday.', '“This is a handout to the richest Americans,” the New York Democrat said.'],
      [['This is a handout to the richest Americans', 'Alexandria Ocasio-Cortez']],
    );
  });

  it('should keep two alternating speakers apart in a dialogue', () => {
    check(
      [
        'Detective Sarah Cole and her partner, Mike Ruiz, arrived at the house just after midnight.',
        '“Are you ready?” Cole asked.',
        '“As ready as I’ll ever be,” Ruiz replied.',
        '“Then let’s go in,” she said.',
      ],
      [
        ['Are you ready?', 'Sarah Cole'],
        ['As ready as I’ll ever be', 'Mike Ruiz'],
        ['Then let’s go in', 'Sarah Cole'],
      ],
    );
  });
});

describe('news attribution: forms of the attribution', () => {
  it('should read "X wrote on X" without taking the platform for the speaker', () => {
    check(['Elon Musk, the owner of the platform, responded within hours.', '“This is completely false,” Musk wrote on X.'], [['This is completely false', 'Elon Musk']]);
  });

  it('should read "X posted on Truth Social"', () => {
    check(['Former President Donald Trump lashed out at the judge.', '“This is a witch hunt of the highest order!” Trump posted on Truth Social.'], [['This is a witch hunt of the highest order!', 'Donald Trump']]);
  });

  it('should read "X told The Times" before a colon', () => {
    check(['Boris Johnson told The Times: “I have no regrets about any of it.”'], [['I have no regrets about any of it', 'Boris Johnson']]);
  });

  it('should read "X said in an interview with"', () => {
    check(['Taylor Swift said in an interview with Time magazine that the tour had “changed everything about how I see myself.”'], [['changed everything about how I see myself', 'Taylor Swift']]);
  });

  it('should read "In an interview, X said"', () => {
    check(['In an interview with the BBC, Prince Harry said he wanted “a family back, not an institution.”'], [['a family back, not an institution', 'Prince Harry']]);
  });

  it('should not give a quote to the person whose spokesman spoke', () => {
    check(['“The president has no plans to travel this week,” Biden’s spokesman said.'], [['The president has no plans to travel this week', null]]);
  });

  it('should not give a quote to the person whose lawyer spoke', () => {
    check(['Harvey Weinstein appeared in court on Monday.', '“My client is innocent and we will prove it,” Weinstein’s lawyer said outside the courthouse.'], [['My client is innocent and we will prove it', null]]);
  });

  it('should take the named lawyer after a possessive role', () => {
    check(['“My client is innocent,” said Weinstein’s lawyer, Donna Rotunno.'], [['My client is innocent', 'Donna Rotunno']]);
  });

  it('should read "according to a statement from" an institution', () => {
    check(['The plant will close in June, according to a statement from General Motors, which cited “weak demand for the models built there.”'], [['weak demand for the models built there', 'General Motors']]);
  });

  it('should read "according to a statement from" with the quote after', () => {
    check(['“We are cooperating fully with the investigation,” according to a statement from the Department of Justice.'], [['We are cooperating fully with the investigation', 'Department of Justice']]);
  });

  it('should take the named person from "according to a statement from her lawyer, X"', () => {
    check(['“She did nothing wrong,” according to a statement from her lawyer, Ben Crump.'], [['She did nothing wrong', 'Ben Crump']]);
  });

  it('should leave a passive "it was said" unnamed', () => {
    check(['It was said at the time that the king was “not amused by the spectacle at all.”'], [['not amused by the spectacle at all', null]]);
  });

  it('should not give a quote to the person who was told', () => {
    check(['Prime Minister Rishi Sunak visited the hospital on Friday.', '“You have abandoned us,” a nurse told Sunak.'], [['You have abandoned us', null]]);
  });

  it('should read "X said in a statement" for a company', () => {
    check(['Boeing said in a statement that it was “deeply saddened by the loss of life.”'], [['deeply saddened by the loss of life', 'Boeing']]);
  });

  it('should resolve "the ministry" to the ministry named earlier', () => {
    check(
      ['Russia’s Foreign Ministry summoned the ambassador on Tuesday.', '“These actions will not go unanswered,” the ministry said in a statement.'],
      [['These actions will not go unanswered', 'Foreign Ministry']],
    );
  });

  it('should keep the Kremlin and the Pentagon as speakers', () => {
    check(['“The talks are not on the agenda,” the Kremlin said.', 'In a statement, the Pentagon said: “We are aware of the reports and are looking into them.”'], [
      ['The talks are not on the agenda', 'Kremlin'],
      ['We are aware of the reports and are looking into them', 'Pentagon'],
    ]);
  });

  it('should read a quote introduced by a name and a colon at the start of the paragraph', () => {
    check(['Joe Biden addressed the nation on Sunday night.', 'Biden: “We will not let Ukraine fall, not now, not ever.”'], [['We will not let Ukraine fall, not now, not ever', 'Joe Biden']]);
  });

  it('should read a headline-style quote with the speaker after a colon', () => {
    check(['‘We will fight on to the end’: Zelensky vows to defend every city'], [['We will fight on to the end', 'Zelensky']]);
  });

  it('should name nobody in a headline-style quote from an unnamed group', () => {
    check(['‘We are absolutely devastated’: Family pays tribute to teenager killed in crash'], [['We are absolutely devastated', null]]);
  });

  it('should read "said one diplomat, who spoke on condition of anonymity" as unnamed', () => {
    check(['“Nobody believes the ceasefire will hold,” said one Western diplomat, who spoke on condition of anonymity.'], [['Nobody believes the ceasefire will hold', null]]);
  });

  it('should read "sources told Reuters" as unnamed', () => {
    check(['Apple is in talks to buy the startup, three sources told Reuters, with one saying the deal “could be announced within weeks.”'], [['could be announced within weeks', null]]);
  });

  it('should read "a senior official said" as unnamed even after a named person', () => {
    check(['Secretary of State Antony Blinken arrived in Cairo on Monday.', '“The gaps are narrowing but they are still real,” a senior State Department official said.'], [['The gaps are narrowing but they are still real', null]]);
  });

  it('should read "X said, adding"', () => {
    check(['The mayor, Eric Adams, said the city was “doing everything it can,” adding that “nobody will be left on the street this winter.”'], [
      ['doing everything it can', 'Eric Adams'],
      ['nobody will be left on the street this winter', 'Eric Adams'],
    ]);
  });

  it('should read "X, 54, a nurse from Ohio, said"', () => {
    check(['Maria Lopez, 54, a nurse from Ohio, said: “I have never been so tired in my life.”'], [['I have never been so tired in my life', 'Maria Lopez']]);
  });

  it('should read a statement attributed to a named person in the sentence before a colon', () => {
    check(['In a statement, the family of Tyre Nichols said:', '“We will never stop fighting for justice for Tyre.”'], [['We will never stop fighting for justice for Tyre', null]]);
  });

  it('should read "wrote in a letter to"', () => {
    check(['“I can no longer in good conscience serve in this role,” Smith wrote in a letter to the board.', 'Jane Smith had led the charity since 2012.'], [['I can no longer in good conscience serve in this role', 'Jane Smith']]);
  });
});

describe('news attribution: sports reports', () => {
  it('should expand a manager named by a possessive earlier', () => {
    check(
      ['Mikel Arteta’s side came from behind to beat Chelsea 2-1 at the Emirates.', '“We were second best for 45 minutes,” Arteta said. “The reaction in the second half was fantastic.”'],
      [
        ['We were second best for 45 minutes', 'Mikel Arteta'],
        ['The reaction in the second half was fantastic', 'Mikel Arteta'],
      ],
    );
  });

  it('should read "Asked about X, Y said:"', () => {
    check(['Manchester City manager Pep Guardiola was asked about his future.', 'Asked whether he would stay, Guardiola said: “I am happy here and the club knows it.”'], [['I am happy here and the club knows it', 'Pep Guardiola']]);
  });

  it('should read a player described by position', () => {
    check(['“It was a special night for me and my family,” said Arsenal midfielder Declan Rice.', '“The fans were incredible,” the midfielder added.'], [
      ['It was a special night for me and my family', 'Declan Rice'],
      ['The fans were incredible', 'Declan Rice'],
    ]);
  });

  it('should give the quote to the coach, not the player he talks about', () => {
    check(
      ['Coach Steve Kerr praised Stephen Curry after the win.', '“Steph was unbelievable tonight, he carried us,” Kerr said.'],
      [['Steph was unbelievable tonight, he carried us', 'Steve Kerr']],
    );
  });

  it('should read a quote after a paragraph ending with a colon', () => {
    check(['England captain Harry Kane was in no mood to celebrate afterwards:', '“We have to be much better than that if we want to win this tournament.”'], [['We have to be much better than that if we want to win this tournament', 'Harry Kane']]);
  });

  it('should read "told BBC Sport" after the quote', () => {
    check(['“I just wanted to make my country proud,” Keely Hodgkinson told BBC Sport.'], [['I just wanted to make my country proud', 'Keely Hodgkinson']]);
  });
});

describe('news attribution: court reports', () => {
  it('should give the judge’s words to the judge, not the defendant he told', () => {
    check(['“You have shown no remorse whatsoever,” Judge Sarah Whitley told Jones as she sentenced him.'], [['You have shown no remorse whatsoever', 'Sarah Whitley']]);
  });

  it('should read "Prosecutor X told the jury that"', () => {
    check(['Prosecutor Mark Hall told the jury that the defendant had “planned every detail of the attack.”'], [['planned every detail of the attack', 'Mark Hall']]);
  });

  it('should read "Defending, X said"', () => {
    check(['Defending, Anna Price said her client was “deeply sorry for what happened that night.”'], [['deeply sorry for what happened that night', 'Anna Price']]);
  });

  it('should leave "her mother said" unnamed', () => {
    check(['In a victim impact statement read to the court, her mother said: “Not a day goes by when I don’t think of her.”'], [['Not a day goes by when I don’t think of her', null]]);
  });

  it('should resolve "the judge" to the judge named earlier', () => {
    check(
      ['Judge Lewis Kaplan presided over the three-week trial.', 'The jury deliberated for less than a day.', '“This was a crime of breathtaking greed,” the judge said.'],
      [['This was a crime of breathtaking greed', 'Lewis Kaplan']],
    );
  });

  it('should read "the court heard" as unnamed', () => {
    check(['The court heard that he had told a friend he would “make them all pay for this.”'], [['make them all pay for this', null]]);
  });
});

describe('news attribution: science news', () => {
  it('should read "said lead author Dr. X, an astrophysicist at Y"', () => {
    check(['“These results are really exciting,” said lead author Dr. Priya Natarajan, an astrophysicist at Yale University.'], [
      ['These results are really exciting', 'Priya Natarajan', 'lead author'],
    ]);
  });

  it('should read "The study’s lead author, Dr. X of Y, said"', () => {
    check(['The study’s lead author, Dr. Ken Ito of Kyoto University, said the findings were “a surprise to all of us.”'], [['a surprise to all of us', 'Ken Ito']]);
  });

  it('should read "said X, who was not involved in the research"', () => {
    check(['“It’s a very elegant study,” said Jane Goodall, who was not involved in the research.'], [['It’s a very elegant study', 'Jane Goodall']]);
  });

  it('should give a follow-up quote to the researcher by pronoun', () => {
    check(
      ['Dr. Rebecca Lowe, a marine biologist at the University of Plymouth, led the survey.', 'She said the reefs were “in far worse shape than we expected.”', '“We need urgent action,” she added.'],
      [
        ['in far worse shape than we expected', 'Rebecca Lowe'],
        ['We need urgent action', 'Rebecca Lowe'],
      ],
    );
  });

  it('should resolve "the researchers" and "the study" to nobody', () => {
    check(['The study found that “sleep loss affects memory more than previously thought,” the researchers wrote.'], [['sleep loss affects memory more than previously thought', null]]);
  });
});

describe('news attribution: features and tabloids', () => {
  it('should read present-tense "says" with a role after', () => {
    check(['“It’s like nothing I’ve seen in 30 years of fashion,” says Tom Ford, the designer.'], [['It’s like nothing I’ve seen in 30 years of fashion', 'Tom Ford']]);
  });

  it('should read a feature paragraph opening with an action then a quote', () => {
    check(['Linda Moreno, 68, has run the diner since 1979.', 'Moreno pauses. “I didn’t think I would survive the first winter,” she says.'], [['I didn’t think I would survive the first winter', 'Linda Moreno']]);
  });

  it('should read a tabloid "told The Sun" with a home town', () => {
    check(['Dad-of-two Gary Jones, 45, from Bolton, told The Sun: “We’re just glad to be alive.”'], [['We’re just glad to be alive', 'Gary Jones']]);
  });

  it('should read a tabloid source quote as unnamed', () => {
    check(['A source close to the couple said: “They have been living separate lives for months.”'], [['They have been living separate lives for months', null]]);
  });

  it('should read a friend quoted as unnamed', () => {
    check(['Singer Adele was spotted in London on Friday.', '“She looks happier than ever,” a friend told the newspaper.'], [['She looks happier than ever', null]]);
  });

  it('should read a quote where the name follows an inverted verb and a title', () => {
    check(['“Nobody is above the law,” declared Attorney General Merrick Garland.'], [['Nobody is above the law', 'Merrick Garland']]);
  });

  it('should read a quote with "she told me" in a first-person feature', () => {
    check(['I met Rosa Delgado at her shop in Oaxaca.', '“My grandmother taught me everything,” she told me.'], [['My grandmother taught me everything', 'Rosa Delgado']]);
  });

  it('should leave the narrator "I asked" unnamed', () => {
    check(['“What happens next?” I asked.'], [['What happens next?', null]]);
  });
});

describe('news attribution: nested quotes and quote marks', () => {
  it('should keep a nested quote inside the outer quote', () => {
    check(['“He looked at me and said, ‘You’re fired,’ just like that,” recalled Karen Holt.'], [['He looked at me and said, ‘You’re fired,’ just like that', 'Karen Holt']]);
  });

  it('should read straight quotes in wire copy with the attribution first', () => {
    check(['Lagarde said: "Inflation is still too high and is expected to remain so for too long."', 'Christine Lagarde is president of the European Central Bank.'], [['Inflation is still too high and is expected to remain so for too long', 'Christine Lagarde']]);
  });
});

describe('news attribution: taken from the dev corpus', () => {
  it('should give "he said" to the defenseman who is the subject, not the teammate he joked about', () => {
    check(
      [
        'Nearly a week ago, Parise, 35, had scored just once in a 10-game stretch. Wild defenseman Ryan Suter, who joked about Parise’s penchant for changing sticks, could see the frustration on his friend’s face.',
        '“He’s used to scoring goals, getting points,” he said.',
      ],
      [['He’s used to scoring goals, getting points', 'Ryan Suter']],
    );
  });

  it('should leave "the statement said" unnamed and read a Taliban spokesman in a tweet', () => {
    check(
      [
        'Two United States service members have been killed in a helicopter crash in Afghanistan, the US military said in a statement on Wednesday.',
        '"The cause of the crash is under investigation, however preliminary reports do not indicate it was caused by enemy fire," the statement said.',
        '"US Chinook helicopter shot down and completely destroyed last night," Taliban spokesman Zabihullah Mujahid said in a tweet.',
        '"The Americans wanted to raid a mujahideen base, but their helicopter was shot down and caught fire," Mujahid said.',
      ],
      [
        ['The cause of the crash is under investigation, however preliminary reports do not indicate it was caused by enemy fire', null],
        ['US Chinook helicopter shot down and completely destroyed last night', 'Zabihullah Mujahid'],
        ['The Americans wanted to raid a mujahideen base, but their helicopter was shot down and caught fire', 'Zabihullah Mujahid'],
      ],
    );
  });

  it('should read a partial quote after "told US media that" with a title and appositive', () => {
    check(
      ['US President Donald Trump has been eager to withdraw, but General Mark Milley, chairman of the Joint Chiefs of Staff, told US media this month that its forces are likely to remain "for several more years".'],
      [['for several more years', 'Mark Milley']],
    );
  });

  it('should read a reported claim in a long sentence as the unnamed source’s, not a nationality word', () => {
    check(
      ['A VOA reporter Nisan Ahmado\'s source inside the Rukban camp, a Syrian refugee who feared regime retaliation, said that the Russian and Syrian defense ministry’s claim is “absolutely not true.”'],
      [['absolutely not true', null]],
    );
  });

  it('should give a reviewer’s quote to the reviewer introduced with a colon', () => {
    check(
      ['Beth Meacham, one of his editors at Tor, remembered him this way: “When you’re reading a Mike Ford novel, you knew it instantly.”'],
      [['When you’re reading a Mike Ford novel, you knew it instantly', 'Beth Meacham']],
    );
  });
});

describe('news attribution: harder references', () => {
  it('should give a bare quote paragraph to the person the paragraph before introduced', () => {
    check(['Maria Alvarez has taught at Lincoln High School for 20 years.', '“I have never seen morale this low among the staff.”'], [['I have never seen morale this low among the staff', 'Maria Alvarez']]);
  });

  it('should read the attribution in the sentence after the quote', () => {
    check(['“We lost everything in one night.” That is how Ahmed Khan, 52, describes the flood that swept through his village.'], [['We lost everything in one night', 'Ahmed Khan']]);
  });

  it('should read a new speaker introduced by a disagreement', () => {
    check(
      ['“The plan is sound,” said council leader Tom Hughes.', 'But Jane Doe, a neighbour of the site, disagreed.', '“It’s complete nonsense and everyone here knows it,” she said.'],
      [
        ['The plan is sound', 'Tom Hughes'],
        ['It’s complete nonsense and everyone here knows it', 'Jane Doe'],
      ],
    );
  });

  it('should read "Asked if …, X replied:" with a short answer', () => {
    check(['President Joe Biden spoke to reporters before boarding Air Force One.', 'Asked if he would run again, Biden replied: “Watch me.”'], [['Watch me', 'Joe Biden']]);
  });

  it('should resolve "the spokeswoman" to a spokesperson named earlier', () => {
    check(['Police spokesperson Karen Bell said officers were called at 10 p.m.', '“Two people were taken to hospital,” the spokeswoman added.'], [['Two people were taken to hospital', 'Karen Bell']]);
  });

  it('should read a long relative clause between the name and the verb', () => {
    check(
      ['Smith, who has coached the team since 2019 and led it to two league titles, said the loss was “hard to take for everyone.”', 'Mark Smith is the longest-serving coach in the league.'],
      [['hard to take for everyone', 'Mark Smith']],
    );
  });

  it('should resolve "the Spaniard" to the manager in focus, not the player he talked about', () => {
    check(
      ['Pep Guardiola was asked about Erling Haaland after the game.', '“He is a machine, he never stops,” the Spaniard said.'],
      [['He is a machine, he never stops', 'Pep Guardiola']],
    );
  });

  it('should take the name from an appositive after "the coach"', () => {
    check(['“We’re ready for anyone,” the coach, Mike Sullivan, said.'], [['We’re ready for anyone', 'Mike Sullivan']]);
  });

  it('should keep a speaker after a paragraph about someone else', () => {
    check(
      ['“We will appeal this ruling,” said lawyer Tom Hill.', 'The ruling was a blow to Mayor Ann Lee, who had backed the plan.', '“This is not over, not by a long way,” Hill said.'],
      [
        ['We will appeal this ruling', 'Tom Hill'],
        ['This is not over, not by a long way', 'Tom Hill'],
      ],
    );
  });

  it('should give a quote inside reported speech to the one quoted, not the reporter', () => {
    check(['Smith said the officer told him: “Get out of the car right now.”'], [['Get out of the car right now', null]]);
  });

  it('should leave analysts at a bank unnamed', () => {
    check(['“We see limited downside from here,” analysts at Goldman Sachs wrote in a note.'], [['We see limited downside from here', null]]);
  });

  it('should expand a surname told to a crowd', () => {
    check(['Taylor Swift played the first of three sold-out nights at Wembley.', '“I love you all so much, London,” Swift told the crowd.'], [['I love you all so much, London', 'Taylor Swift']]);
  });

  it('should expand "Ms. Ardern" to the full name', () => {
    check(['Prime Minister Jacinda Ardern announced her resignation on Thursday.', '“I no longer have enough in the tank to do the job justice,” Ms. Ardern said.'], [['I no longer have enough in the tank to do the job justice', 'Jacinda Ardern']]);
  });

  it('should keep an Irish surname with an apostrophe', () => {
    check(['“I was never supposed to be on television,” said Conan O’Brien.'], [['I was never supposed to be on television', "Conan O'Brien"]]);
  });

  it('should give a question to the one asking, not the one asked', () => {
    check(['CNN anchor Jake Tapper interviewed Vice President Kamala Harris.', '“Do you regret not doing more?” Tapper asked Harris.'], [['Do you regret not doing more?', 'Jake Tapper']]);
  });

  it('should read "X, speaking to the BBC, said:"', () => {
    check(['Sadiq Khan, speaking to the BBC, said: “London will not be divided by this.”'], [['London will not be divided by this', 'Sadiq Khan']]);
  });

  it('should read "Speaking to reporters on Monday, X said"', () => {
    check(['Prime Minister Rishi Sunak visited a school in Kent.', 'Speaking to reporters on Monday, Sunak said the plan was “working and will keep working.”'], [['working and will keep working', 'Rishi Sunak']]);
  });

  it('should take the named wife after a possessive', () => {
    check(['“He was the kindest man I ever knew,” said Smith’s wife, Jane.'], [['He was the kindest man I ever knew', 'Jane']]);
  });

  it('should leave "the family said in a statement" unnamed', () => {
    check(['Actor Matthew Perry died on Saturday.', '“We are heartbroken by the tragic loss of our son and brother,” his family said in a statement.'], [['We are heartbroken by the tragic loss of our son and brother', null]]);
  });

  it('should resolve "the 45-year-old mother of three" by age', () => {
    check(['Kerry Walsh, 45, lost her home in the fire.', '“It’s a nightmare we can’t wake up from,” says the 45-year-old mother of three.'], [['It’s a nightmare we can’t wake up from', 'Kerry Walsh']]);
  });

  it('should alternate speakers in a dialogue by pronoun and gender', () => {
    check(
      ['Anna Kowalski and her husband, Piotr, run the farm together.', '“Where were you last night?” she asked him.', '“At the barn, with the calves,” he said.'],
      [
        ['Where were you last night?', 'Anna Kowalski'],
        ['At the barn, with the calves', 'Piotr'],
      ],
    );
  });

  it('should read a wire story in which the speaker is named only by title after the lede', () => {
    check(
      ['German Chancellor Olaf Scholz said on Monday that Europe must spend more on defence.', '“We cannot rely on others to protect us,” the chancellor told lawmakers in Berlin.'],
      [['We cannot rely on others to protect us', 'Olaf Scholz']],
    );
  });

  it('should read a quote attributed to "the company" after the company spoke', () => {
    check(['Tesla said on Wednesday it would cut prices in China.', '“We remain focused on long-term growth,” the company said.'], [['We remain focused on long-term growth', 'Tesla']]);
  });

  it('should name nobody for the police when no police force is named', () => {
    check(['“The suspect was known to us,” the police said.'], [['The suspect was known to us', null]]);
  });

  it('should read a two-part quote whose second part runs on to the next paragraph', () => {
    check(
      ['“The first thing,” said instructor Dana White, “is to stay calm.', '“The second is to call for help as soon as you can.”'],
      [
        ['The first thing', 'Dana White'],
        ['is to stay calm. The second is to call for help as soon as you can', 'Dana White'],
      ],
    );
  });

  it('should give a bare quote paragraph after a colon paragraph led by a pronoun to its antecedent', () => {
    check(['Dr. Helen Ward has treated hundreds of patients with the condition.', 'She put it simply:', '“If you catch it early, you can beat it.”'], [['If you catch it early, you can beat it', 'Helen Ward']]);
  });
});

describe('news attribution: long reach and institutions', () => {
  it('should resolve "she" to the profile’s subject named six paragraphs back when nobody else is named', () => {
    check(
      [
        'Dolores Huerta was 25 when she first organized farmworkers in the Central Valley.',
        'The work was slow and often dangerous.',
        'Growers hired guards, and the courts were rarely on the workers’ side.',
        'The union grew anyway, field by field.',
        'By the 1970s, the grape boycott had reached every state.',
        'Today the movement is smaller, but it has not gone away.',
        '“We never thought of ourselves as heroes,” she said.',
      ],
      [['We never thought of ourselves as heroes', 'Dolores Huerta']],
    );
  });

  it('should expand a first name used alone to the full name', () => {
    check(['Sarah Johnson opened the bakery with her sister in 2015.', '“We had no idea what we were doing,” Sarah said, laughing.'], [['We had no idea what we were doing', 'Sarah Johnson']]);
  });

  it('should read "a statement from the White House said"', () => {
    check(['“The president has been briefed,” a statement from the White House said.'], [['The president has been briefed', 'White House']]);
  });

  it('should read "X quoted Y as saying"', () => {
    check(['The state news agency quoted Foreign Minister Hossein Amirabdollahian as saying that Iran “does not seek a wider war.”'], [['does not seek a wider war', 'Hossein Amirabdollahian']]);
  });

  it('should read "his spokesman, X, said" after a refusal', () => {
    check(['The senator declined to comment, but his spokesman, John Doe, said: “The senator stands by every word.”'], [['The senator stands by every word', 'John Doe']]);
  });

  it('should resolve "the former secretary of state" to the person holding that title', () => {
    check(
      ['Former Secretary of State Hillary Clinton spoke at the convention on Tuesday.', '“We are not going back,” the former secretary of state told the crowd.'],
      [['We are not going back', 'Hillary Clinton']],
    );
  });

  it('should read "the letter reads" as unnamed', () => {
    check(['“We demand an immediate investigation,” the letter reads.'], [['We demand an immediate investigation', null]]);
  });

  it('should keep a speaker whose surname is also a common word', () => {
    check(['Jordan Young, the team’s coach, was furious after the match.', '“That was a disgrace from start to finish,” Young said.'], [['That was a disgrace from start to finish', 'Jordan Young']]);
  });

  it('should attribute a quote after "said Smith, whose"', () => {
    check(['“It was the best moment of my career,” said Ellie Carpenter, whose late goal sealed the win.'], [['It was the best moment of my career', 'Ellie Carpenter']]);
  });

  it('should name the organisation for "the agency said" after the agency is named', () => {
    check(['The International Energy Agency raised its forecast for oil demand.', '“Demand growth remains robust in emerging markets,” the agency said in its monthly report.'], [['Demand growth remains robust in emerging markets', 'International Energy Agency']]);
  });

  it('should give "he said" to the last speaker, not a man named only as an object', () => {
    check(
      ['“We did everything we could,” said Coach Dan Miller.', 'Miller praised goalkeeper Luis Ortega for three key saves.', '“Without him we lose by five,” he said.'],
      [
        ['We did everything we could', 'Dan Miller'],
        ['Without him we lose by five', 'Dan Miller'],
      ],
    );
  });

  it('should read "X told Y:" with both people named', () => {
    check(['Judge Maria Gonzalez told Thompson: “You will spend the rest of your life in prison.”'], [['You will spend the rest of your life in prison', 'Maria Gonzalez']]);
  });

  it('should read a quote introduced by "In a post on Instagram, X wrote:"', () => {
    check(['In a post on Instagram, singer Selena Gomez wrote: “I am so grateful for all of you.”'], [['I am so grateful for all of you', 'Selena Gomez']]);
  });
});
