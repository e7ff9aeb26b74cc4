// Examples of the entry page (guidance without an indicator matrix), with descriptions as the engine
// sends them (describe, no answers; indicator lists shortened): Walsall (a form and a lead to talk to,
// no number given for that) and Gloucestershire.

import { entryPage } from './entry.mjs';

/** @typedef {import('../../screener/contract').Description} Description */
/** @typedef {import('../../examples/example.mjs').Example} Example */

/** @type {Description} */
const walsall = {
  partnership: {
    name: 'Walsall Safeguarding Partnership',
    area: 'Walsall',
    document_title: 'Walsall Step Up Step Down Flow Charts',
    date_text: 'undated',
    url: null,
    currency: {
      dated: 'undated',
      checked: '7 December 2026',
      checked_date: '2026-12-07',
      review_by: null,
      review_by_date: null,
      overdue: false,
      text: 'Guidance undated, checked 7 December 2026.',
      overdue_text: null,
      url: null,
    },
    not_covered: [
      "Walsall's threshold matrix (the Right Help, Right Time Guidance) is not part of these flow charts, so this screener has no list of indicators and cannot suggest a level: agree the level with your DSL, line manager, safeguarding lead or Locality Family Hub and enter it.",
      'Level 1 (universal services) is not described in the flow charts; level 2 appears only as the single agency support a family steps down to from level 3.',
      'The flow charts give no 999 or police number, no out-of-hours number and no MASH opening hours; the only telephone number they give is the MASH number 03005552866, for advice when talking to the parents/carers would put the child/young person at risk of harm.',
      'No timescale is given for the MASH decision on a MARF (level 4); the only timescales given are the 5 working days for the Early Help screening of an Early Help Pathway and the 5 working days for sending a step-down form on mosaic.',
      'The flow charts do not cover step down from a Child Protection Plan or from a child being looked after.',
      'The flow charts do not cover professional challenge or escalation when professionals disagree.',
      'The flow charts do not say when a strategy meeting is held beyond "If there is evidence of likelihood of significant harm, a strategy meeting will be held in MASH", and do not cover MARAC, MAPPA, Prevent, the LADO or exploitation.',
      'The flow charts give no date of publication or review.',
    ],
    search_examples: [],
  },
  has_matrix: false,
  questions: [
    {
      id: 'immediate_danger',
      ask: true,
      why: 'Asked first: a child in immediate danger needs 999 before anything else.',
      accepts: {
        immediate_danger: {
          type: 'boolean',
          unknown: false,
        },
      },
    },
    {
      id: 'age',
      ask: false,
      why: 'Nothing in this guidance depends on age.',
      accepts: {
        unborn: {
          type: 'boolean',
          unknown: false,
        },
        age_years: {
          type: 'number',
          min: 0,
          max: 25,
          whole: false,
        },
        age_months: {
          type: 'number',
          min: 0,
          max: 11,
          whole: false,
        },
      },
    },
    {
      id: 'non_mobile',
      ask: false,
      why: 'Nothing in this guidance depends on whether the child is mobile.',
      accepts: {
        non_mobile: {
          type: 'boolean',
          unknown: false,
        },
      },
    },
    {
      id: 'involvement',
      ask: true,
      why: 'What services are involved changes what the guidance says to do.',
      accepts: {
        involvement: {
          type: 'string',
          options: [
            'none',
            'single_agency',
            'early_help',
            'child_in_need',
            'child_protection',
            'looked_after',
            'recently_stepped_down',
          ],
        },
      },
    },
    {
      id: 'weeks_since_step_down',
      ask: false,
      why: 'Asked when the family was recently stepped down: the guidance has a time limit for stepping back up.',
      accepts: {
        weeks_since_step_down: {
          type: 'number',
          min: 0,
          max: 1300,
          whole: false,
        },
      },
    },
    {
      id: 'indicators',
      ask: false,
      why: 'This guidance has no list of concerns to tick.',
      accepts: {},
    },
    {
      id: 'agreed_level',
      ask: true,
      why: 'This guidance has no list of concerns: enter the level you agreed with your safeguarding lead.',
      accepts: {
        agreed_level: {
          type: 'number',
          min: 1,
          max: 9,
          whole: true,
        },
      },
    },
    {
      id: 'consent',
      ask: true,
      why: 'What the guidance says about consent depends on it.',
      accepts: {
        consent: {
          type: 'string',
          options: ['given', 'refused', 'not_yet_sought', 'would_increase_risk'],
        },
      },
    },
    {
      id: 'significant_harm_suspected',
      ask: true,
      why: 'Whether you suspect significant harm changes the level, the way forward or the consent line.',
      accepts: {
        significant_harm_suspected: {
          type: 'boolean',
          unknown: true,
        },
      },
    },
  ],
  levels: [
    {
      number: 2,
      label: 'Single agency',
      summary:
        'On-going support for the child and young person from a single agency, such as school, after multi-agency Early Help: "a smooth transition from level 3 to level 2".',
      source: 'Walsall Step Up Step Down Flow Charts, Step Down from Multi-Agency Early Help Level 3',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Step Down from Multi-Agency Early Help Level 3',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [238, 246],
      },
    },
    {
      number: 3,
      label: 'Early Help Multi Agency Level 3',
      summary:
        'The whole family require a multi agency involvement at level 3 via an early help assessment (EHA) and plan.',
      source: 'Walsall Step Up Step Down Flow Charts, Step Up to Early Help Multi Agency Level 3 Flow Chart',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Step Up to Early Help Multi Agency Level 3 Flow Chart',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [8, 21],
      },
    },
    {
      number: 4,
      label: "Children's Social Care Level 4",
      summary:
        'Threshold has been reached for level 4 intervention in accordance with Right Help, Right Time Guidance.',
      source: 'Walsall Step Up Step Down Flow Charts, Level 4 Agreed by MASH',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Level 4 Agreed by MASH',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [117, 121],
      },
    },
  ],
  domains: [],
  pathways: [
    {
      id: 'step_up_level_3',
      title: 'Step Up to Early Help Multi Agency Level 3',
      short_title: 'Step up to Early Help level 3: what happens next',
      summary:
        'From the locality conversation and the family conversation, through consent and the Early Help Pathway, to the MASH screening within 5 working days.',
    },
    {
      id: 'step_up_level_4',
      title: 'Step Up to Childrens Social Care Level 4',
      short_title: "Step up to Children's Social Care level 4: what happens next",
      summary:
        'From the safeguarding lead and/or locality conversation (and, if the family were stepped down within the last 2 months, a meeting with the former social worker), through consent and the MARF, to the MASH decision: level 4 agreed, rejected or unclear.',
    },
    {
      id: 'step_down_from_cafa',
      title: 'Step Down from Childrens Social Care Level 4 CAFA',
      short_title: 'Step down from a Child & Family Assessment (CAFA) to Early Help level 3',
      summary:
        "The social worker seeks the family's consent, holds the step down meeting and a joint home visit, and sends the step down form on mosaic within 5 working days of the meeting or visit.",
    },
    {
      id: 'step_down_from_cin',
      title: 'Step Down From CIN',
      short_title: 'Step down from Child in Need (CIN) to Early Help level 3',
      summary:
        "The social worker seeks the family's consent, attends the locality step down meeting, invites the lead professional to the family meeting (and any final group supervision), and sends the step down form on mosaic within 5 working days of the meeting.",
    },
    {
      id: 'step_down_level_3_to_single_agency',
      title: 'Step Down from Multi-Agency Early Help Level 3',
      short_title: 'Step down from Early Help level 3 to single agency',
      summary:
        "The Early Help review meeting, the family's consent to step down to single agency, identifying the single agency and closing the EHA.",
    },
  ],
  contacts: [
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
    {
      id: 'early_help_for_professionals',
      label: 'Early Help for professionals (Lead Professional information on the website for professionals)',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: 'https://go.walsall.gov.uk/children_and_young_people/early_help/early_help_for_professionals',
      notes: '',
      group: '',
    },
    {
      id: 'dsl',
      label: 'Your DSL or line manager',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: '',
      notes: 'Within your own organisation.',
      group: 'advice_first',
    },
    {
      id: 'locality_family_hub',
      label: 'Locality Family Hub in the area the family live in (Early Help senior team)',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: '',
      notes: 'No telephone number is given in the flow charts.',
      group: 'advice_first',
    },
    {
      id: 'early_help_locality_team',
      label: 'Early Help locality team where the family lives (Early Help Locality Manager, Partnership Officer)',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: '',
      notes: 'No telephone number is given in the flow charts.',
      group: 'advice_first',
    },
  ],
  calendar: {
    id: 'england-and-wales',
    name: 'Bank holidays in England and Wales',
  },
  entry_steps: [
    {
      id: 'significant_harm_refer_now',
      kind: 'form',
      text: 'IF there is evidence of significant harm, make an immediate referral to MASH without delay',
      detail: '',
      unless: [],
      contacts: [
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
      ],
      general: false,
      no_number: '',
      nearest: [],
      terms: [],
      due: null,
      entry: '/first_steps/1',
      source: 'Walsall Step Up Step Down Flow Charts, Safeguarding Lead and/or Locality Conversation',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Safeguarding Lead and/or Locality Conversation',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [77, 77],
      },
    },
    {
      id: 'seek_guidance_first',
      kind: 'talk_to_lead',
      text: 'Before stepping a family up to Level 3, ask your DSL, line manager or the Locality Family Hub for guidance',
      detail:
        'Prior to making any referrals to step a family into level 3 please seek guidance from your DSL, line manager or contact the Locality Family Hub in the area the family live in, to seek further advice and guidance from the Early Help senior team',
      unless: [],
      contacts: [
        {
          id: 'dsl',
          label: 'Your DSL or line manager',
          phone: '',
          hours: '',
          out_of_hours: null,
          email: '',
          url: '',
          notes: 'Within your own organisation.',
          group: 'advice_first',
        },
        {
          id: 'locality_family_hub',
          label: 'Locality Family Hub in the area the family live in (Early Help senior team)',
          phone: '',
          hours: '',
          out_of_hours: null,
          email: '',
          url: '',
          notes: 'No telephone number is given in the flow charts.',
          group: 'advice_first',
        },
      ],
      general: false,
      no_number: '',
      nearest: [],
      terms: [],
      due: null,
      entry: '/first_steps/2',
      source: 'Walsall Step Up Step Down Flow Charts, Locality Conversation',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Locality Conversation',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [14, 14],
      },
    },
  ],
};

