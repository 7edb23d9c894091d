import type { UpstreamAction } from '../../../domain/codeartifact/scenario';

/** An action in words, as shown in a challenge's solution. */
export function describeUpstreamAction(a: UpstreamAction): string {
  switch (a.type) {
    case 'package.request':
      return `Request ${a.format} ${a.name}@${a.version} from ${a.repo}`;
    case 'package.publish':
      return `Publish ${a.format} ${a.name}@${a.version} to ${a.repo}`;
    case 'registry.availability.set':
      return `${a.available ? 'End' : 'Start'} an outage of ${a.connection}`;
    case 'origin.set':
      return `Set origin controls of ${a.format}/${a.name} in ${a.repo}: publish ${a.publish}, upstream ${a.upstream}`;
    case 'package.version.status.set':
      return `Set ${a.format} ${a.name}@${a.version} in ${a.repo} to ${a.status}`;
    case 'token.issue':
      return `Fetch a new token${a.durationSeconds === undefined ? '' : ` with --duration-seconds ${a.durationSeconds}`}`;
    case 'clock.advance':
      return `Advance the clock by ${a.seconds} s`;
    case 'repo.add':
      return `Create repository ${a.repo}`;
    case 'repo.remove':
      return `Delete repository ${a.repo}`;
    case 'upstreams.set':
      return `Set the upstreams of ${a.repo} to ${a.upstreams.join(', ') || 'none'}`;
    case 'connection.set':
      return a.connection
        ? `Connect ${a.repo} to ${a.connection}`
        : `Remove the external connection of ${a.repo}`;
    case 'searchOrder.predict':
      return `Predict the order: ${a.order.join(' → ')}`;
  }
}
