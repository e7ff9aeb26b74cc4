// Strings of the <threshold-screener> element itself.
export default {
  noStyles: 'This browser cannot style the screener (constructable stylesheets are missing).',
};
