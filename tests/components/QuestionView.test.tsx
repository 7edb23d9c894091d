// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { QuestionView, selectionHint } from '../../src/components/QuestionView';
import type { Question } from '../../src/domain/quiz/schema';

const refs = [
  {
    title: 'Upstream repositories',
    url: 'https://docs.aws.amazon.com/codeartifact/latest/ug/repos-upstream.html',
  },
];

const single: Question = {
  id: 'upstreams-90',
  lesson: 'upstreams',
  blueprint: 's-repositories',
  family: 'upstreams-search-order',
  checked: '2026-12-04',
  traps: ['upstream-search-order'],
  kind: 'single',
  stem: 'Repository app has upstreams A then B. Both hold the requested version. Which repository serves it?',
  options: [
    {
      id: 'a',
      text: 'Repository A',
      correct: true,
      why: 'Upstreams are searched in the order they are listed.',
    },
    {
      id: 'b',
      text: 'Repository B',
      correct: false,
      why: 'B is only searched when A and its upstreams lack the version.',
    },
    {
      id: 'c',
      text: 'Whichever answers first',
      correct: false,
      why: 'The search is ordered, not a race between repositories.',
    },
    {
      id: 'd',
      text: 'Neither; the request fails',
      correct: false,
      why: 'A conflict between upstreams is not an error in CodeArtifact.',
    },
  ],
  explanation:
    'CodeArtifact searches upstream repositories depth-first in their configured order and stops at the first match.',
  references: refs,
  difficulty: 1,
};

const multiple: Question = {
  ...single,
  id: 'upstreams-91',
  kind: 'multiple',
  select: 2,
  stem: 'Which two repositories keep a copy of a version fetched through an external connection? (Choose two.)',
  options: [
    {
      id: 'a',
      text: 'The repository that was requested',
      correct: true,
      why: 'The requested repository always retains the version it serves.',
    },
    {
      id: 'b',
      text: 'Every intermediate repository',
      correct: false,
      why: 'Intermediate repositories in the chain never retain the version.',
    },
    {
      id: 'c',
      text: 'The repository with the external connection',
      correct: true,
      why: 'The repository holding the connection retains what it fetched.',
    },
    {
      id: 'd',
      text: 'No repository at all',
      correct: false,
      why: 'Fetched versions are retained so later builds do not depend on the public registry.',
    },
    {
      id: 'e',
      text: 'Only a repository named "cache"',
      correct: false,
      why: 'Repository names have no effect on retention in CodeArtifact.',
    },
  ],
};

/** QuestionView with its selection held in state, as its callers do. */
function Controlled({
  question,
  reveal = false,
  onChange,
}: {
  question: Question;
  reveal?: boolean;
  onChange?: (s: string[]) => void;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <QuestionView
      question={question}
      selected={selected}
      onChange={(s) => {
        onChange?.(s);
        setSelected(s);
      }}
      reveal={reveal}
      idPrefix="t"
    />
  );
}

describe('QuestionView', () => {
  it('shows a single-answer question as radios and reports the chosen option', async () => {
    const onChange = vi.fn();
    render(<Controlled question={single} onChange={onChange} />);
    expect(screen.getByRole('heading', { name: single.stem })).toBeInTheDocument();
    expect(screen.getByText('Choose one.')).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /Repository B/ }));
    expect(onChange).toHaveBeenLastCalledWith(['b']);
    await userEvent.click(screen.getByRole('radio', { name: /Repository A/ }));
    expect(onChange).toHaveBeenLastCalledWith(['a']);
    expect(screen.getByRole('radio', { name: /Repository A/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Repository B/ })).not.toBeChecked();
  });

  it('shows a multiple-response question as checkboxes that add and remove ids', async () => {
    const onChange = vi.fn();
    render(<Controlled question={multiple} onChange={onChange} />);
    expect(screen.getByText('Choose two.')).toBeInTheDocument();
    expect(selectionHint({ ...multiple, select: 3 })).toBe('Choose three.');
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /requested/ }));
    expect(onChange).toHaveBeenLastCalledWith(['a']);
    await userEvent.click(screen.getByRole('checkbox', { name: /external connection/ }));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'c']);
    await userEvent.click(screen.getByRole('checkbox', { name: /requested/ }));
    expect(onChange).toHaveBeenLastCalledWith(['c']);
  });

  it('warns while the number chosen is not the number asked for', async () => {
    render(<Controlled question={multiple} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /requested/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'You have selected 1; this question needs exactly 2.',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: /external connection/ }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /intermediate/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'You have selected 3; this question needs exactly 2.',
    );
  });

  it('reveals every option’s why, the explanation and references, and marks right and wrong', () => {
    const { container } = render(
      <QuestionView
        question={multiple}
        selected={['a', 'b']}
        onChange={() => {}}
        reveal
        idPrefix="r"
      />,
    );
    for (const o of multiple.options) expect(screen.getByText(o.why)).toBeInTheDocument();
    expect(screen.getByText(multiple.explanation)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: refs[0]!.title })).toHaveAttribute(
      'href',
      refs[0]!.url,
    );
    const verdicts = [...container.querySelectorAll('.option')].map((el) =>
      el.getAttribute('data-verdict'),
    );
    expect(verdicts).toEqual(['correct', 'wrong', 'correct', 'neutral', 'neutral']);
    const wrong = container.querySelector('[data-verdict="wrong"]') as HTMLElement;
    expect(within(wrong).getByText(/Not this one\./)).toBeInTheDocument();
  });

  it('says when the facts behind the explanation were checked, only once revealed', () => {
    const { rerender, container } = render(
      <QuestionView question={single} selected={[]} onChange={() => {}} reveal idPrefix="d" />,
    );
    expect(screen.getByText(/Facts checked against the AWS docs on/)).toHaveTextContent(
      'Facts checked against the AWS docs on 4 Dec 2026.',
    );
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-12-04');
    rerender(
      <QuestionView
        question={single}
        selected={[]}
        onChange={() => {}}
        reveal={false}
        idPrefix="d"
      />,
    );
    expect(screen.queryByText(/Facts checked/)).not.toBeInTheDocument();
  });

  it('hides feedback until revealed and follows the given option order', () => {
    const { container } = render(
      <QuestionView
        question={single}
        order={['d', 'c', 'b', 'a']}
        selected={[]}
        onChange={() => {}}
        reveal={false}
        idPrefix="o"
      />,
    );
    expect(screen.queryByText(single.explanation)).not.toBeInTheDocument();
    expect(container.querySelector('[data-verdict]')).toBeNull();
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
  });
});
