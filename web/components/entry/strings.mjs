// Strings of a partnership's entry page (guidance without an indicator matrix).
export default {
  title: '{area}: what to do about a concern',
  // The heading under the partnership's name (its caption), so the name is not said twice.
  heading: 'What to do about a concern',
  guidance: 'Guidance: {title} ({date})',
  nowTitle: 'What to do now',
  nowNone: 'Talk to your designated safeguarding lead.',
  contactsTitle: 'Who to contact',
  noPhone: 'The {name} guidance gives no telephone number. Contact them as it says below.',
  proceduresTitle: 'Procedures',
  proceduresIntro: 'Each procedure asks one question at a time and ends with what happens next and by when.',
  screenTitle: 'Screen a concern',
  screenIntro:
    'Answer a few questions for what the {area} guidance says about consent, deadlines and the next steps. If you have agreed a level with your safeguarding lead you can record it; you do not have to.',
  screen: 'Screen a concern',
};
