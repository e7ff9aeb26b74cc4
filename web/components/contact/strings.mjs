// Strings of contacts and quotations: a number to ring, out-of-hours cover, a website, a citation.
export default {
  callLabel: 'Call {label} on {phone}',
  outOfHoursLine: 'Out of hours: {label}',
  website: '{label} (website)',
  source: 'Source: {source}',
  warning: 'Warning',
  ownPage: 'Open the partnership’s guidance page',
};
