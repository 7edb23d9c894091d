import type { ReactNode } from 'react';
import { Card } from '../Card';
import { ActionForm } from './ActionForm';

/** A card that is one form (see ActionForm). */
export function FormCard({
  id,
  title,
  onSubmit,
  children,
}: {
  /** The heading's id. */
  id: string;
  title: ReactNode;
  /** null while the fields do not make a request yet. */
  onSubmit: (() => void) | null;
  children: ReactNode;
}) {
  return (
    <Card id={id} title={title}>
      <ActionForm onSubmit={onSubmit}>{children}</ActionForm>
    </Card>
  );
}
