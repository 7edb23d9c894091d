// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LazyJsonEditor } from '../../../../src/features/sandbox/frame/LazyJsonEditor';

const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [] }, null, 2);
const props = { editorKey: 'a', label: 'Policy (JSON)', onChange: () => undefined };
const editorIn = (container: HTMLElement) => container.querySelector('.cm-editor');

describe('LazyJsonEditor', () => {
  it('shows the JSON as a plain preview textbox, coloured with line numbers once near, and no editor yet', async () => {
    const { container } = render(<LazyJsonEditor {...props} value={POLICY} />);
    const preview = screen.getByRole('textbox', { name: 'Policy (JSON)' });
    expect(preview).toHaveTextContent('"Version": "2012-10-17"');
    expect(preview.querySelector('.json-preview-plain')).toHaveTextContent('"Version"');
    expect(preview.querySelectorAll('.json-preview-number')).toHaveLength(0);
    // near the screen (here: idle, as jsdom has no IntersectionObserver)
    await waitFor(() => expect(preview.querySelectorAll('.json-preview-number')).toHaveLength(4));
    expect(preview.querySelector('.json-key')).toHaveTextContent('"Version"');
    expect(preview).toHaveTextContent('"Version": "2012-10-17"');
    // staying a preview: the editor's code waits for a pointer over it or an edit
    await new Promise((r) => setTimeout(r, 50));
    expect(editorIn(container)).toBeNull();
  });

  it('shows the start of a long document and says how much more there is', async () => {
    const long = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => i) }, null, 2);
    render(<LazyJsonEditor {...props} value={long} />);
    const preview = screen.getByRole('textbox', { name: 'Policy (JSON)' });
    expect(preview.querySelector('.json-preview-plain')?.textContent?.split('\n')).toHaveLength(14);
    await waitFor(() => expect(preview.querySelectorAll('.json-preview-row')).toHaveLength(14));
    expect(preview).toHaveTextContent('… 90 more lines: click here to read and edit them all.');
  });

  it('puts the editor in its place, focused, once the reader edits it', async () => {
    const { container } = render(<LazyJsonEditor {...props} value={POLICY} />);
    screen.getByRole('textbox', { name: 'Policy (JSON)' }).focus();
    await waitFor(() => expect(editorIn(container)).not.toBeNull());
    expect(container.querySelector('.json-preview')).toBeNull();
    expect(document.activeElement).toHaveClass('cm-content');
    expect(document.activeElement).toHaveAttribute('aria-label', 'Policy (JSON)');
  });

  it('opens the editor by itself when the text is not JSON, to mark where', async () => {
    const validate = vi.fn(() => null);
    const { container } = render(
      <LazyJsonEditor {...props} value={'{"Version": '} validate={validate} />,
    );
    await waitFor(() => expect(editorIn(container)).not.toBeNull());
    expect(document.activeElement).not.toHaveClass('cm-content');
  });

  it("leaves the engine's check to the editor: a preview never runs it", async () => {
    const validate = vi.fn(() => ({ path: 'Statement', message: 'is empty' }));
    const { container } = render(<LazyJsonEditor {...props} value={POLICY} validate={validate} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(editorIn(container)).toBeNull();
    expect(validate).not.toHaveBeenCalled();
  });

  it('keeps empty text (no policy) as a preview, and opens when asked to', async () => {
    const { container, rerender } = render(<LazyJsonEditor {...props} value="" />);
    await new Promise((r) => setTimeout(r, 50));
    expect(editorIn(container)).toBeNull();
    rerender(<LazyJsonEditor {...props} value="" open />);
    await waitFor(() => expect(editorIn(container)).not.toBeNull());
  });

  it('gives a new key a preview again', async () => {
    const { container, rerender } = render(<LazyJsonEditor {...props} value={POLICY} />);
    screen.getByRole('textbox', { name: 'Policy (JSON)' }).focus();
    await waitFor(() => expect(editorIn(container)).not.toBeNull());
    rerender(<LazyJsonEditor {...props} editorKey="b" value="{}" />);
    expect(editorIn(container)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Policy (JSON)' })).toHaveTextContent('{}');
  });
});
