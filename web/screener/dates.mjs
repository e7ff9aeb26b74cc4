// Dates as GOV.UK writes them: "Monday 30 November 2026". Computed from YYYY-MM-DD without time
// zones (the engine already worked out the day).

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-11-30" -> "Monday 30 November 2026"; anything else is returned unchanged. */
export function longDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  if (!m) return String(iso ?? '');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return `${DAYS[day]} ${d} ${MONTHS[mo - 1]} ${y}`;
}

/** "5 working days", "24 hours", "1 calendar day". */
export function duration(amount, unit) {
  const n = Number(amount);
  const words = {
    hours: ['hour', 'hours'],
    working_days: ['working day', 'working days'],
    calendar_days: ['calendar day', 'calendar days'],
  }[unit] ?? [unit, unit];
  return `${n} ${n === 1 ? words[0] : words[1]}`;
}
