// Strings of the immediate-danger page.
export default {
  title: 'Call 999 now',
  body: 'The child is in immediate danger. Call the police on 999 before doing anything else.',
  callLink: 'Call 999',
  thenTitle: 'Then tell children’s services',
  thenIntro: 'When the child is safe, contact:',
  guidanceTitle: 'What the {name} guidance says',
  carryOn: 'After the call, carry on with the screening',
  carryOnHint: 'The screening records the concern and shows what to put in the referral.',
};
