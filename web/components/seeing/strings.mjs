// Strings of the "What are you seeing?" page's frame: the level agreed with the safeguarding lead
// (partnerships whose guidance has no full list of indicators) and what the guidance does not cover.
export default {
  title: 'What are you seeing?',
  agreedTitle: 'Which level have you agreed with your safeguarding lead?',
  agreedHint:
    'The {name} guidance has no list of indicators to tick. If you have agreed a level with your designated safeguarding lead, choose it. You do not have to.',
  agreedHintWithIndicators:
    'The signs above are the few the {name} guidance names; it does not list signs for every level. If you have agreed a level with your designated safeguarding lead, choose it.',
  agreedUnknown: 'Not agreed yet',
  or: 'or',
  agreedOption: 'Level {number}: {label}',
  notCoveredTitle: 'What the {name} guidance does not cover',
  answerSeeing: 'What you are seeing',
  answerAgreed: 'Level agreed with safeguarding lead',
  nothingTicked: 'Nothing ticked',
  noneOfThese: 'None of these',
  error: 'Tick what you are seeing, or tick “None of these”',
};
