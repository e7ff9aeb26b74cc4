// Strings of the next steps: when a step is due, and where the guidance says it.
export default {
  dueDate: 'By {date}',
  dueDateTime: 'By {time} on {date}',
  dueDuration: 'Within {duration}',
  dueStarts: 'Within {duration} {starts}',
  sourceSummary: 'Where the guidance says these steps',
  moreFromGuidance: 'What the guidance says',
};
