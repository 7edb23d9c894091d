import { located } from '../../../domain/errors';
import {
  parseEcrPolicyText,
  parseS3ConfigurationText,
  type Parsed,
} from '../../../domain/lifecycle/policy-texts';
import { EcrPolicyForm, NEW_ECR_RULE } from './EcrPolicyForm';
import { NEW_S3_RULE, S3ConfigForm } from './S3ConfigForm';
import { LazyJsonEditor } from '../frame/LazyJsonEditor';
import './policyPanel.css';
import { Button } from '../../../components/Button';

export type PolicyView = 'json' | 'form';

interface Props {
  kind: 'ecr' | 's3';
  text: string;
  parsed: Parsed<unknown>;
  /** The policy in words when it is valid. */
  description: string | null;
  view: PolicyView;
  onView: (view: PolicyView) => void;
  onChange: (text: string) => void;
  /** Writes a pending edit to the history now (on leaving the editor). */
  onCommit: () => void;
}

const TEMPLATES = {
  ecr: () => JSON.stringify({ rules: [NEW_ECR_RULE(1)] }, null, 2),
  s3: () => JSON.stringify({ Rules: [NEW_S3_RULE(1)] }, null, 2),
};

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The policy as JSON (CodeMirror, errors at their path) or as a form; both edit the same text. */
export function PolicyPanel({
  kind,
  text,
  parsed,
  description,
  view,
  onView,
  onChange,
  onCommit,
}: Props) {
  const names =
    kind === 'ecr'
      ? { title: 'Lifecycle policy', service: 'ECR', thing: 'policy' }
      : { title: 'Lifecycle configuration', service: 'S3', thing: 'configuration' };
  const json = view === 'form' ? parseJson(text) : null;
  const headingId = `${kind}-policy-heading`;
  const parse = kind === 'ecr' ? parseEcrPolicyText : parseS3ConfigurationText;
  // JSON syntax errors are the editor's JSON linter's to mark
  const validate = (value: string) => {
    const problem = parse(value).problem;
    return problem && !problem.message.startsWith('invalid JSON') ? problem : null;
  };
  return (
    <section
      className="card lc-policy"
      aria-labelledby={headingId}
      onBlur={(e) => {
        // leaving the panel writes the pending edit as one step
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onCommit();
      }}
    >
      <div className="lc-policy-head">
        <h2 id={headingId}>{names.title}</h2>
        <div className="button-row" role="group" aria-label={`Edit the ${names.thing} as`}>
          {(['json', 'form'] as const).map((v) => (
            <Button key={v} small aria-pressed={view === v} onClick={() => onView(v)}>
              {v === 'json' ? 'JSON' : 'Form'}
            </Button>
          ))}
        </div>
      </div>
      {view === 'json' ? (
        <div className="lc-editor">
          <LazyJsonEditor
            editorKey={kind}
            label={`${names.service} lifecycle ${names.thing} (JSON)`}
            value={text}
            onChange={onChange}
            validate={validate}
          />
        </div>
      ) : json?.ok ? (
        kind === 'ecr' ? (
          <EcrPolicyForm
            value={json.value}
            onChange={(v) => onChange(JSON.stringify(v, null, 2))}
          />
        ) : (
          <S3ConfigForm value={json.value} onChange={(v) => onChange(JSON.stringify(v, null, 2))} />
        )
      ) : (
        <div className="lc-form">
          <p>
            {text.trim() === ''
              ? `There is no ${names.thing} yet.`
              : `The JSON does not parse, so the form cannot show it. Fix it in the JSON view, or start again from an example.`}
          </p>
          <Button small onClick={() => onChange(TEMPLATES[kind]())}>
            Start from an example
          </Button>
        </div>
      )}
      <p className={`lc-validity ${parsed.problem ? 'verdict-wrong' : ''}`} role="status">
        {text.trim() === ''
          ? kind === 'ecr'
            ? 'No lifecycle policy: nothing will ever expire.'
            : 'No lifecycle configuration: nothing transitions or expires.'
          : parsed.problem
            ? `✗ ${names.service} rejects this ${names.thing}: ${located(parsed.problem)}`
            : `✓ ${names.service} accepts this ${names.thing}${description ? `: ${description}` : '.'}`}
      </p>
    </section>
  );
}
