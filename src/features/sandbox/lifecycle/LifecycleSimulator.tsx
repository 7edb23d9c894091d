import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import challengeFiles from '../../../content/challengeFiles/lifecycle';
import defaultScenarioJson from '../../../../content/scenarios/lifecycle.json';
import {
  parseLifecycleChallenge,
  parseLifecycleScenario,
} from '../../../domain/lifecycle/challenge';
import { meetsLifecycleGoal } from '../../../domain/lifecycle/goals';
import { ecrMonthlyStorageCost, s3MonthlyStorageCost } from '../../../domain/lifecycle/pricing';
import type {
  LifecycleAction,
  LifecycleScenario,
  LifecycleTab,
} from '../../../domain/lifecycle/scenario';
import {
  parseEcrPolicyText,
  parseS3ConfigurationText,
} from '../../../domain/lifecycle/policy-texts';
import { lifecycleSimMachineOffThread } from '../../../machines/lifecycleSim';
import { whenIdle } from '../../../components/whenIdle';
import { SimulatorFrame } from '../frame/SimulatorFrame';
import type { StartOptions } from '../frame/sessionStart';
import { useSimulatorSession } from '../frame/useSimulatorSession';
import {
  describeEcrPolicy,
  describeLifecycleAction,
  describeS3Configuration,
} from './describeAction';
import { AddImageForm, GenerateImagesForm } from './EcrControls';
import { EcrImages } from './EcrImages';
import { formatUsd } from './format';
import { lifecycleEngine } from './lifecycleEngine';
import { PolicyPanel, type PolicyView } from './PolicyPanel';
import { ProjectedCost } from './ProjectedCost';
import { BucketSettings } from './S3BucketSettings';
import { GenerateObjectsForm, PutObjectForm } from './S3ObjectForms';
import { VersionActions } from './S3VersionRequests';
import { S3Objects } from './S3Objects';
import { TimeMachine } from './TimeMachine';
import { Timeline } from './Timeline';
import './lifecycle.css';
import { Button } from '../../../components/Button';

// Stored in its parsed form (tests/content/defaultScenarios.test.ts), so the page starts without
// the parser, whose first run is a long task on a phone.
const defaultScenario = defaultScenarioJson as unknown as LifecycleScenario;
const machine = lifecycleSimMachineOffThread(lifecycleEngine.applyInWorker);

/** An edit is written to the history after this much quiet, on leaving the editor, or before any other action. */
const COMMIT_AFTER_MS = 900;

type Drafts = Record<LifecycleTab, string | null>;
const NO_DRAFTS: Drafts = { ecr: null, s3: null };

const committedText = (s: LifecycleScenario, tab: LifecycleTab) =>
  tab === 'ecr' ? s.ecr.policyText : s.s3.configurationText;

/** Where the page starts; the route's loader works it out ahead for a challenge or share link. */
export const startOptions = {
  simulator: 'lifecycle',
  challengeFiles,
  defaultScenario,
  parseScenario: parseLifecycleScenario,
  parseChallenge: parseLifecycleChallenge,
} satisfies StartOptions<unknown, unknown, unknown>;

