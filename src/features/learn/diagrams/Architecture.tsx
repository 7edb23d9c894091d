import { Link } from 'react-router-dom';
import { ArrowMarker } from '../../../components/ArrowMarker';
import {
  arrows,
  boxes,
  rectOf,
  VIEW_H,
  VIEW_W,
  zoneOf,
  zones,
  type ServiceBox,
} from './parts/architectureLayout';

/**
 * The end-to-end multi-account artifact architecture (lesson 15).
 *
 * Drawn for a 480-unit-wide viewBox so that 16-unit text renders at 12 px on a
 * 360 px wide screen; the layout is a single vertical stack. Colours come only
 * from the theme's CSS custom properties, so the figure follows light and dark mode.
 */

const css = `
.arch-link { cursor: pointer; }
.arch-link:hover .arch-box,
.arch-link:focus-visible .arch-box { stroke: var(--color-accent); stroke-width: 5px; }
.arch-link:focus-visible .arch-title { text-decoration: underline; }
`;

/** A box's title, centred; with a detail line below it when there is one. */
function BoxText({ box }: { box: ServiceBox }) {
  const cx = box.x + box.w / 2;
  const titleY = box.detail === undefined ? box.y + box.h / 2 + 6 : box.y + 25;
  return (
    <>
      <text
        className="arch-title"
        x={cx}
        y={titleY}
        textAnchor="middle"
        fontSize={16}
        fontWeight={600}
        style={{ fill: 'var(--color-text)' }}
      >
        {box.title}
      </text>
      {box.detail !== undefined && (
        <text
          x={cx}
          y={box.y + 47}
          textAnchor="middle"
          fontSize={16}
          style={{ fill: 'var(--color-muted)' }}
        >
          {box.detail}
        </text>
      )}
    </>
  );
}

export default function Architecture() {
  return (
    <figure className="diagram diagram-architecture" style={{ margin: '1.5rem 0' }}>
      <svg
        role="group"
        aria-labelledby="arch-title arch-desc"
        viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
        width="100%"
        style={{ display: 'block', maxWidth: '34rem', margin: '0 auto', height: 'auto' }}
      >
        <title id="arch-title">Multi-account artifact architecture</title>
        <desc id="arch-desc">
          A tooling account produces every artifact. Inside it, a CodeArtifact vendor-mirror
          repository reaches the public registries through its external connection, and team
          repositories use vendor-mirror as their upstream. CodePipeline and CodeBuild install
          dependencies from the team repositories, sign the Lambda package and the container image
          with AWS Signer profiles, push the image to the ECR registry and store build outputs in an
          artifact bucket encrypted with a customer managed KMS key and versioned. An EC2 Image
          Builder pipeline builds a tested golden AMI every month. Below the tooling account, a DR
          Region holds an ECR replica and a copy of the AMI. At the bottom, the dev and prod
          workload accounts each hold an ECR replica, the distributed AMI with an SSM parameter
          naming it, and a deploy role that reads artifacts from the tooling account. Each service
          box links to the lesson about it.
        </desc>
        <defs>
          <ArrowMarker id="arch-arrow" colour="var(--color-text)" />
          <style>{css}</style>
        </defs>

        <rect x={0} y={0} width={VIEW_W} height={VIEW_H} style={{ fill: 'var(--color-bg)' }} />

        {zones.map((zone) => (
          <g key={zone.id}>
            <rect
              {...rectOf(zone)}
              rx={12}
              style={{
                fill: 'var(--color-bg)',
                stroke: 'var(--color-border)',
                strokeWidth: 2,
                strokeDasharray: '8 5',
              }}
            />
            <text
              x={zone.x + 16}
              y={zone.y + 28}
              fontSize={18}
              fontWeight={700}
              style={{ fill: 'var(--color-text)' }}
            >
              {zone.title}
            </text>
          </g>
        ))}

        {arrows.map((arrow) => (
          <g key={arrow.id}>
            <path
              d={arrow.d}
              markerEnd="url(#arch-arrow)"
              style={{ fill: 'none', stroke: 'var(--color-text)', strokeWidth: 2 }}
            />
            {arrow.label === undefined ? null : (
              <text
                x={arrow.label.x}
                y={arrow.label.y}
                textAnchor={arrow.label.anchor ?? 'start'}
                fontSize={16}
                style={{ fill: 'var(--color-muted)' }}
              >
                {arrow.label.text}
              </text>
            )}
          </g>
        ))}

        {boxes.map((box) => (
          <Link key={box.id} to={`/learn/${box.slug}`} aria-label={box.label} className="arch-link">
            <rect
              className="arch-box"
              {...rectOf(box)}
              rx={8}
              style={{
                fill: 'var(--color-surface)',
                stroke: box.external === true ? 'var(--color-muted)' : 'var(--color-accent)',
                strokeWidth: 2,
                strokeDasharray: box.external === true ? '6 4' : undefined,
              }}
            />
            <BoxText box={box} />
          </Link>
        ))}
      </svg>
      <figcaption>
        Produce centrally, consume locally: the tooling account builds, signs and stores every
        artifact; the DR Region and the dev and prod accounts receive copies. Select a box to open
        its lesson.
      </figcaption>
      <details>
        <summary>Text description</summary>
        <p>Boxes, by zone (each links to its lesson):</p>
        <ul>
          {zones.map((zone) => (
            <li key={zone.id}>
              {zone.title}
              <ul>
                {boxes
                  .filter((box) => !box.external && zoneOf(box) === zone.id)
                  .map((box) => (
                    <li key={box.id}>
                      <Link to={`/learn/${box.slug}`}>
                        {box.title}
                        {box.detail === undefined ? '' : ` (${box.detail})`}
                      </Link>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
          {boxes
            .filter((box) => box.external === true)
            .map((box) => (
              <li key={box.id}>
                Outside AWS: <Link to={`/learn/${box.slug}`}>{box.title}</Link>
              </li>
            ))}
        </ul>
        <p>Arrows:</p>
        <ul>
          {arrows.map((arrow) => (
            <li key={arrow.id}>{arrow.describe}</li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
