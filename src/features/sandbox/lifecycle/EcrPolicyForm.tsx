import { ListInput, NumberInput } from './fields';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const strings = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Sets `key` to `value`, or removes it when value is undefined. */
function set(o: Json, key: string, value: unknown): Json {
  const next = { ...o };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export const NEW_ECR_RULE = (priority: number) => ({
  rulePriority: priority,
  description: 'Expire untagged images after 14 days',
  selection: {
    tagStatus: 'untagged',
    countType: 'sinceImagePushed',
    countUnit: 'days',
    countNumber: 14,
  },
  action: { type: 'expire' },
});

interface Props {
  /** The policy JSON as parsed (any shape: the form reads leniently and keeps what it doesn't know). */
  value: unknown;
  onChange: (next: unknown) => void;
}

/** The lifecycle policy as a form: rules with priority, tag status, lists, count and action. */
export function EcrPolicyForm({ value, onChange }: Props) {
  const root = obj(value);
  const rules = Array.isArray(root['rules']) ? (root['rules'] as unknown[]) : [];
  const write = (next: unknown[]) => onChange({ ...root, rules: next });
  const setRule = (i: number, rule: Json) => write(rules.map((r, k) => (k === i ? rule : r)));
  const maxPriority = rules.reduce<number>(
    (m, r) => Math.max(m, num(obj(r)['rulePriority']) ?? 0),
    0,
  );
  return (
    <div className="lc-form">
      {rules.length === 0 && <p className="muted">No rules yet.</p>}
      {rules.map((raw, i) => {
        const rule = obj(raw);
        const sel = obj(rule['selection']);
        const action = obj(rule['action']);
        const setSel = (key: string, v: unknown) =>
          setRule(i, { ...rule, selection: set(sel, key, v) });
        const id = (f: string) => `ecr-rule-${i}-${f}`;
        const tagStatus = str(sel['tagStatus'], 'tagged');
        const listKey = 'tagPatternList' in sel ? 'tagPatternList' : 'tagPrefixList';
        const countType = str(sel['countType'], 'imageCountMoreThan');
        return (
          <fieldset key={i} className="lc-rule">
            <legend>Rule {num(rule['rulePriority']) ?? i + 1}</legend>
            <div className="form-grid">
              <div className="form-row">
                <label htmlFor={id('priority')}>Priority</label>
                <NumberInput
                  id={id('priority')}
                  value={num(rule['rulePriority'])}
                  min={1}
                  onChange={(v) => setRule(i, set(rule, 'rulePriority', v))}
                />
              </div>
              <div className="form-row lc-wide">
                <label htmlFor={id('description')}>Description</label>
                <input
                  id={id('description')}
                  type="text"
                  value={str(rule['description'])}
                  onChange={(e) =>
                    setRule(i, set(rule, 'description', e.target.value || undefined))
                  }
                />
              </div>
              <div className="form-row">
                <label htmlFor={id('status')}>Tag status</label>
                <select
                  id={id('status')}
                  value={tagStatus}
                  onChange={(e) => {
                    const next = e.target.value;
                    let s: Json = { ...sel, tagStatus: next };
                    if (next === 'tagged') {
                      if (!('tagPrefixList' in s) && !('tagPatternList' in s))
                        s = { tagStatus: next, tagPrefixList: ['prod-'], ...s };
                    } else {
                      s = set(set(s, 'tagPrefixList', undefined), 'tagPatternList', undefined);
                    }
                    setRule(i, { ...rule, selection: s });
                  }}
                >
                  <option value="tagged">tagged</option>
                  <option value="untagged">untagged</option>
                  <option value="any">any</option>
                </select>
              </div>
              {tagStatus === 'tagged' && (
                <>
                  <div className="form-row">
                    <label htmlFor={id('listkind')}>Match tags by</label>
                    <select
                      id={id('listkind')}
                      value={listKey}
                      onChange={(e) => {
                        const list = sel[listKey];
                        setRule(i, {
                          ...rule,
                          selection: set(set(sel, listKey, undefined), e.target.value, list ?? []),
                        });
                      }}
                    >
                      <option value="tagPrefixList">prefix (tagPrefixList)</option>
                      <option value="tagPatternList">pattern (tagPatternList)</option>
                    </select>
                  </div>
                  <div className="form-row lc-wide">
                    <label htmlFor={id('list')}>
                      {listKey === 'tagPrefixList' ? 'Prefixes' : 'Patterns'} (comma-separated; all
                      must match)
                    </label>
                    <ListInput
                      id={id('list')}
                      value={strings(sel[listKey])}
                      placeholder={listKey === 'tagPrefixList' ? 'prod-' : 'prod-*'}
                      onChange={(v) => setSel(listKey, v)}
                    />
                  </div>
                </>
              )}
              <div className="form-row">
                <label htmlFor={id('counttype')}>Count type</label>
                <select
                  id={id('counttype')}
                  value={countType}
                  onChange={(e) => {
                    const next = e.target.value;
                    let s: Json = { ...sel, countType: next };
                    // the form keeps countUnit consistent when the type changes; the JSON view lets you get it wrong
                    s = set(s, 'countUnit', next === 'imageCountMoreThan' ? undefined : 'days');
                    if (next === 'sinceImageTransitioned') s = { ...s, storageClass: 'archive' };
                    else if (sel['storageClass'] === 'archive')
                      s = set(s, 'storageClass', undefined);
                    let a: Json = action;
                    if (next === 'sinceImagePulled')
                      a = { type: 'transition', targetStorageClass: 'archive' };
                    if (next === 'sinceImageTransitioned') a = { type: 'expire' };
                    setRule(i, { ...rule, selection: s, action: a });
                  }}
                >
                  <option value="imageCountMoreThan">imageCountMoreThan</option>
                  <option value="sinceImagePushed">sinceImagePushed</option>
                  <option value="sinceImagePulled">sinceImagePulled</option>
                  <option value="sinceImageTransitioned">sinceImageTransitioned</option>
                </select>
              </div>
              <div className="form-row">
                <label htmlFor={id('unit')}>Count unit</label>
                <select
                  id={id('unit')}
                  value={str(sel['countUnit'])}
                  onChange={(e) => setSel('countUnit', e.target.value || undefined)}
                >
                  <option value="">(none)</option>
                  <option value="days">days</option>
                </select>
              </div>
              <div className="form-row">
                <label htmlFor={id('number')}>Count number</label>
                <NumberInput
                  id={id('number')}
                  value={num(sel['countNumber'])}
                  min={1}
                  onChange={(v) => setSel('countNumber', v)}
                />
              </div>
              <div className="form-row">
                <label htmlFor={id('class')}>Selects images in</label>
                <select
                  id={id('class')}
                  value={str(sel['storageClass'], 'standard')}
                  onChange={(e) =>
                    setSel(
                      'storageClass',
                      e.target.value === 'standard' ? undefined : e.target.value,
                    )
                  }
                >
                  <option value="standard">standard storage</option>
                  <option value="archive">archive</option>
                </select>
              </div>
              <div className="form-row">
                <label htmlFor={id('action')}>Action</label>
                <select
                  id={id('action')}
                  value={str(action['type'], 'expire')}
                  onChange={(e) =>
                    setRule(i, {
                      ...rule,
                      action:
                        e.target.value === 'transition'
                          ? { type: 'transition', targetStorageClass: 'archive' }
                          : { type: 'expire' },
                    })
                  }
                >
                  <option value="expire">expire</option>
                  <option value="transition">transition to archive</option>
                </select>
              </div>
            </div>
            <button
              type="button"
              className="button button-small button-danger"
              onClick={() => write(rules.filter((_, k) => k !== i))}
            >
              Remove rule {num(rule['rulePriority']) ?? i + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-small"
        onClick={() => write([...rules, NEW_ECR_RULE(maxPriority + 1)])}
      >
        Add a rule
      </button>
    </div>
  );
}
