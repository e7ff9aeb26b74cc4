// Examples of a procedure walked by the engine, with steps as it sends them (walk, 2026-11-23):
// the list of procedures, a question, the same question refused without an answer, an outcome, an
// outcome with deadlines and a date the engine asks for, and the engine's error.

import { pathwaysListPage, pathwayStepPage, pathwayErrorPage } from './pathway.mjs';

/** @typedef {import('../../screener/contract').PathwayStep} PathwayStep */
/** @typedef {import('../../screener/contract').EngineError} EngineError */
/** @typedef {import('../../screener/contract').Description} Description */
/** @typedef {import('../../examples/example.mjs').Example} Example */

/** @type {PathwayStep} */
const question = {
  pathway: 'step_up',
  title: 'Stepping up to a higher level of support',
  summary:
    'The questions Dudley asks practitioners to consider before a higher level of intervention, ending in what to do next.',
  status: 'question',
  route: [
    {
      node: 'check_immediate_danger',
      type: 'branch',
      title: '',
      text: ['If the screening says the child is in immediate danger, go straight to calling the Police.'],
      choice: null,
      choice_label: null,
      timescale: null,
      entry: '/pathways/0/nodes/0',
      source: 'Dudley Support Level Guidance and Framework, Level 4: Specialist / Statutory Support',
      cite: {
        document: 'Dudley Support Level Guidance and Framework',
        section: 'Level 4: Specialist / Statutory Support',
        page: null,
        url: null,
        file: '004_bc99c8027373e98f.txt',
        lines: [303, 303],
      },
    },
  ],
  current: {
    node: 'risk',
    type: 'question',
    text: ['Is the child/young person at risk of abuse, neglect, or significant harm? Is this risk immediate?'],
    hint: '',
    options: [
      {
        id: 'immediate',
        label: 'Yes, and the risk is immediate',
        hint: '',
      },
      {
        id: 'yes',
        label: 'Yes, but the risk is not immediate',
        hint: '',
      },
      {
        id: 'no',
        label: 'No',
        hint: '',
      },
    ],
    timescale: null,
    entry: '/pathways/0/nodes/1',
    source: 'Dudley Support Level Guidance and Framework, Moving between Support Levels',
    cite: {
      document: 'Dudley Support Level Guidance and Framework',
      section: 'Moving between Support Levels',
      page: null,
      url: null,
      file: '004_bc99c8027373e98f.txt',
      lines: [188, 188],
    },
  },
  outcome: null,
  date_questions: [],
  deadlines: [],
};

/** @type {PathwayStep} */
const outcome = {
  pathway: 'step_up',
  title: 'Stepping up to a higher level of support',
  summary:
    'The questions Dudley asks practitioners to consider before a higher level of intervention, ending in what to do next.',
  status: 'outcome',
  route: [
    {
      node: 'check_immediate_danger',
      type: 'branch',
      title: '',
      text: ['If the screening says the child is in immediate danger, go straight to calling the Police.'],
      choice: null,
      choice_label: null,
      timescale: null,
      entry: '/pathways/0/nodes/0',
      source: 'Dudley Support Level Guidance and Framework, Level 4: Specialist / Statutory Support',
      cite: {
        document: 'Dudley Support Level Guidance and Framework',
        section: 'Level 4: Specialist / Statutory Support',
        page: null,
        url: null,
        file: '004_bc99c8027373e98f.txt',
        lines: [303, 303],
      },
    },
    {
      node: 'risk',
      type: 'question',
      title: '',
      text: ['Is the child/young person at risk of abuse, neglect, or significant harm? Is this risk immediate?'],
      choice: 'immediate',
      choice_label: 'Yes, and the risk is immediate',
      timescale: null,
      entry: '/pathways/0/nodes/1',
      source: 'Dudley Support Level Guidance and Framework, Moving between Support Levels',
      cite: {
        document: 'Dudley Support Level Guidance and Framework',
        section: 'Moving between Support Levels',
        page: null,
        url: null,
        file: '004_bc99c8027373e98f.txt',
        lines: [188, 188],
      },
    },
  ],
  current: null,
  outcome: {
    node: 'call_999',
    id: 'call_999',
    title: 'Call the Police on 999',
    text: [
      'If there is a concern that a child is immediately at risk, call the Police on 999.',
      'Agencies should contact Children’s Services Team by completing a Request for Help and Support Form or by calling 0300 555 0050 (or 0300 555 8574 for the out of hours Emergency Duty Team).',
    ],
    timescale: null,
    entry: '/pathways/0/nodes/10',
    source: 'Dudley Support Level Guidance and Framework, Level 4: Specialist / Statutory Support',
    cite: {
      document: 'Dudley Support Level Guidance and Framework',
      section: 'Level 4: Specialist / Statutory Support',
      page: null,
      url: null,
      file: '004_bc99c8027373e98f.txt',
      lines: [301, 303],
    },
  },
  date_questions: [],
  deadlines: [],
};

