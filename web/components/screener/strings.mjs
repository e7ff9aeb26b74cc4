// Every user-facing string of the screener's questions and shell, in one place (ready for Welsh or
// plain-English variants). Placeholders in {braces} are filled by format().

export default {
  serviceName: 'Threshold Screener',
  titleSuffix: ' – Threshold Screener',
  errorTitlePrefix: 'Error: ',
  loading: 'Loading the screener…',
  back: 'Back',
  continue: 'Continue',
  change: 'Change',
  partnershipContext: 'Guidance: {name}',
  changePartnership: 'Change partnership',
  procedures: 'Procedures ({count})',

  // Partnership
  partnershipTitle: 'Which partnership covers where the child lives?',
  partnershipHint: 'Choose the area the child lives in. Each partnership publishes its own guidance.',
  partnershipError: 'Select the partnership that covers where the child lives',
  partnershipOptionHint: '{title} ({published})',
  partnershipOptionHintNoDate: '{title}',
  partnershipChangeLosesAnswers: 'Changing partnership clears the answers given so far, because each partnership asks about different things.',

  // Immediate danger
  dangerTitle: 'Is the child in immediate danger?',
  dangerHint: 'For example, at risk of serious harm right now, or you cannot make sure they are safe today.',
  dangerError: 'Select yes if the child is in immediate danger',
  yes: 'Yes',
  no: 'No',

  // Age
  ageTitle: 'How old is the child?',
  ageHint: 'Do not give a date of birth or a name. An age band is enough.',
  ageError: 'Select how old the child is',
  ageUnborn: 'Unborn',
  ageUnderOne: 'Under one year old',
  ageYears: 'One year old or older',
  ageMonthsLabel: 'Age in months',
  ageMonthsHint: 'From 0 to 11. Leave blank if you do not know.',
  ageMonthsError: 'Enter the age in months as a number from 0 to 11',
  ageYearsLabel: 'Age in years',
  ageYearsError: 'Enter the age in years as a number from 1 to 25',

  // Mobility
  mobilityTitleBaby: 'Is the baby non-mobile?',
  mobilityTitleChild: 'Is the child non-mobile?',
  mobilityHint: 'Non-mobile means not yet able to roll, crawl or walk, or not able to move about independently, for example because of a disability.',
  mobilityError: 'Select yes if the child is non-mobile',

  // Involvement
  involvementTitle: 'Which services are involved with the child now?',
  involvementHint: 'Choose the highest level of support the child or family has now.',
  involvementError: 'Select which services are involved now',
  involvement: {
    none: 'None',
    single_agency: 'A single agency (for example school, health visitor or GP)',
    early_help: 'Early help',
    child_in_need: 'Child in need plan',
    child_protection: 'Child protection plan',
    looked_after: 'Looked after by the local authority',
    recently_stepped_down: 'Recently stepped down from children’s social care',
  },
  weeksLabel: 'How many weeks ago was the step-down?',
  weeksHint: 'Leave blank if you do not know.',
  weeksError: 'Enter the number of weeks as a whole number, for example 6',

  // Agreed level (packs without an indicator matrix)
  agreedTitle: 'Which level have you agreed with your safeguarding lead?',
  agreedHint: 'The {name} guidance has no list of indicators to tick. Talk to your designated safeguarding lead and choose the level you agreed.',
  agreedHintWithIndicators: 'The {name} guidance has no full list of indicators. If you have agreed a level with your designated safeguarding lead, choose it.',
  agreedUnknown: 'Not agreed yet',
  or: 'or',
  agreedOption: 'Level {number}: {label}',
  notCoveredTitle: 'What the {name} guidance does not cover',

  // Consent
  consentTitle: 'Has the family agreed to you sharing information or making a referral?',
  consentHint: 'Consent from the parents or carers, or from the young person where they are old enough.',
  consentError: 'Select whether the family has given consent',
  consent: {
    given: 'Yes, consent has been given',
    refused: 'No, consent has been refused',
    not_yet_sought: 'Not yet asked',
    would_increase_risk: 'Asking would increase the risk to the child or someone else',
  },

  // Live level
  liveLevel: 'Indicative level so far: Level {number}, {label}',
  liveNoLevel: 'Indicative level so far: not enough answers yet',
  liveDanger: 'The child is in immediate danger: call 999 now',
  liveError: 'The answers could not be checked: {message}',

  // Summary of answers (result page)
  answersTitle: 'Your answers',
  answerPartnership: 'Partnership',
  answerDanger: 'Immediate danger',
  answerAge: 'Age',
  answerMobility: 'Non-mobile',
  answerInvolvement: 'Services involved now',
  answerSeeing: 'What you are seeing',
  answerAgreed: 'Level agreed with safeguarding lead',
  answerConsent: 'Consent',
  notAnswered: 'Not answered',
  ageUnbornValue: 'Unborn',
  ageMonthsValue: '{months} months old',
  ageUnderOneValue: 'Under one year old',
  ageYearsValue: '{years} years old',
  seeingValue: '{concerns} concerns and {strengths} strengths ticked',
  weeksValue: '{text}, {weeks} weeks ago',

  // Errors
  errorSummaryTitle: 'There is a problem',
  packErrorTitle: 'The {name} guidance could not be loaded',
  packErrorIntro: 'The screener cannot use this guidance until it is fixed. Each problem found:',
  packErrorProblem: '{path}: {message} ({code})',
  packErrorReference: 'Read the guidance as a static page instead',
  packErrorContact: 'If you look after this site, check the pack with `threshold validate`.',
  indexErrorTitle: 'The list of partnerships could not be loaded',
  engineErrorTitle: 'The interactive screener is not available',
  engineErrorBody: 'Your browser could not start the screener ({message}). The guidance is still available as a static page.',
  dateOutsideCalendar: 'Deadlines are shown without dates: today is outside the bank-holiday calendar the guidance uses.',

  // Page titles and the rest
  emergencyTitle: 'Call 999 now',
  resultTitle: 'Indicative level {number}',
  resultTitleNoLevel: 'Result',
  proceduresTitle: 'Procedures',
  procedureTitle: 'Procedure',
  restartProcedure: 'Start this procedure again',
  pathwayError: 'Select an answer',
  resumeSummary: 'Carry on from a saved answers file',
  openFileRejected: 'The file could not be opened: {message} ({code} at {path})',
  openWrongPack: 'the file is for "{pack}", but this screener is for "{current}"',
  openUnknownPack: 'there is no partnership "{pack}" here',
  noOutcome: 'the engine gave no outcome',
  seeingTitle: 'What are you seeing?',
};
