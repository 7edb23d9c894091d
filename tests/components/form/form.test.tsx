// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  ActionForm,
  CheckboxRow,
  FormCard,
  ListRow,
  NumberRow,
  SelectRow,
  TextRow,
  useChoice,
  wholeIn,
} from '../../../src/components/form';

describe('form rows', () => {
  it('tie the label, hint and error to the control', () => {
    render(
      <TextRow
        id="arn"
        label="Resource ARN"
        hint="an ARN or *"
        error="not an ARN"
        value="x"
        onChange={() => {}}
      />,
    );
    const input = screen.getByLabelText('Resource ARN');
    expect(input).toHaveAttribute('id', 'arn');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('an ARN or * not an ARN');
  });

  it('leave a valid control unmarked and undescribed', () => {
    render(<TextRow id="key" label="Key" error={false} value="" onChange={() => {}} />);
    const input = screen.getByLabelText('Key');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('offer suggestions through a datalist', () => {
    render(
      <TextRow
        id="act"
        label="Action"
        suggestions={['s3:GetObject']}
        value=""
        onChange={() => {}}
      />,
    );
    expect(screen.getByLabelText('Action')).toHaveAttribute('list', 'act-suggestions');
    expect(document.querySelector('#act-suggestions option')).toHaveAttribute(
      'value',
      's3:GetObject',
    );
  });

  it('pass on what is typed in a text row', async () => {
    const onChange = vi.fn();
    render(<TextRow id="k" label="Key" value="" onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Key'), 'a');
    expect(onChange).toHaveBeenCalledWith('a');
  });
});

function Days({ initial }: { initial: number | undefined }) {
  const [days, setDays] = useState(initial);
  return (
    <>
      <NumberRow id="days" label="Days" value={days} onChange={setDays} step="any" />
      <output>{days === undefined ? 'empty' : days}</output>
      <button type="button" onClick={() => setDays(7)}>
        undo
      </button>
    </>
  );
}

describe('NumberRow', () => {
  it('reads the number, empty as undefined, and keeps a half-typed decimal', async () => {
    render(<Days initial={30} />);
    const input = screen.getByLabelText('Days');
    await userEvent.clear(input);
    expect(screen.getByRole('status')).toHaveTextContent('empty');
    await userEvent.type(input, '1.');
    expect(input).toHaveValue(1);
    expect(screen.getByRole('status')).toHaveTextContent('1');
    await userEvent.type(input, '5');
    expect(screen.getByRole('status')).toHaveTextContent('1.5');
  });

  it('shows a value changed elsewhere', async () => {
    render(<Days initial={30} />);
    await userEvent.click(screen.getByRole('button', { name: 'undo' }));
    expect(screen.getByLabelText('Days')).toHaveValue(7);
  });

  it('wholeIn accepts whole numbers in range only', () => {
    expect(wholeIn(3, 1, 5)).toBe(3);
    expect(wholeIn(0, 1, 5)).toBeNull();
    expect(wholeIn(2.5, 1, 5)).toBeNull();
    expect(wholeIn(undefined, 1, 5)).toBeNull();
  });
});

describe('SelectRow, CheckboxRow and ListRow', () => {
  it('select a labelled option', async () => {
    const onChange = vi.fn();
    render(
      <SelectRow
        id="v"
        label="Versioning"
        value="Enabled"
        onChange={onChange}
        options={[{ value: 'Disabled', label: 'Disabled (never enabled)' }, 'Enabled']}
      />,
    );
    await userEvent.selectOptions(screen.getByLabelText('Versioning'), 'Disabled (never enabled)');
    expect(onChange).toHaveBeenCalledWith('Disabled');
  });

  it('toggle a checkbox by its label, with its hint as description', async () => {
    const onChange = vi.fn();
    render(
      <CheckboxRow label="Legal hold" hint="no end date" checked={false} onChange={onChange} />,
    );
    const box = screen.getByRole('checkbox', { name: 'Legal hold' });
    expect(box).toHaveAccessibleDescription('no end date');
    await userEvent.click(screen.getByText('Legal hold'));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('read a comma-separated list and keep the trailing comma being typed', async () => {
    const onChange = vi.fn();
    function Tags() {
      const [tags, setTags] = useState<string[]>([]);
      return (
        <ListRow
          id="t"
          label="Tags"
          value={tags}
          onChange={(v) => {
            onChange(v);
            setTags(v);
          }}
        />
      );
    }
    render(<Tags />);
    await userEvent.type(screen.getByLabelText('Tags'), 'dev, prod,');
    expect(screen.getByLabelText('Tags')).toHaveValue('dev, prod,');
    expect(onChange).toHaveBeenLastCalledWith(['dev', 'prod']);
  });
});

describe('ActionForm', () => {
  it('calls onSubmit on Enter without leaving the page', async () => {
    const onSubmit = vi.fn();
    render(
      <ActionForm onSubmit={onSubmit}>
        <TextRow id="n" label="Name" value="x" onChange={() => {}} />
      </ActionForm>,
    );
    await userEvent.type(screen.getByLabelText('Name'), '{Enter}');
    expect(onSubmit).toHaveBeenCalledOnce();
  });
});

describe('FormCard', () => {
  it('is a card named by its heading that submits only once it has a request', async () => {
    const onSubmit = vi.fn();
    const { rerender } = render(
      <FormCard id="push-heading" title="Push an image" onSubmit={null}>
        <TextRow id="tag" label="Tag" value="x" onChange={() => {}} />
      </FormCard>,
    );
    expect(screen.getByRole('region', { name: 'Push an image' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Tag'), '{Enter}');
    rerender(
      <FormCard id="push-heading" title="Push an image" onSubmit={onSubmit}>
        <TextRow id="tag" label="Tag" value="x" onChange={() => {}} />
      </FormCard>,
    );
    await userEvent.type(screen.getByLabelText('Tag'), '{Enter}');
    expect(onSubmit).toHaveBeenCalledOnce();
  });
});

describe('useChoice', () => {
  function Repos({ repos }: { repos: string[] }) {
    const [repo, setRepo] = useChoice(repos);
    return (
      <SelectRow id="repo" label="Repository" value={repo} onChange={setRepo} options={repos} />
    );
  }

  it('keeps the pick while it is offered and falls back to the first option when it goes', async () => {
    const { rerender } = render(<Repos repos={['team', 'mirror', 'store']} />);
    const select = screen.getByLabelText('Repository');
    expect(select).toHaveValue('team');
    await userEvent.selectOptions(select, 'mirror');
    rerender(<Repos repos={['team', 'mirror']} />);
    expect(select).toHaveValue('mirror');
    rerender(<Repos repos={['store', 'team']} />);
    expect(select).toHaveValue('store');
  });
});
