// Strings of the immediate-danger question.
export default {
  title: 'Is the child in immediate danger?',
  hint: 'For example, at risk of serious harm right now, or you cannot make sure they are safe today.',
  error: 'Select yes if the child is in immediate danger',
  yes: 'Yes',
  no: 'No',
};
