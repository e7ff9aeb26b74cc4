// Examples of contacts and quotations, with contacts and citations as the engine sends them
// (evaluate, 2026-11-23): Dudley's MASH with out-of-hours cover, Walsall's MASH without, a contact
// reached only through its website, one with no number at all, and a quoted reason.

import { contactLine, contactBlock, quote, sourceLine } from './contact.mjs';

/** @typedef {import('../../screener/contract').Contact} Contact */
/** @typedef {import('../../screener/contract').Reason} Reason */
/** @typedef {import('../../examples/example.mjs').Example} Example */

/** @type {Contact} */
const withOutOfHours = {
  id: 'mash',
  label: "Children's Services front door (MASH)",
  phone: '0300 555 0050',
  hours: 'Monday to Friday 9.00am - 5.00pm',
  out_of_hours: {
    label: 'Emergency Duty Team',
    phone: '0300 555 8574',
    hours: 'after 5pm/weekends and Bank Holidays',
  },
  email: '',
  url: '',
  notes: 'Telephone the MASH team for advice and consultation, or complete a Request for Help and Support Form.',
  group: '',
};

/** @type {Contact} */
const withoutOutOfHours = {
  id: 'mash',
  label: 'MASH',
  phone: '03005552866',
  hours: '',
  out_of_hours: null,
  email: '',
  url: '',
  notes:
    'The flow charts give this number for advice: "IF however you feel that by having a conversation with the parent/carer puts the child/young person at risk of harm please call the MASH on 03005552866 for advice". They give no opening hours and no out-of-hours number.',
  group: '',
};

/** @type {Contact} */
const websiteOnly = {
  id: 'report_a_concern',
  label: 'Report a concern for a child: the on line multi agency referral form (MARF)',
  phone: '',
  hours: '',
  out_of_hours: null,
  email: '',
  url: 'https://go.walsall.gov.uk/walsall-safeguarding-partnership/Report-a-concern/For-a-child',
  notes: '',
  group: '',
};

/** @type {Contact} */
const noNumber = {
  id: 'mash',
  label: 'Multi Agency Safeguarding Hub (MASH)',
  phone: '',
  hours: '',
  out_of_hours: null,
  email: '',
  url: '',
  notes: 'MASH Officers are senior Social Workers. The procedure gives no telephone number.',
  group: '',
};

/** @type {Reason} */
const reason = {
  indicator: 'education_3_exclusion_truanting_neet',
  rule: null,
  level: 3,
  domain: 'education',
  text: 'I have had short-term exclusion or persistent truanting / patterns of unauthorised absences from school/ NEET',
  entry: '/indicators/15',
  source: 'Dudley Support Level Guidance and Framework, Education (Level 3 - Early Help Targeted Support)',
  cite: {
    document: 'Dudley Support Level Guidance and Framework',
    section: 'Education (Level 3 - Early Help Targeted Support)',
    page: null,
    url: null,
    file: '004_bc99c8027373e98f.txt',
    lines: [323, 323],
  },
};

/** @type {Example[]} */
export const examples = [
  { name: 'Contact with out-of-hours cover', render: (root) => root.append(contactLine(withOutOfHours)) },
  { name: 'Contact without out-of-hours cover', render: (root) => root.append(contactLine(withoutOutOfHours)) },
  { name: 'Contact reached only through its website', render: (root) => root.append(contactLine(websiteOnly)) },
  { name: 'Contact with no number', render: (root) => root.append(contactBlock(noNumber)) },
  {
    name: 'Contact block with notes (the emergency page)',
    render: (root) => root.append(contactBlock(withoutOutOfHours)),
  },
  { name: 'Quotation with its citation', render: (root) => root.append(quote(reason.text, reason.source)) },
  { name: 'Citation on its own', render: (root) => root.append(sourceLine(reason.source)) },
];
