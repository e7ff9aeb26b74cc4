// The engine's contract with the page, described once for JavaScript: what describe, screen, live,
// evaluate, walk and search send (docs/API.md says what each field means). `make lint` checks the
// page against it (tsc --checkJs); tests/contract_test.mjs checks it against what the engine sends
// for every scenario of every pack, both ways: a field the engine sends and this file does not
// declare fails, and so does a field declared here that the engine never sends.

/** Where an entry comes from in the partnership's document, as data. */
export interface Cite {
  document: string;
  section: string;
  page: string | null;
  url: string | null;
  /** Our copy of the document: for authors' tools, never shown to a practitioner. */
  file: string;
  lines: number[];
}

/** A cited entry: the practitioner's citation ("<document>, <section>") and the same as data. */
export interface Cited {
  source: string;
  cite: Cite;
}

export interface OutOfHours {
  label: string;
  phone: string;
  hours: string;
}

export interface Contact {
  id: string;
  label: string;
  phone: string;
  hours: string;
  out_of_hours: OutOfHours | null;
  email: string;
  url: string;
  notes: string;
  group: string;
}

/** A statement with the pack entry that says it. */
export interface Traced extends Cited {
  id: string;
  text: string;
  entry: string;
}

export interface UnlessClause {
  text: string;
  because: Traced[];
}

export interface Term {
  term: string;
  meaning: string;
  /** Where the document spells it out; null for a general meaning. */
  source: string | null;
  cite?: Cite;
}

export interface Due {
  amount: number;
  unit: string;
  starts: string;
  date: string | null;
  time: string | null;
}

export type StepKind = 'call_999' | 'call' | 'strategy_discussion' | 'form' | 'talk_to_lead' | 'consent' | 'read';

export interface NextStep extends Cited {
  id: string;
  kind: StepKind;
  text: string;
  detail: string;
  unless: UnlessClause[];
  contacts: Contact[];
  general: boolean;
  no_number: string;
  nearest: Contact[];
  terms: Term[];
  due: Due | null;
  entry: string;
}

/** What an answer fact accepts. */
export interface Accepted {
  type: 'number' | 'string' | 'boolean';
  min?: number;
  max?: number;
  whole?: boolean;
  options?: string[];
  /** Booleans: "unknown" is also an answer. */
  unknown?: boolean;
}

export interface Question {
  id: string;
  ask: boolean;
  why: string;
  /** Each answer fact the question sets, with what it accepts. */
  accepts: Record<string, Accepted>;
}

/** How current the guidance is: dated, checked against its source, due for review (docs/API.md). */
export interface Currency {
  dated: string;
  checked: string | null;
  checked_date: string | null;
  review_by: string | null;
  review_by_date: string | null;
  /** Past the review-by date on the answers' date; null when the answers give no date. */
  overdue: boolean | null;
  text: string;
  /** Said only when overdue. */
  overdue_text: string | null;
  url: string | null;
}

export interface Partnership {
  name: string;
  area: string;
  document_title: string;
  date_text: string;
  url: string | null;
  not_covered: string[];
  search_examples: string[];
  currency: Currency;
}

export interface Level extends Cited {
  number: number;
  label: string;
  summary: string;
}

export interface Indicator extends Cited {
  id: string;
  text: string;
  hint: string;
  level: number;
  strength: boolean;
  strategy_discussion: boolean;
  immediate_danger: boolean;
  consent_may_increase_risk: boolean;
  applies: 'yes' | 'no' | 'unknown';
  applies_text: string;
}

export interface Domain {
  id: string;
  label: string;
  indicators: Indicator[];
}

export interface PathwayLink {
  id: string;
  title: string;
  short_title: string;
  summary: string;
}

export interface Description {
  partnership: Partnership;
  has_matrix: boolean;
  questions: Question[];
  levels: Level[];
  domains: Domain[];
  pathways: PathwayLink[];
  contacts: Contact[];
  calendar: { id: string; name: string } | null;
  entry_steps: NextStep[];
}

export interface Route extends Cited {
  id: string;
  label: string;
  text: string[];
  contacts: Contact[];
  entry: string;
}

export interface SignificantHarm {
  suspected: boolean | null;
  implied: boolean;
  text?: string[];
  entry?: string;
  source?: string;
  cite?: Cite;
}

export interface Emergency extends Cited {
  text: string[];
  then_contacts: Contact[];
  entry: string;
}

export interface CitedText extends Cited {
  text: string[];
  entry: string;
}

export interface StrategyReason extends Cited {
  id: string;
  indicator: string | null;
  rule: string | null;
  text: string;
  entry: string;
}

export type ConsentVerdict =
  'seek_consent' | 'proceed_and_inform' | 'proceed_without_consent' | 'seek_advice' | 'not_applicable' | 'undetermined';

/** The question that decides the consent line, with the answer given and the values it accepts. */
export interface ConsentQuestion {
  id: string;
  answer: boolean | 'unknown' | null;
  text: string;
  options: (boolean | string)[];
}

