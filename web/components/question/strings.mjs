// Strings of the shared question building blocks.
export default {
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  continue: 'Continue',
};
