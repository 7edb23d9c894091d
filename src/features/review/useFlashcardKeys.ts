import { useEffect } from 'react';
import { REVIEW_GRADES, type ReviewGrade } from '../../domain/review';

interface FlashcardKeys {
  flipped: boolean;
  onFlip: () => void;
  onGrade: (grade: ReviewGrade) => void;
}

/**
 * Space shows the answer; 1–4 grade it (Again, Hard, Good, Easy). Buttons and links keep Space
 * for themselves, and nothing fires while typing.
 */
export function useFlashcardKeys({ flipped, onFlip, onGrade }: FlashcardKeys) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable], dialog[open]')) return;
      const grade = REVIEW_GRADES[Number(event.key) - 1];
      if (event.key === ' ' && !flipped && !target.closest('button, a, summary')) {
        event.preventDefault();
        onFlip();
      } else if (flipped && grade && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        onGrade(grade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flipped, onFlip, onGrade]);
}
