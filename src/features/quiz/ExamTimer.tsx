import { useEffect, useRef, useState } from 'react';
import { crossedWarning, formatClock, secondsLeft } from '../../domain/quiz/pacing';

interface ExamTimerProps {
  deadline: string;
  totalSeconds: number;
  onExpire: () => void;
}

/**
 * Time left, read from the clock against the stored deadline (never by counting ticks), with
 * polite announcements at 10 % of the time and at 5 minutes left.
 */
export function ExamTimer({ deadline, totalSeconds, onExpire }: ExamTimerProps) {
  const [left, setLeft] = useState(() => secondsLeft(deadline, Date.now()));
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(left);
  const expired = useRef(false);

  useEffect(() => {
    const tick = () => {
      const now = secondsLeft(deadline, Date.now());
      const warning = crossedWarning(totalSeconds, previous.current, now);
      if (warning) setAnnouncement(warning);
      previous.current = now;
      setLeft(now);
      if (now === 0 && !expired.current) {
        expired.current = true;
        onExpire();
      }
    };
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [deadline, totalSeconds, onExpire]);

  const low = left <= Math.max(300, totalSeconds * 0.1);
  return (
    <div className="exam-timer" data-low={low}>
      <span className="visually-hidden">Time left: </span>
      <span role="timer" aria-label="Time left" className="exam-timer-clock">
        {formatClock(left)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
