// Strings of the partnership question.
export default {
  title: 'Which partnership covers where the child lives?',
  hint: 'Choose the area the child lives in. Each partnership publishes its own guidance.',
  error: 'Select the partnership that covers where the child lives',
  optionHint: '{title} ({published})',
  optionHintUndated: '{title} (undated)',
  changeKeepsAnswers:
    'If you change partnership, your answers about danger, age, services and consent are kept. What you ticked is cleared, because each partnership lists different concerns.',
  answer: 'Partnership',
};
