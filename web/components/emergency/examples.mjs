// Examples of the immediate-danger page, with the outcome's `emergency` as the engine sends it
// (evaluate with immediate_danger: true): Dudley (a number with out-of-hours cover) and Walsall (a
// number without, and a contact reached only through its website).

import { emergencyPage, emergencyPanel } from './emergency.mjs';

/** @typedef {import('../../screener/contract').Emergency} Emergency */
/** @typedef {import('../../examples/example.mjs').Example} Example */

/** @type {Emergency} */
const dudley = {
  text: ['If there is a concern that a child is immediately at risk, call the Police on 999.'],
  then_contacts: [
    {
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
    },
  ],
  entry: '/emergency',
  source: 'Dudley Support Level Guidance and Framework, Level 4: Specialist / Statutory Support',
  cite: {
    document: 'Dudley Support Level Guidance and Framework',
    section: 'Level 4: Specialist / Statutory Support',
    page: null,
    url: null,
    file: '004_bc99c8027373e98f.txt',
    lines: [303, 303],
  },
};

/** @type {Emergency} */
const walsall = {
  text: ['IF there is evidence of significant harm, make an immediate referral to MASH without delay'],
  then_contacts: [
    {
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
    },
    {
      id: 'report_a_concern',
      label: 'Report a concern for a child: the on line multi agency referral form (MARF)',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: 'https://go.walsall.gov.uk/walsall-safeguarding-partnership/Report-a-concern/For-a-child',
      notes: '',
      group: '',
    },
  ],
  entry: '/emergency',
  source: 'Walsall Step Up Step Down Flow Charts, Safeguarding Lead and/or Locality Conversation',
  cite: {
    document: 'Walsall Step Up Step Down Flow Charts',
    section: 'Safeguarding Lead and/or Locality Conversation',
    page: null,
    url: null,
    file: '001_29c60ad0e2d9e469.txt',
    lines: [77, 77],
  },
};

const page = (area, em) => (root) =>
  root.append(
    emergencyPage({ area, text: em.text, contacts: em.then_contacts ?? [], citation: em.source, onCarryOn: () => {} }),
  );

/** @type {Example[]} */
export const examples = [
  { name: 'The 999 panel alone (it heads a result in danger)', render: (root) => root.append(emergencyPanel()) },
  { name: 'Emergency page: contact with out-of-hours cover (Dudley)', render: page('Dudley', dudley) },
  { name: 'Emergency page: contacts without out-of-hours cover (Walsall)', render: page('Walsall', walsall) },
];
