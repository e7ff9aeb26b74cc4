// Strings of the start page (the GOV.UK start page pattern).
export default {
  title: 'Screen a concern about a child',
  lead: 'Use this service to check a concern about a child against your local safeguarding partnership’s threshold guidance.',
  doesTitle: 'It tells you:',
  does: [
    'what to do now and who to ring, with out-of-hours numbers',
    'the level of need the guidance suggests, and why, in the guidance’s own words',
    'whether you need the family’s consent before you share information or refer',
    'the step up, step down and escalation procedures',
  ],
  doesNot:
    'It does not make the decision for you, and it does not send a referral. The result is indicative: talk to your designated safeguarding lead.',
  dangerWarning: 'If a child is in immediate danger, call 999.',
  call999: 'Call 999',
  guidanceTitle: 'The guidance it uses',
  guidanceOne: '{title}, {name}',
  guidanceDate: '{date}',
  undated: 'undated',
  privacy:
    'Your answers never leave this device. Nothing is stored unless you save a file, and the screener never asks for a name, date of birth or address.',
  startNow: 'Start now',
  // Under Start now on the static first screen, pressed before the screener has drawn.
  opening: 'Opening the first question…',
  // In its place when the page's script could not load.
  unloaded: 'The screener could not load. Reload the page to try again, or read your partnership’s guidance below.',
  proceduresTitle: 'Procedures',
  proceduresIntro: 'Follow a procedure step by step, without the screening:',
  proceduresFor: 'Procedures in the {area} guidance',
  offline: 'Download for offline use',
  offlineHint: 'One file that works without an internet connection. Open it in your browser.',
};
