// How dates and times read on the page: the browser's locale and time zone.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso) {
  return iso ? dateTime.format(new Date(iso)) : '';
}

/** yyyy-mm-dd of a local calendar day, as <input type=date> and the Date scalar expect. */
function localDate(day) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The start of a local calendar day (yyyy-mm-dd), plus `days`, as an ISO-8601 DateTime. */
export function startOfLocalDay(yyyyMmDd, days = 0) {
  const [year, month, date] = yyyyMmDd.split('-').map(Number);
  return new Date(year, month - 1, date + days).toISOString();
}

export function today() {
  return localDate(new Date());
}

export function tomorrow() {
  const day = new Date();
  day.setDate(day.getDate() + 1);
  return localDate(day);
}

/** "1 segment", "3 segments". */
export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