export interface Consent {
  level: number | null;
  state: string;
  required: boolean;
  may_proceed_without: boolean | null;
  verdict: ConsentVerdict;
  /** The whole sentence, with its "unless" clauses. */
  sentence: string;
  /** A next step already says the verdict: the page does not say it again. */
  in_steps: boolean;
  /** The verdict lets the referral go ahead now: shown as a warning. */
  do_not_delay: boolean;
  /** The exception's own words already say what to record. */
  record_in_exception: boolean;
  decided_by: { by: string; test: string } | null;
  exception: Traced | null;
  record: string | null;
  record_entry: Traced | null;
  question: ConsentQuestion | null;
  advice_contacts: Contact[];
  guidance: Traced[];
}

export interface Reason extends Cited {
  indicator: string | null;
  rule: string | null;
  level: number;
  domain: string | null;
  text: string;
  entry: string;
}

export interface Comparison {
  domain: string;
  level: number;
  up: string[];
  down: string[];
}

export interface Strength extends Cited {
  indicator: string;
  domain: string;
  text: string;
  entry: string;
}

export interface Advisory extends Cited {
  id: string;
  rule: string;
  text: string;
  contacts: Contact[];
  entry: string;
}

export interface Deadline extends Cited {
  id: string;
  label: string;
  amount: number;
  unit: string;
  starts: string;
  owner: 'service' | 'you';
  due: string | null;
  note: string;
  entry: string;
}

export interface Prompt extends Cited {
  id: string;
  label: string;
  short_label: string;
  items: string[];
  entry: string;
}

export interface ChecklistGroup extends Cited {
  id: string;
  label: string;
  items: string[];
}

export interface Checklist extends Cited {
  label: string;
  groups: ChecklistGroup[];
  entry: string;
}

export interface Outcome {
  version: number;
  pack: string;
  date: string | null;
  level: number | null;
  level_label: string;
  level_summary: string;
  indicative: boolean;
  indicative_notice: string;
  immediate_action: 'call_999' | null;
  route: Route | null;
  no_concerns: boolean;
  route_withheld: boolean;
  significant_harm: SignificantHarm;
  emergency: Emergency | null;
  strategy_discussion: boolean;
  strategy_discussion_note: CitedText | null;
  strategy_discussion_reasons: StrategyReason[];
  consent: Consent;
  next_steps: NextStep[];
  reasons: Reason[];
  comparisons: Comparison[];
  strengths: Strength[];
  not_applicable: { indicator: string; text: string; why: string }[];
  notes: { id: string; text: string }[];
  advisories: Advisory[];
  deadlines: Deadline[];
  prompts: Prompt[];
  checklist: Checklist | null;
  pathways: { id: string; title: string; link_text: string }[];
  currency: Currency;
}

/** What the page needs on every answer change. */
export interface Live {
  questions: { id: string; ask: boolean }[];
  level: number | null;
  level_label: string;
  immediate_action: 'call_999' | null;
}

export interface StepTimescale {
  node?: string;
  amount: number;
  unit: string;
  label: string;
  starts: string;
  from: { id: string; question: string; default_today: boolean; given: boolean } | null;
  start: string | null;
  due: string | null;
  due_time: string | null;
  note: string;
}

export interface PathwayOption {
  id: string;
  label: string;
  hint: string;
}

export interface PathwayRouteEntry extends Cited {
  node: string;
  type: string;
  title: string;
  text: string[];
  choice: string | null;
  choice_label: string | null;
  timescale: StepTimescale | null;
  entry: string;
}

export interface PathwayQuestion extends Cited {
  node: string;
  type: 'question';
  text: string[];
  hint: string;
  options: PathwayOption[];
  timescale: StepTimescale | null;
  entry: string;
}

export interface PathwayOutcome extends Cited {
  node: string;
  id: string;
  title: string;
  text: string[];
  timescale: StepTimescale | null;
  entry: string;
}

export interface DateQuestion {
  id: string;
  question: string;
  node: string;
  answered: boolean;
}

export interface PathwayStep {
  pathway: string;
  title: string;
  summary: string;
  status: 'question' | 'outcome';
  route: PathwayRouteEntry[];
  current: PathwayQuestion | null;
  outcome: PathwayOutcome | null;
  date_questions: DateQuestion[];
  deadlines: StepTimescale[];
}

export interface SearchResult extends Cited {
  id: string;
  text: string;
  level: number;
  domain: string;
  kind: 'concern' | 'strength';
  hint: string;
  strategy_discussion: boolean;
  score: number;
}

/** One problem: a code, a JSON Pointer into what was read, and a message for people. */
export interface EngineError {
  code: string;
  path: string;
  message: string;
}

export interface EngineFailure {
  ok: false;
  error: EngineError;
  errors: EngineError[];
}

/** An engine call's answer: ok with its fields, or the problems. */
export type EngineResult<T> = ({ ok: true } & T) | EngineFailure;

/** A partnership in the site's index of packs (tools/build-site.mjs). */
export interface PackIndexEntry {
  id: string;
  name: string;
  area?: string;
  [key: string]: unknown;
}
