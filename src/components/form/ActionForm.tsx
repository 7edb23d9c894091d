import type { ReactNode } from 'react';

/**
 * A form that stays on the page: submitting (Enter or its submit button) calls `onSubmit`, which
 * is null while the fields do not make a request yet.
 */
export function ActionForm({
  onSubmit,
  className,
  children,
}: {
  onSubmit: (() => void) | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.();
      }}
    >
      {children}
    </form>
  );
}
