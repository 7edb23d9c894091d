import { useState } from 'react';
import { CheckboxRow, ListRow } from '../../../components/form';
import type { ExternalConnectionName } from '../../../domain/codeartifact/types';
import type { ControlsProps } from './controlsProps';
import { PackageRequests } from './PackageRequests';
import { TokenAndClock } from './TokenAndClock';
import { TopologyEditor } from './TopologyEditor';
import { Card } from '../../../components/Card';
import { Button } from '../../../components/Button';

export function UpstreamControls({ scenario, apply }: ControlsProps) {
  const repos = Object.keys(scenario.domain.repositories);
  const [prediction, setPrediction] = useState<string[]>([]);
  return (
    <div className="stack controls">
      <PackageRequests scenario={scenario} apply={apply} />

      <Card id="registry-heading" title="Public registries">
        {Object.entries(scenario.domain.registries).map(([conn, registry]) => (
          <CheckboxRow
            key={conn}
            label={`${conn} is reachable`}
            checked={registry.available}
            onChange={(available) =>
              apply({
                type: 'registry.availability.set',
                connection: conn as ExternalConnectionName,
                available,
              })
            }
          />
        ))}
      </Card>

      <TokenAndClock scenario={scenario} apply={apply} />

      <Card id="predict-heading" title="Predict the search order">
        <ListRow
          id="prediction"
          label="Repositories in the order CodeArtifact will search them, comma-separated"
          value={prediction}
          onChange={setPrediction}
          placeholder={repos.slice(0, 3).join(', ')}
        />
        <Button
          disabled={prediction.length === 0}
          onClick={() => apply({ type: 'searchOrder.predict', order: prediction })}
        >
          Record prediction
        </Button>
      </Card>

      <TopologyEditor scenario={scenario} apply={apply} />
    </div>
  );
}
