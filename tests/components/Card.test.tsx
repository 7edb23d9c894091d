// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Card } from '../../src/components/Card';

describe('Card', () => {
  it('is a region named by its heading', () => {
    render(
      <Card id="clock-heading" title="Time machine" className="lc-clock">
        <p>body</p>
      </Card>,
    );
    const region = screen.getByRole('region', { name: 'Time machine' });
    expect(region).toHaveClass('card', 'lc-clock');
    expect(region).toHaveTextContent('body');
  });
});
