// Strings of the services-involved question.
export default {
  title: 'Which services are involved with the child now?',
  hint: 'Choose the highest level of support the child or family has now.',
  error: 'Select which services are involved now',
  options: {
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
  weeksError: 'Enter the number of weeks as a whole number from {min} to {max}, for example 6',
  weeksErrorAnyRange: 'Enter the number of weeks as a whole number, for example 6',
  answer: 'Services involved now',
  weeksValue: '{text}, {weeks} weeks ago',
};