/** Walsall, step down from a CAFA: a deadline counted from a date the engine asks for. */
/** @type {PathwayStep} */
const withDeadlines = {
  pathway: 'step_down_from_cafa',
  title: 'Step Down from Childrens Social Care Level 4 CAFA',
  summary:
    "The social worker seeks the family's consent, holds the step down meeting and a joint home visit, and sends the step down form on mosaic within 5 working days of the meeting or visit.",
  status: 'outcome',
  route: [
    {
      node: 'seek_consent',
      type: 'question',
      title: '',
      text: [
        'Prior to completing a step down plan, the social worker is required to obtain consent from the family to step down to Multi-Agency level 3 Early Help. Has the family given consent?',
      ],
      choice: 'given',
      choice_label: 'Consent given to step down to EH level 3',
      timescale: null,
      entry: '/pathways/2/nodes/0',
      source: 'Walsall Step Up Step Down Flow Charts, Seek Consent',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Seek Consent',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [151, 153],
      },
    },
    {
      node: 'step_down_meeting',
      type: 'info',
      title: '',
      text: [
        'Social Worker to either attend the locality weekly step down meeting /allocations or arrange a meeting with the Early Help Locality Manager to discuss and agree step down',
        'Agree the appropriate lead professional for Early Help',
        'Social Worker to contact Lead Professional/Service area and agree role, if not in attendance at step down meeting',
        'Arrange a joint visit with the family',
        'Add MDR case note to record conversation agreed actions',
      ],
      choice: null,
      choice_label: null,
      timescale: null,
      entry: '/pathways/2/nodes/2',
      source: 'Walsall Step Up Step Down Flow Charts, Consent Given to Step Down to EH Level 3 Step Down Meeting',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Consent Given to Step Down to EH Level 3 Step Down Meeting',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [159, 165],
      },
    },
    {
      node: 'joint_home_visit',
      type: 'info',
      title: '',
      text: [
        'Social Worker and Lead Professional to agree and carryout a joint home visit',
        'Purpose of the visit is to: introduce the family to the lead professional; discuss the on-going support required; agree the step down plan with the interventions; agree a planned response should the family withdrawn from the support, this is to be open and transparent with the family from the onset',
      ],
      choice: null,
      choice_label: null,
      timescale: null,
      entry: '/pathways/2/nodes/3',
      source: 'Walsall Step Up Step Down Flow Charts, Joint Home Visit',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Joint Home Visit',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [168, 175],
      },
    },
    {
      node: 'step_down_plan',
      type: 'info',
      title: '',
      text: [
        'Following the home visit, Social Worker to write the agreed step down plan of support, with clear actions defined for the new lead professional to oversee',
        'Complete the step down form on mosaic which includes a copy of the plan and send to the relevant Early Help locality within 5 working days of the meeting or visit being held',
        "Ensure there is an updated chronology and genogram on the child, young person's file",
      ],
      choice: null,
      choice_label: null,
      timescale: {
        amount: 5,
        unit: 'working_days',
        label:
          'Complete the step down form on mosaic, which includes a copy of the plan, and send to the relevant Early Help locality',
        starts: 'the meeting or visit being held',
        from: {
          id: 'meeting_held',
          question: 'When was the step down meeting or joint home visit held?',
          default_today: false,
          given: false,
        },
        start: null,
        due: null,
        due_time: null,
        note: '',
      },
      entry: '/pathways/2/nodes/4',
      source: 'Walsall Step Up Step Down Flow Charts, Step Down Plan',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Step Down Plan',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [177, 182],
      },
    },
    {
      node: 'lead_professional_from',
      type: 'question',
      title: '',
      text: ['Where is the lead professional from?'],
      choice: 'eh_locality',
      choice_label: 'From within the CSC Early Help Locality',
      timescale: null,
      entry: '/pathways/2/nodes/5',
      source: 'Walsall Step Up Step Down Flow Charts, Step Down Plan',
      cite: {
        document: 'Walsall Step Up Step Down Flow Charts',
        section: 'Step Down Plan',
        page: null,
        url: null,
        file: '001_29c60ad0e2d9e469.txt',
        lines: [183, 184],
      },
    },
  ],
  current: null,
  outcome: {
    node: 'allocated_to_eh_practitioner',
    id: 'allocated_to_eh_practitioner',
    title: 'Lead professional from the CSC Early Help Locality: allocated to the Early Help Practitioner',
    text: [
      'If the lead professional is from within the CSC Early Help Locality: the Early Help Manager will allocate to the Early Help Practitioner already identified and support and intervention will commence.',
    ],
    timescale: null,
    entry: '/pathways/2/nodes/6',
    source: 'Walsall Step Up Step Down Flow Charts, Step Down Plan',
    cite: {
      document: 'Walsall Step Up Step Down Flow Charts',
      section: 'Step Down Plan',
      page: null,
      url: null,
      file: '001_29c60ad0e2d9e469.txt',
      lines: [183, 183],
    },
  },
  date_questions: [
    {
      id: 'meeting_held',
      question: 'When was the step down meeting or joint home visit held?',
      node: 'step_down_plan',
      answered: false,
    },
  ],
  deadlines: [
    {
      node: 'step_down_plan',
      amount: 5,
      unit: 'working_days',
      label:
        'Complete the step down form on mosaic, which includes a copy of the plan, and send to the relevant Early Help locality',
      starts: 'the meeting or visit being held',
      from: {
        id: 'meeting_held',
        question: 'When was the step down meeting or joint home visit held?',
        default_today: false,
        given: false,
      },
      start: null,
      due: null,
      due_time: null,
      note: '',
    },
  ],
};

