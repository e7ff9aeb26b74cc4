// The screener shell's strings (each page keeps its own in its folder). Placeholders in {braces} are
// filled by format().

export default {
  serviceName: 'Threshold Screener',
  titleSuffix: ' – Threshold Screener',
  errorTitlePrefix: 'Error: ',
  loading: 'Loading the screener…',
  back: 'Back',
  partnershipContext: 'Guidance: {name}',
  changePartnership: 'Change partnership',
  procedures: 'Procedures: step up, step down, escalation',

  // Summary of answers (result page)
  answerDanger: 'Immediate danger',
  notAnswered: 'Not answered',

  liveError: 'The answers could not be checked: {message}',

  // Errors
  errorSummaryTitle: 'There is a problem',
  packErrorTitle: 'The {name} guidance could not be loaded',
  packErrorIntro: 'The screener cannot use this guidance until it is fixed. Each problem found:',
  packErrorProblem: '{path}: {message} ({code})',
  packErrorReference: 'Read the guidance as a static page instead',
  indexErrorTitle: 'The list of partnerships could not be loaded',
  engineErrorTitle: 'The interactive screener is not available',
  engineErrorBody:
    'Your browser could not start the screener ({message}). The guidance is still available as a static page.',

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
};
