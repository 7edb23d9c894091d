// One formatter per style, made on first use: toLocaleString() builds a new Intl formatter on
// every call, which adds up to a long task over a long history on a slow phone.
let date: Intl.DateTimeFormat | undefined;
let dateTime: Intl.DateTimeFormat | undefined;

/** The day of an ISO instant, in the reader's locale (as toLocaleDateString). */
export function formatDate(iso: string): string {
  date ??= new Intl.DateTimeFormat();
  return date.format(new Date(iso));
}

/** The day and time of an ISO instant, in the reader's locale (as toLocaleString). */
export function formatDateTime(iso: string): string {
  dateTime ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return dateTime.format(new Date(iso));
}