/** Dudley's professional challenge: stages, each with its own deadline. */
/** @type {PathwayStep} */
const escalation = {
  pathway: 'professional_challenge',
  title: 'Professional Challenge and Resolution',
  summary:
    'What to do when professionals disagree about the level of need: four stages, from workers on Day 1 to the DSPP Executive on Days 16 to 21.',
  status: 'outcome',
  route: [
    {
      node: 'talk_first',
      type: 'info',
      title: '',
      text: [
        'It is important that we try to resolve any differences of opinion around the level of need for families with open and constructive conversations so that we can avoid this impacting on positive working relationships and also having any impact on the ability to safeguard and promote the welfare of children.',
      ],
      choice: null,
      choice_label: null,
      timescale: null,
      entry: '/pathways/2/nodes/0',
      source: 'Dudley Support Level Guidance and Framework, Constructive Conversations',
      cite: {
        document: 'Dudley Support Level Guidance and Framework',
        section: 'Constructive Conversations',
        page: null,
        url: null,
        file: '004_bc99c8027373e98f.txt',
        lines: [118, 118],
      },
    },
    {
      node: 'stage_1',
      type: 'question',
      title: '',
      text: [
        'Stage 1: Day 1',
        'When concerns arise, initial attempts should be made between workers to resolve the issue. This is stage 1.',
        'Has a resolution been reached between workers?',
      ],
      choice: 'no',
      choice_label: 'No',
      timescale: null,
      entry: '/pathways/2/nodes/1',
      source:
        'Dudley Support Level Guidance and Framework, Appendix 1: Professional Challenge and Resolution Flowchart',
      cite: {
        document: 'Dudley Support Level Guidance and Framework',
        section: 'Appendix 1: Professional Challenge and Resolution Flowchart',
        page: null,
        url: null,
        file: '004_bc99c8027373e98f.txt',
        lines: [355, 357],
      },
    },
    {
      node: 'stage_2',
      type: 'question',
      title: '',
      text: [
        'Stage 2: Days 3 to 9',
        "If a resolution can't be reached, professionals must escalate the issue to their line manager or the named/ designated safeguarding lead in their organisation.",
        'The line manager or named/ designated safeguarding lead should discuss the concerns with their opposite manager in the other agency.',
        'Has a resolution been achieved?',
      ],
      choice: 'no',
      choice_label: 'No',
      timescale: {
        amount: 8,
        unit: 'working_days',
        label: 'Stage 2 ends on Day 9',
        starts: 'Day 1 is the date given: the day the concern first arose between workers',
        from: {
          id: 'concern_arose',
          question: 'When did the concern first arise between workers (Day 1)?',
          default_today: true,
          given: false,
        },
        start: '2026-11-23',
        due: '2026-12-03',
        due_time: null,
        note: '',
      },
      entry: '/pathways/2/nodes/2',
      source:
        'Dudley Support Level Guidance and Framework, Appendix 1: Professional Challenge and Resolution Flowchart',
      cite: {
        document: 'Dudley Support Level Guidance and Framework',
        section: 'Appendix 1: Professional Challenge and Resolution Flowchart',
        page: null,
        url: null,
        file: '004_bc99c8027373e98f.txt',
        lines: [357, 363],
      },
    },
    {
      node: 'stage_3',
      type: 'question',
      title: '',
      text: [
        'Stage 3: Days 9 to 14',
        "If a resolution can't be achieved, the professionals must notify their senior manager",
        'The senior manager will escalate the issue to their DSAB / DSCPG representative, who will arrange to seek resolution. They may request a meeting with the involved parties.',
        'Has an agreement been achieved?',
      ],
      choice: 'no',
      choice_label: 'No',
      timescale: {
        amount: 13,
        unit: 'working_days',
        label: 'Stage 3 ends on Day 14',
        starts: 'Day 1 is the date given: the day the concern first arose between workers',
        from: {
          id: 'concern_arose',
          question: 'When did the concern first arise between workers (Day 1)?',
          default_today: true,
          given: false,
        },
        start: '2026-11-23',
        due: '2026-12-10',
        due_time: null,
        note: '',
      },
      entry: '/pathways/2/nodes/3',
      source:
        'Dudley Support Level Guidance and Framework, Appendix 1: Professional Challenge and Resolution Flowchart',
      cite: {
        document: 'Dudley Support Level Guidance and Framework',
        section: 'Appendix 1: Professional Challenge and Resolution Flowchart',
        page: null,
        url: null,
        file: '004_bc99c8027373e98f.txt',
        lines: [365, 369],
      },
    },
  ],
  current: null,
  outcome: {
    node: 'referred_to_dspp_executive',
    id: 'referred_to_dspp_executive',
    title: 'Stage 4: referred to the DSPP Executive',
    text: [
      "If an agreement can't be achieved the issue should be brought to the DSPP Business Manager and the process will move to stage 4.",
      'Stage 4: Days 16 to 21',
      'DSPP Executive will ask for written representation and may request a meeting with the involved parties.',
    ],
    timescale: {
      amount: 20,
      unit: 'working_days',
      label: 'Stage 4 ends on Day 21',
      starts: 'Day 1 is the date given: the day the concern first arose between workers',
      from: {
        id: 'concern_arose',
        question: 'When did the concern first arise between workers (Day 1)?',
        default_today: true,
        given: false,
      },
      start: '2026-11-23',
      due: '2026-12-21',
      due_time: null,
      note: '',
    },
    entry: '/pathways/2/nodes/7',
    source: 'Dudley Support Level Guidance and Framework, Appendix 1: Professional Challenge and Resolution Flowchart',
    cite: {
      document: 'Dudley Support Level Guidance and Framework',
      section: 'Appendix 1: Professional Challenge and Resolution Flowchart',
      page: null,
      url: null,
      file: '004_bc99c8027373e98f.txt',
      lines: [371, 375],
    },
  },
  date_questions: [
    {
      id: 'concern_arose',
      question: 'When did the concern first arise between workers (Day 1)?',
      node: 'stage_2',
      answered: false,
    },
  ],
  deadlines: [
    {
      node: 'stage_2',
      amount: 8,
      unit: 'working_days',
      label: 'Stage 2 ends on Day 9',
      starts: 'Day 1 is the date given: the day the concern first arose between workers',
      from: {
        id: 'concern_arose',
        question: 'When did the concern first arise between workers (Day 1)?',
        default_today: true,
        given: false,
      },
      start: '2026-11-23',
      due: '2026-12-03',
      due_time: null,
      note: '',
    },
    {
      node: 'stage_3',
      amount: 13,
      unit: 'working_days',
      label: 'Stage 3 ends on Day 14',
      starts: 'Day 1 is the date given: the day the concern first arose between workers',
      from: {
        id: 'concern_arose',
        question: 'When did the concern first arise between workers (Day 1)?',
        default_today: true,
        given: false,
      },
      start: '2026-11-23',
      due: '2026-12-10',
      due_time: null,
      note: '',
    },
    {
      node: 'referred_to_dspp_executive',
      amount: 20,
      unit: 'working_days',
      label: 'Stage 4 ends on Day 21',
      starts: 'Day 1 is the date given: the day the concern first arose between workers',
      from: {
        id: 'concern_arose',
        question: 'When did the concern first arise between workers (Day 1)?',
        default_today: true,
        given: false,
      },
      start: '2026-11-23',
      due: '2026-12-21',
      due_time: null,
      note: '',
    },
  ],
};

