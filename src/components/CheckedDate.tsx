import { formatCheckedDate } from '../domain/content/checked';

/** A date facts were checked against the AWS docs, machine-readable and as "4 Dec 2026". */
export function CheckedDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatCheckedDate(date)}</time>;
}