/** @type {Description} */
const gloucestershire = {
  partnership: {
    name: 'Gloucestershire',
    area: 'Gloucestershire',
    document_title: 'Gloucestershire guidance, Level 4 - Specialist',
    date_text: 'undated',
    url: null,
    currency: {
      dated: 'undated',
      checked: '7 December 2026',
      checked_date: '2026-12-07',
      review_by: null,
      review_by_date: null,
      overdue: false,
      text: 'Guidance undated, checked 7 December 2026.',
      overdue_text: null,
      url: null,
    },
    not_covered: [
      'The threshold matrix (indicators of need by area) is not part of this source: the page defines Level 4 in one sentence, so the level comes from the level you agree with your safeguarding lead.',
      "Levels 1, 2 and 3 are referred to on the page ('a Level 3 response', Early Help, a single agency response) but not described, so this screener only has Level 4.",
      'What to do when a child is in immediate danger: the page gives no emergency or out-of-hours number and does not mention 999.',
      "The MASH's opening hours, what happens after a MARF reaches the MASH, and any timescale (the page gives none for MASH decisions, step up or step down).",
      "The MARF form itself and the directory pages the page links to ('HERE'): the links are not part of the text.",
      "The 'agreed protocol' for the weekly locality step-down meetings, and the step down process 'referred to below', which the page does not include.",
      'What happens on step down when the family and child do not consent to continued support and information sharing.',
      'Professional challenge and escalation when professionals disagree.',
    ],
    search_examples: [],
  },
  has_matrix: false,
  questions: [
    {
      id: 'immediate_danger',
      ask: true,
      why: 'Asked first: a child in immediate danger needs 999 before anything else.',
      accepts: {
        immediate_danger: {
          type: 'boolean',
          unknown: false,
        },
      },
    },
    {
      id: 'age',
      ask: false,
      why: 'Nothing in this guidance depends on age.',
      accepts: {
        unborn: {
          type: 'boolean',
          unknown: false,
        },
        age_years: {
          type: 'number',
          min: 0,
          max: 25,
          whole: false,
        },
        age_months: {
          type: 'number',
          min: 0,
          max: 11,
          whole: false,
        },
      },
    },
    {
      id: 'non_mobile',
      ask: false,
      why: 'Nothing in this guidance depends on whether the child is mobile.',
      accepts: {
        non_mobile: {
          type: 'boolean',
          unknown: false,
        },
      },
    },
    {
      id: 'involvement',
      ask: true,
      why: 'What services are involved changes what the guidance says to do.',
      accepts: {
        involvement: {
          type: 'string',
          options: [
            'none',
            'single_agency',
            'early_help',
            'child_in_need',
            'child_protection',
            'looked_after',
            'recently_stepped_down',
          ],
        },
      },
    },
    {
      id: 'weeks_since_step_down',
      ask: false,
      why: 'Nothing in this guidance depends on when a step down happened.',
      accepts: {
        weeks_since_step_down: {
          type: 'number',
          min: 0,
          max: 1300,
          whole: false,
        },
      },
    },
    {
      id: 'indicators',
      ask: false,
      why: 'This guidance has no list of concerns to tick.',
      accepts: {},
    },
    {
      id: 'agreed_level',
      ask: true,
      why: 'This guidance has no list of concerns: enter the level you agreed with your safeguarding lead.',
      accepts: {
        agreed_level: {
          type: 'number',
          min: 1,
          max: 9,
          whole: true,
        },
      },
    },
    {
      id: 'consent',
      ask: true,
      why: 'What the guidance says about consent depends on it.',
      accepts: {
        consent: {
          type: 'string',
          options: ['given', 'refused', 'not_yet_sought', 'would_increase_risk'],
        },
      },
    },
    {
      id: 'significant_harm_suspected',
      ask: true,
      why: 'Whether you suspect significant harm changes the level, the way forward or the consent line.',
      accepts: {
        significant_harm_suspected: {
          type: 'boolean',
          unknown: true,
        },
      },
    },
  ],
  levels: [
    {
      number: 4,
      label: 'Specialist',
      summary: "The child's needs are complex and enduring and a statutory response is required.",
      source: 'Gloucestershire guidance, Level 4 - Specialist',
      cite: {
        document: 'Gloucestershire guidance, Level 4 - Specialist',
        section: 'Level 4 - Specialist',
        page: null,
        url: null,
        file: '000_5901366778de8775.txt',
        lines: [3, 9],
      },
    },
  ],
  domains: [],
  pathways: [
    {
      id: 'step_up_level_4',
      title: 'Step up to Level 4 (Specialist)',
      short_title: 'Step up to Level 4: discussion, consent and the MARF',
      summary:
        'When progress is not being made or the level of need is increasing: discuss with your safeguarding lead or the community social worker, and if Level 4 is required, seek consent, complete a MARF to the MASH with the relevant documents, then support the family alongside the new Lead Practitioner.',
    },
    {
      id: 'step_down_from_social_care',
      title: 'Stepping down from Social Care',
      short_title: 'Stepping down from Social Care: what happens next',
      summary:
        "When a child no longer needs social work or other specialist intervention: review meeting, weekly locality meetings, and transfer to Early Help with the family's consent.",
    },
  ],
  contacts: [
    {
      id: 'mash',
      label: 'Multi Agency Safeguarding Hub (MASH)',
      phone: '01452 426565',
      hours: '',
      out_of_hours: null,
      email: '',
      url: '',
      notes: 'The page gives no opening hours or out-of-hours number.',
      group: '',
    },
    {
      id: 'safeguarding_lead',
      label: 'Your safeguarding lead',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: '',
      notes: '',
      group: '',
    },
    {
      id: 'community_social_worker',
      label: 'Community social worker (for advice)',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: '',
      notes: 'The page gives no telephone number.',
      group: '',
    },
    {
      id: 'social_worker',
      label: 'Social Worker',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: '',
      notes: '',
      group: '',
    },
    {
      id: 'send_team',
      label: 'SEND Team',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: '',
      notes: 'The page gives no telephone number.',
      group: '',
    },
    {
      id: 'sendco',
      label: 'SENDCo',
      phone: '',
      hours: '',
      out_of_hours: null,
      email: '',
      url: '',
      notes: 'Becomes the Lead Practitioner where an Education, Health and Care Plan is in place.',
      group: '',
    },
  ],
  calendar: {
    id: 'england-and-wales',
    name: 'Bank holidays in England and Wales',
  },
  entry_steps: [
    {
      id: 'discuss_with_lead',
      kind: 'talk_to_lead',
      text: 'If progress is not being made or need is increasing, talk to your safeguarding lead or the community social worker',
      detail:
        'If during the course of work with a child or young person it is assessed that progress is not being made or the level of need is increasing then the practitioner should have a discussion with their safeguarding lead or contact the community social worker for advice.',
      unless: [],
      contacts: [
        {
          id: 'safeguarding_lead',
          label: 'Your safeguarding lead',
          phone: '',
          hours: '',
          out_of_hours: null,
          email: '',
          url: '',
          notes: '',
          group: '',
        },
        {
          id: 'community_social_worker',
          label: 'Community social worker (for advice)',
          phone: '',
          hours: '',
          out_of_hours: null,
          email: '',
          url: '',
          notes: 'The page gives no telephone number.',
          group: '',
        },
      ],
      general: false,
      no_number: '',
      nearest: [],
      terms: [],
      due: null,
      entry: '/first_steps/0',
      source: 'Gloucestershire guidance, Level 4 - Specialist',
      cite: {
        document: 'Gloucestershire guidance, Level 4 - Specialist',
        section: 'Level 4 - Specialist',
        page: null,
        url: null,
        file: '000_5901366778de8775.txt',
        lines: [9, 9],
      },
    },
    {
      id: 'call_mash',
      kind: 'call',
      text: 'Call the MASH',
      detail: 'The Multi Agency Safeguarding Hub (MASH) can be contacted on 01452 426565.',
      unless: [],
      contacts: [
        {
          id: 'mash',
          label: 'Multi Agency Safeguarding Hub (MASH)',
          phone: '01452 426565',
          hours: '',
          out_of_hours: null,
          email: '',
          url: '',
          notes: 'The page gives no opening hours or out-of-hours number.',
          group: '',
        },
      ],
      general: false,
      no_number: '',
      nearest: [],
      terms: [],
      due: null,
      entry: '/first_steps/1',
      source: 'Gloucestershire guidance, Level 4 - Specialist, Making a safeguarding referral',
      cite: {
        document: 'Gloucestershire guidance, Level 4 - Specialist',
        section: 'Making a safeguarding referral',
        page: null,
        url: null,
        file: '000_5901366778de8775.txt',
        lines: [19, 19],
      },
    },
  ],
};

const draw = (described) => (root) =>
  root.append(
    entryPage({ described, caption: described.partnership.name, onProcedure: () => {}, onScreen: () => {} }).node,
  );

/** @type {Example[]} */
export const examples = [
  { name: 'Walsall: entry steps, contacts and procedures', render: draw(walsall) },
  { name: 'Gloucestershire: entry steps, contacts and procedures', render: draw(gloucestershire) },
];