/** @type {EngineError} */
const badStep = {
  code: 'pathway.unexpected_step',
  path: '/steps/0/node',
  message:
    'The walk has reached "risk", but this step answers "not_a_node". Steps must follow the route in order; go back by removing the last step.',
};

/** @type {Pick<Description, 'partnership' | 'pathways'>} */
const dudley = {
  partnership: {
    name: 'Dudley Safeguarding People Partnership',
    area: 'Dudley',
    document_title: 'Dudley Support Level Guidance and Framework',
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
      'The guidance gives no publication or review date.',
      "It gives no timescale for the MASH (children's front door) to decide on a Request for Help and Support, nor for any Early Help or social care response.",
      'It gives no time limits for stepping down (no number of weeks or months after a step-down), so a recent step-down is flagged for discussion only.',
      'It does not include the Request for Help and Support Form, the Portal address, the Early Help Assessment, the Graded Care Profile (GCP2/GCP2A) tools, the Contextual Safeguarding Screening Tool or the DSPP Neglect Strategy; it only names them.',
      'It names the Child Exploitation Pathway, Youth Offending Services and the Early Help Enablers but gives no contact details or procedure for them.',
      'It does not mention MARAC, MAPPA or Prevent by name, and gives no separate procedure for domestic abuse, radicalisation, missing children or female genital mutilation beyond the indicators.',
      'It has no age-conditional rules (for example about babies under one) apart from what the indicators themselves say.',
      'It does not cover safeguarding adults, or children who live outside Dudley.',
      "Hours are given only for the MASH telephone line; the family centres' and the Designated Officer's hours are not given.",
      'The West Midlands Regional Safeguarding Procedures, which the guidance must be read alongside, are not part of this screener.',
    ],
    search_examples: ['bruise', 'school attendance', 'knife'],
  },
  pathways: [
    {
      id: 'step_up',
      title: 'Stepping up to a higher level of support',
      short_title: 'Stepping up: the questions to consider and what happens next',
      summary:
        'The questions Dudley asks practitioners to consider before a higher level of intervention, ending in what to do next.',
    },
    {
      id: 'step_down',
      title: 'Stepping down from statutory services to Early Help, then universal services',
      short_title: 'Stepping down: from statutory services to Early Help, then universal services',
      summary:
        "Dudley's aim for stepping down: from statutory services to Early Help for an agreed period, then to universal services.",
    },
    {
      id: 'professional_challenge',
      title: 'Professional Challenge and Resolution',
      short_title: 'If professionals disagree about the level: Professional Challenge and Resolution',
      summary:
        'What to do when professionals disagree about the level of need: four stages, from workers on Day 1 to the DSPP Executive on Days 16 to 21.',
    },
  ],
};

