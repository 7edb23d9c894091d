import type { ReactNode } from 'react';

/** A form that stays on the page: submitting (Enter or its submit button) calls `onSubmit`. */
export function ActionForm({
  onSubmit,
  className,
  children,
}: {
  onSubmit: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
