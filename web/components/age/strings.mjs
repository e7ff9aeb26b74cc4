// Strings of the age question.
export default {
  title: 'How old is the child?',
  hint: 'Do not give a date of birth or a name. An age band is enough.',
  error: 'Select how old the child is',
  unborn: 'Unborn',
  underOne: 'Under one year old',
  years: 'One year old or older',
  monthsLabel: 'Age in months',
  monthsHint: 'From {min} to {max}. Leave blank if you do not know.',
  monthsHintAnyRange: 'Leave blank if you do not know.',
  monthsError: 'Enter the age in months as a number from {min} to {max}',
  monthsErrorAnyRange: 'Enter the age in months as a number',
  yearsLabel: 'Age in years',
  yearsError: 'Enter the age in years as a number from {min} to {max}',
  yearsErrorAnyRange: 'Enter the age in years as a number',
  // In the answers summary
  answer: 'Age',
  unbornValue: 'Unborn',
  monthsValue: '{months} months old',
  underOneValue: 'Under one year old',
  yearsValue: '{years} years old',
};
