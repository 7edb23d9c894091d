import { CheckboxRow, NumberInput, NumberRow, SelectRow, TextRow } from '../../../components/form';
import { S3_TRANSITION_CLASSES } from '../../../domain/lifecycle/s3-types';
import { list, num, obj, set, str, type Json } from './jsonFields';
import { Button } from '../../../components/Button';
import { RuleList } from './RuleList';

/** An object with `key` set, dropped entirely when it ends up empty. */
function setInner(o: Json, outer: string, key: string, value: unknown): Json {
  const inner = set(obj(o[outer]), key, value);
  return set(o, outer, Object.keys(inner).length ? inner : undefined);
}

export const NEW_S3_RULE = (n: number) => ({
  ID: `rule-${n}`,
  Status: 'Enabled',
  Filter: { Prefix: 'builds/' },
  Expiration: { Days: 90 },
});

interface Props {
  value: unknown;
  onChange: (next: unknown) => void;
}

/** The lifecycle configuration as a form: ID, status, prefix, transitions, expiration, noncurrent versions. */
export function S3ConfigForm({ value, onChange }: Props) {
  const root = obj(value);
  const rules = list(root['Rules']);
  const write = (next: unknown[]) => onChange({ ...root, Rules: next });
  return (
    <RuleList rules={rules} onChange={write} newRule={() => NEW_S3_RULE(rules.length + 1)}>
      {({ rule, i, setRule, remove }) => {
        const filter = obj(rule['Filter']);
        const and = obj(filter['And']);
        const prefix = str(filter['Prefix'] ?? and['Prefix'] ?? rule['Prefix']);
        const transitions = list(rule['Transitions']);
        const id = (f: string) => `s3-rule-${i}-${f}`;
        const setPrefix = (p: string) => {
          const value = p === '' ? undefined : p;
          if ('Prefix' in rule && !('Filter' in rule))
            return setRule(set(rule, 'Prefix', value ?? ''));
          if ('And' in filter)
            return setRule({ ...rule, Filter: { ...filter, And: set(and, 'Prefix', value) } });
          setRule({ ...rule, Filter: set(filter, 'Prefix', value) });
        };
        const setTransitions = (next: unknown[]) =>
          setRule(set(rule, 'Transitions', next.length ? next : undefined));
        return (
          <fieldset key={i} className="lc-rule">
            <legend>Rule {str(rule['ID']) || i + 1}</legend>
            <div className="form-grid">
              <TextRow
                id={id('id')}
                label="ID"
                value={str(rule['ID'])}
                onChange={(v) => setRule(set(rule, 'ID', v || undefined))}
              />
              <SelectRow
                id={id('status')}
                label="Status"
                value={str(rule['Status'], 'Enabled')}
                onChange={(v) => setRule({ ...rule, Status: v })}
                options={['Enabled', 'Disabled']}
              />
              <TextRow
                id={id('prefix')}
                label="Prefix filter (empty = all objects)"
                value={prefix}
                onChange={setPrefix}
              />
              <NumberRow
                id={id('expiration')}
                label="Expire current version after (days)"
                value={num(obj(rule['Expiration'])['Days'])}
                min={1}
                onChange={(v) => setRule(setInner(rule, 'Expiration', 'Days', v))}
              />
              <NumberRow
                id={id('noncurrent')}
                label="Delete noncurrent versions after (days)"
                value={num(obj(rule['NoncurrentVersionExpiration'])['NoncurrentDays'])}
                min={1}
                onChange={(v) =>
                  setRule(
                    v === undefined
                      ? set(rule, 'NoncurrentVersionExpiration', undefined)
                      : setInner(rule, 'NoncurrentVersionExpiration', 'NoncurrentDays', v),
                  )
                }
              />
              <NumberRow
                id={id('newer')}
                label="…but keep the newest N noncurrent"
                value={num(obj(rule['NoncurrentVersionExpiration'])['NewerNoncurrentVersions'])}
                min={1}
                placeholder="none"
                onChange={(v) =>
                  setRule(
                    setInner(rule, 'NoncurrentVersionExpiration', 'NewerNoncurrentVersions', v),
                  )
                }
              />
            </div>
            <CheckboxRow
              label="Remove expired object delete markers (ExpiredObjectDeleteMarker)"
              checked={obj(rule['Expiration'])['ExpiredObjectDeleteMarker'] === true}
              onChange={(on) =>
                setRule(
                  setInner(rule, 'Expiration', 'ExpiredObjectDeleteMarker', on ? true : undefined),
                )
              }
            />
            <p className="lc-subhead">Transitions</p>
            {transitions.map((rawT, k) => {
              const t = obj(rawT);
              const tid = (f: string) => id(`t${k}-${f}`);
              const setT = (next: Json) =>
                setTransitions(transitions.map((x, j) => (j === k ? next : x)));
              return (
                <div key={k} className="button-row lc-transition">
                  <label htmlFor={tid('days')}>After days</label>
                  <NumberInput
                    id={tid('days')}
                    value={num(t['Days'])}
                    min={0}
                    onChange={(v) => setT(set(t, 'Days', v))}
                  />
                  <label htmlFor={tid('class')}>to</label>
                  <select
                    id={tid('class')}
                    value={str(t['StorageClass'], 'STANDARD_IA')}
                    onChange={(e) => setT({ ...t, StorageClass: e.target.value })}
                  >
                    {S3_TRANSITION_CLASSES.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </select>
                  <Button
                    small
                    aria-label={`Remove transition ${k + 1} of rule ${i + 1}`}
                    onClick={() => setTransitions(transitions.filter((_, j) => j !== k))}
                  >
                    Remove
                  </Button>
                </div>
              );
            })}
            <div className="button-row">
              <Button
                small
                onClick={() =>
                  setTransitions([...transitions, { Days: 30, StorageClass: 'STANDARD_IA' }])
                }
              >
                Add a transition
              </Button>
              <Button small variant="danger" onClick={remove}>
                Remove rule {str(rule['ID']) || i + 1}
              </Button>
            </div>
          </fieldset>
        );
      }}
    </RuleList>
  );
}
