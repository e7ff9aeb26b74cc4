// Strings of the consent question.
export default {
  title: 'Has the family agreed to you sharing information or making a referral?',
  hint: 'Consent from the parents or carers, or from the young person where they are old enough.',
  error: 'Select whether the family has given consent',
  options: {
    given: 'Yes, consent has been given',
    refused: 'No, consent has been refused',
    not_yet_sought: 'Not yet asked',
    would_increase_risk: 'Asking would increase the risk to the child or someone else',
  },
  answer: 'Consent',
};