export default function LifecycleSimulator() {
  const session = useSimulatorSession({ ...startOptions, machine, meetsGoal: meetsLifecycleGoal });
  const { scenario, actor } = session;
  useEffect(() => whenIdle(lifecycleEngine.start, 5000), []);
  const [tab, setTab] = useState<LifecycleTab>(scenario.tab);
  const [view, setView] = useState<PolicyView>('json');

  // Typing is kept as a draft and written to the history as one step, so undo works per edit.
  const [drafts, setDrafts] = useState<Drafts>(NO_DRAFTS);
  const draftsRef = useRef<Drafts>(NO_DRAFTS);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = () => {
    clearTimeout(timer.current);
    const pending = draftsRef.current;
    if (pending.ecr === null && pending.s3 === null) return;
    const { context } = actor.getSnapshot();
    const current = context.steps[context.index]!.scenario;
    if (pending.ecr !== null && pending.ecr !== committedText(current, 'ecr'))
      session.apply({ type: 'ecr.policy.edit', text: pending.ecr });
    if (pending.s3 !== null && pending.s3 !== committedText(current, 's3'))
      session.apply({ type: 's3.configuration.edit', text: pending.s3 });
    draftsRef.current = NO_DRAFTS;
    setDrafts(NO_DRAFTS);
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const edit = (kind: LifecycleTab, text: string) => {
    draftsRef.current = { ...draftsRef.current, [kind]: text };
    setDrafts(draftsRef.current);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flushRef.current(), COMMIT_AFTER_MS);
  };
  // Stable, so the memoized tables below skip the renders a click causes elsewhere.
  const apply = useCallback(
    (action: LifecycleAction) => {
      flushRef.current();
      actor.send({ type: 'action.apply', action });
    },
    [actor],
  );

  const ecrText = drafts.ecr ?? scenario.ecr.policyText;
  const s3Text = drafts.s3 ?? scenario.s3.configurationText;
  const ecrParsed = useMemo(() => parseEcrPolicyText(ecrText), [ecrText]);
  const s3Parsed = useMemo(() => parseS3ConfigurationText(s3Text), [s3Text]);

  // The tables, the timeline and the chart follow the scenario and the policy as typed a beat
  // behind: a click repaints its control first, and they catch up in a background render.
  const shown = useDeferredValue(scenario);
  const chartEcrText = useDeferredValue(ecrText);
  const chartS3Text = useDeferredValue(s3Text);
  const shownEcrPolicy = useDeferredValue(ecrParsed.value);
  const monthly =
    tab === 'ecr'
      ? ecrMonthlyStorageCost(scenario.ecr.images).monthly
      : s3MonthlyStorageCost(scenario.s3.objects).monthly;

  const tabs = (
    <div className="lc-tabs" role="group" aria-label="Simulate">
      <Button aria-pressed={tab === 'ecr'} onClick={() => setTab('ecr')}>
        ECR repository <span className="lc-tab-name">{scenario.ecr.repository}</span>
      </Button>
      <Button aria-pressed={tab === 's3'} onClick={() => setTab('s3')}>
        S3 bucket <span className="lc-tab-name">{scenario.s3.bucket.name}</span>
      </Button>
    </div>
  );

  // The two tabs share their layout; only the policy, its description and the table differ.
  const ecrTab = tab === 'ecr';
  const text = ecrTab ? ecrText : s3Text;
  const parsed = ecrTab ? ecrParsed : s3Parsed;
  const model = (
    <div className="stack">
      {tabs}
      <PolicyPanel
        kind={tab}
        text={text}
        parsed={parsed}
        description={
          ecrParsed.value && ecrTab
            ? describeEcrPolicy(ecrParsed.value)
            : s3Parsed.value && !ecrTab
              ? describeS3Configuration(s3Parsed.value)
              : null
        }
        view={view}
        onView={setView}
        onChange={(t) => edit(tab, t)}
        onCommit={flush}
      />
      <TimeMachine
        kind={tab}
        now={scenario[tab].now}
        monthly={formatUsd(monthly)}
        busy={session.busy}
        onAdvance={(days) => apply({ type: `${tab}.clock.advance`, days })}
      />
      {ecrTab ? (
        <Timeline kind="ecr" entries={shown.ecr.timeline} />
      ) : (
        <Timeline kind="s3" entries={shown.s3.timeline} />
      )}
      {ecrTab ? (
        <EcrImages ecr={shown.ecr} policy={shownEcrPolicy} apply={apply} />
      ) : (
        <S3Objects s3={shown.s3} />
      )}
      <ProjectedCost
        tab={tab}
        ecr={shown.ecr}
        s3={shown.s3}
        ecrText={chartEcrText}
        s3Text={chartS3Text}
      />
    </div>
  );

  const controls =
    tab === 'ecr' ? (
      <div className="stack controls">
        <AddImageForm apply={apply} />
        <GenerateImagesForm apply={apply} />
      </div>
    ) : (
      <div className="stack controls">
        <BucketSettings s3={scenario.s3} apply={apply} />
        <VersionActions s3={scenario.s3} apply={apply} />
        <PutObjectForm s3={scenario.s3} apply={apply} />
        <GenerateObjectsForm s3={scenario.s3} apply={apply} />
      </div>
    );

  return (
    <SimulatorFrame
      simulator="lifecycle"
      intro="Write an ECR lifecycle policy or an S3 lifecycle configuration, fill the repository or bucket, and move the clock: see what expires, moves to a cheaper class or gets a delete marker, which rule did it, and what it does to the bill."
      session={session}
      describeAction={describeLifecycleAction}
      model={model}
      controls={controls}
      parseSaved={parseLifecycleScenario}
    />
  );
}
