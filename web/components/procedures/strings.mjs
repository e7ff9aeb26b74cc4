// Strings of a partnership's entry page (guidance without an indicator matrix).
export default {
  title: 'What to do about a concern in {area}',
  guidance: '{title} ({date})',
  nowTitle: 'What to do now',
  nowNone: 'Talk to your designated safeguarding lead.',
  proceduresTitle: 'Procedures',
  proceduresIntro: 'Each procedure asks one question at a time and ends with what happens next and by when.',
  screenTitle: 'Screen a concern',
  screenIntro: 'Answer a few questions for what the {area} guidance says about consent, deadlines and the next steps. If you have agreed a level with your safeguarding lead you can record it; you do not have to.',
  screen: 'Screen a concern',
};
