import { ListRow, NumberRow, SelectRow, TextRow } from '../../../components/form';
import { ECR_COUNT_TYPES, ECR_TAG_STATUSES } from '../../../domain/lifecycle/ecr';
import { num, obj, set, str, strings, type Json } from './jsonFields';
import { Button } from '../../../components/Button';
import { RuleList } from './RuleList';

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
  const maxPriority = rules.reduce<number>(
    (m, r) => Math.max(m, num(obj(r)['rulePriority']) ?? 0),
    0,
  );
  return (
    <RuleList rules={rules} onChange={write} newRule={() => NEW_ECR_RULE(maxPriority + 1)}>
      {({ rule, i, setRule, remove }) => {
        const sel = obj(rule['selection']);
        const action = obj(rule['action']);
        const setSel = (key: string, v: unknown) =>
          setRule({ ...rule, selection: set(sel, key, v) });
        const id = (f: string) => `ecr-rule-${i}-${f}`;
        const tagStatus = str(sel['tagStatus'], 'tagged');
        const listKey = 'tagPatternList' in sel ? 'tagPatternList' : 'tagPrefixList';
        const countType = str(sel['countType'], 'imageCountMoreThan');
        return (
          <fieldset key={i} className="lc-rule">
            <legend>Rule {num(rule['rulePriority']) ?? i + 1}</legend>
            <div className="form-grid">
              <NumberRow
                id={id('priority')}
                label="Priority"
                value={num(rule['rulePriority'])}
                min={1}
                onChange={(v) => setRule(set(rule, 'rulePriority', v))}
              />
              <TextRow
                id={id('description')}
                label="Description"
                value={str(rule['description'])}
                onChange={(v) => setRule(set(rule, 'description', v || undefined))}
                wide
              />
              <SelectRow
                id={id('status')}
                label="Tag status"
                value={tagStatus}
                options={ECR_TAG_STATUSES}
                onChange={(next) => {
                  let s: Json = { ...sel, tagStatus: next };
                  if (next === 'tagged') {
                    if (!('tagPrefixList' in s) && !('tagPatternList' in s))
                      s = { tagStatus: next, tagPrefixList: ['prod-'], ...s };
                  } else {
                    s = set(set(s, 'tagPrefixList', undefined), 'tagPatternList', undefined);
                  }
                  setRule({ ...rule, selection: s });
                }}
              />
              {tagStatus === 'tagged' && (
                <>
                  <SelectRow
                    id={id('listkind')}
                    label="Match tags by"
                    value={listKey}
                    options={[
                      { value: 'tagPrefixList', label: 'prefix (tagPrefixList)' },
                      { value: 'tagPatternList', label: 'pattern (tagPatternList)' },
                    ]}
                    onChange={(next) => {
                      const list = sel[listKey];
                      setRule({
                        ...rule,
                        selection: set(set(sel, listKey, undefined), next, list ?? []),
                      });
                    }}
                  />
                  <ListRow
                    id={id('list')}
                    label={`${listKey === 'tagPrefixList' ? 'Prefixes' : 'Patterns'} (comma-separated; all must match)`}
                    value={strings(sel[listKey])}
                    placeholder={listKey === 'tagPrefixList' ? 'prod-' : 'prod-*'}
                    onChange={(v) => setSel(listKey, v)}
                    wide
                  />
                </>
              )}
              <SelectRow
                id={id('counttype')}
                label="Count type"
                value={countType}
                options={ECR_COUNT_TYPES}
                onChange={(next) => {
                  let s: Json = { ...sel, countType: next };
                  // the form keeps countUnit consistent when the type changes; the JSON view lets you get it wrong
                  s = set(s, 'countUnit', next === 'imageCountMoreThan' ? undefined : 'days');
                  if (next === 'sinceImageTransitioned') s = { ...s, storageClass: 'archive' };
                  else if (sel['storageClass'] === 'archive') s = set(s, 'storageClass', undefined);
                  let a: Json = action;
                  if (next === 'sinceImagePulled')
                    a = { type: 'transition', targetStorageClass: 'archive' };
                  if (next === 'sinceImageTransitioned') a = { type: 'expire' };
                  setRule({ ...rule, selection: s, action: a });
                }}
              />
              <SelectRow
                id={id('unit')}
                label="Count unit"
                value={str(sel['countUnit'])}
                options={[{ value: '', label: '(none)' }, 'days']}
                onChange={(v) => setSel('countUnit', v || undefined)}
              />
              <NumberRow
                id={id('number')}
                label="Count number"
                value={num(sel['countNumber'])}
                min={1}
                onChange={(v) => setSel('countNumber', v)}
              />
              <SelectRow
                id={id('class')}
                label="Selects images in"
                value={str(sel['storageClass'], 'standard')}
                options={[
                  { value: 'standard', label: 'standard storage' },
                  { value: 'archive', label: 'archive' },
                ]}
                onChange={(v) => setSel('storageClass', v === 'standard' ? undefined : v)}
              />
              <SelectRow
                id={id('action')}
                label="Action"
                value={str(action['type'], 'expire')}
                options={[
                  { value: 'expire', label: 'expire' },
                  { value: 'transition', label: 'transition to archive' },
                ]}
                onChange={(v) =>
                  setRule({
                    ...rule,
                    action:
                      v === 'transition'
                        ? { type: 'transition', targetStorageClass: 'archive' }
                        : { type: 'expire' },
                  })
                }
              />
            </div>
            <Button small variant="danger" onClick={remove}>
              Remove rule {num(rule['rulePriority']) ?? i + 1}
            </Button>
          </fieldset>
        );
      }}
    </RuleList>
  );
}
