// Examples of the start page: one partnership's (from describe() before any answer, as the engine
// sends it; indicator lists shortened), and the hosted page's for every partnership (the pack index
// the site build writes).

import { startPage } from './start.mjs';
import { dudley, medwayOverdue } from '../../examples/described.mjs';

/** @typedef {import('../../screener/contract').PackIndexEntry} PackIndexEntry */
/** @typedef {import('../../examples/example.mjs').Example} Example */

/** @type {PackIndexEntry[]} */
const index = [
  {
    id: 'dudley',
    name: 'Dudley Safeguarding People Partnership',
    area: 'Dudley',
    document_title: 'Children, Young People and Families Support Level Guidance and Framework for Practitioners',
    published: '',
    review: '',
    currency: 'Guidance undated, checked 7 December 2026.',
    applies_to:
      'Children, young people and families in Dudley, and the practitioners in all agencies who work with them',
    calendar: 'england-and-wales',
    indicators: 175,
    pathways: [
      {
        id: 'step_up',
        title: 'Stepping up to a higher level of support',
      },
      {
        id: 'step_down',
        title: 'Stepping down from statutory services to Early Help, then universal services',
      },
      {
        id: 'professional_challenge',
        title: 'Professional Challenge and Resolution',
      },
    ],
  },
  {
    id: 'gloucestershire',
    name: 'Gloucestershire',
    area: 'Gloucestershire',
    document_title: 'Level 4 - Specialist',
    published: '',
    review: '',
    currency: 'Guidance undated, checked 7 December 2026.',
    applies_to:
      'Children and young people in Gloucestershire whose needs are complex and enduring and need a statutory (Level 4, Specialist) response',
    calendar: 'england-and-wales',
    indicators: 0,
    pathways: [
      {
        id: 'step_up_level_4',
        title: 'Step up to Level 4 (Specialist)',
      },
      {
        id: 'step_down_from_social_care',
        title: 'Stepping down from Social Care',
      },
    ],
  },
  {
    id: 'luton',
    name: 'Luton Safeguarding Children Board',
    area: 'Luton',
    document_title: 'Contacts and Referrals',
    published: 'March 2018',
    review: '',
    currency: 'Guidance dated March 2018, checked 7 December 2026.',
    applies_to:
      "Contacts to Luton Children's Social Care (the Early Help Service or the Multi Agency Safeguarding Hub) about a child who may be a Child in Need",
    calendar: 'england-and-wales',
    indicators: 2,
    pathways: [
      {
        id: 'contact_or_referral',
        title: 'Contact or Referral: where your enquiry goes',
      },
      {
        id: 'contact_disposal',
        title: 'Initial disposal of a Contact (MASH)',
      },
    ],
  },
  {
    id: 'medway',
    name: 'Medway Safeguarding Children Partnership',
    area: 'Medway',
    document_title:
      'Threshold Guidance: A multi-agency guide to assess levels of need and identifying the most appropriate support in Medway',
    published: 'March 2021',
    review: 'March 2022',
    currency: 'Guidance dated March 2021, checked 7 December 2026.',
    applies_to: 'Children and their families (0 - 18 years) in Medway',
    calendar: 'england-and-wales',
    indicators: 95,
    pathways: [
      {
        id: 'mash_outcome',
        title: 'After your contact and referral: First Response and MASH',
      },
      {
        id: 'increasing_concerns',
        title: 'Increasing concerns: should statutory services be considered?',
      },
      {
        id: 'escalation',
        title: 'Resolving professional difference: escalation',
      },
    ],
  },
  {
    id: 'walsall',
    name: 'Walsall Safeguarding Partnership',
    area: 'Walsall',
    document_title: 'Step Up Step Down Flow Charts',
    published: '',
    review: '',
    currency: 'Guidance undated, checked 7 December 2026.',
    applies_to: 'Practitioners following the Walsall Safeguarding Partnership Step up/Step Down Procedure',
    calendar: 'england-and-wales',
    indicators: 0,
    pathways: [
      {
        id: 'step_up_level_3',
        title: 'Step Up to Early Help Multi Agency Level 3',
      },
      {
        id: 'step_up_level_4',
        title: 'Step Up to Childrens Social Care Level 4',
      },
      {
        id: 'step_down_from_cafa',
        title: 'Step Down from Childrens Social Care Level 4 CAFA',
      },
      {
        id: 'step_down_from_cin',
        title: 'Step Down From CIN',
      },
      {
        id: 'step_down_level_3_to_single_agency',
        title: 'Step Down from Multi-Agency Early Help Level 3',
      },
    ],
  },
];

const draw = (described, offlineUrl) => (root) =>
  root.append(startPage({ described, index, offlineUrl, onStart: () => {}, onProcedure: () => {} }).node);

/** @type {Example[]} */
export const examples = [
  {
    name: 'Every partnership (the hosted page), with the offline download',
    render: draw(null, 'threshold-screener.html'),
  },
  { name: 'One partnership (Dudley)', render: draw(dudley, null) },
  { name: 'Guidance past its review-by date (Medway)', render: draw(medwayOverdue, null) },
];
