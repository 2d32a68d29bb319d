/**
 * html-validate over the built site: `npm test` runs it on every page of dist/
 * (tests/html-validity.test.ts) and allows no error; `npx html-validate dist`
 * gives the same report.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A group of checkboxes (the regions of a case, the filters of the search) is one
    // control with several values, sent as ?regions=a&regions=b: they share their name, as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
