// Strings of the non-mobile question.
export default {
  titleBaby: 'Is the baby non-mobile?',
  titleChild: 'Is the child non-mobile?',
  hint: 'Non-mobile means not yet able to roll, crawl or walk, or not able to move about independently, for example because of a disability.',
  error: 'Select yes if the child is non-mobile',
  yes: 'Yes',
  no: 'No',
  answer: 'Non-mobile',
};
