import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function SandboxPage() {
  useDocumentTitle('Sandbox');
  return (
    <div className="stack">
      <h1>Sandbox</h1>
      <div className="empty-state">
        <p>The simulators are being built: CodeArtifact upstreams, ECR and S3 lifecycle, and cross-account access. Until they land, the lessons explain each behaviour with worked examples.</p><p><Link to="/learn/upstreams">Read about upstream repositories</Link></p>
      </div>
    </div>
  );
}
