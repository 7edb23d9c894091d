// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Deferred } from '../../src/components/Deferred';

describe('Deferred', () => {
  it('shows the placeholder first and mounts the part after the first paint', async () => {
    render(
      <Deferred placeholder={<p>Loading the editor…</p>}>
        <p>The editor</p>
      </Deferred>,
    );
    expect(screen.getByText('Loading the editor…')).toBeInTheDocument();
    expect(screen.queryByText('The editor')).not.toBeInTheDocument();
    expect(await screen.findByText('The editor')).toBeInTheDocument();
    expect(screen.queryByText('Loading the editor…')).not.toBeInTheDocument();
  });
});
