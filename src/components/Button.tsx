import type { ComponentProps } from 'react';

interface ButtonProps extends ComponentProps<'button'> {
  variant?: 'primary' | 'danger';
  small?: boolean;
}

/** The app's button: an action in place (`type="button"` unless told), styled `.button`. */
export function Button({ variant, small, className, ...props }: ButtonProps) {
  const classes = ['button', small && 'button-small', variant && `button-${variant}`, className];
  return <button type="button" {...props} className={classes.filter(Boolean).join(' ')} />;
}