const step =
  (s, { selected = null, error = null } = {}) =>
  (root) =>
    root.append(
      pathwayStepPage({
        step: s,
        caption: 'Dudley Safeguarding People Partnership',
        selected,
        error,
        onSelect: () => {},
        onContinue: () => {},
        actions: null,
        onAllProcedures: () => {},
        root,
      }),
    );

/** @type {Example[]} */
export const examples = [
  {
    name: 'The procedures, as a step-by-step overview',
    render: (root) =>
      root.append(pathwaysListPage({ described: dudley, caption: dudley.partnership.name, onOpen: () => {} })),
  },
  { name: 'A question', render: step(question) },
  { name: 'A question answered', render: step(question, { selected: question.current?.options?.[0]?.id ?? null }) },
  { name: 'A question refused without an answer', render: step(question, { error: 'Select an answer' }) },
  { name: 'An outcome', render: step(outcome) },
  { name: 'An outcome with deadlines and a date asked for (Walsall)', render: step(withDeadlines) },
  { name: 'An outcome after escalation stages', render: step(escalation) },
  {
    name: "The engine's error",
    render: (root) =>
      root.append(pathwayErrorPage({ error: badStep, caption: dudley.partnership.name, onRestart: () => {} })),
  },
];

/** For the actions bar's examples (the plain-text summary of a procedure). */
export { withDeadlines as examplesStep };
