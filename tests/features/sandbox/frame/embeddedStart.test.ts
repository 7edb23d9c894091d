// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  EMBEDDED_START_ID,
  embeddedStartsJson,
  takeEmbeddedStart,
} from '../../../../src/features/sandbox/frame/embeddedStart';

/** The block as the build writes it after #root (scripts/vite-prerender-plugin.ts). */
function embed(text: string) {
  document.body.innerHTML = `<div id="root"></div><script type="application/json" id="${EMBEDDED_START_ID}">${text}</script>`;
}

const start = {
  summary: 'Challenge start: </script><b>x</b>',
  scenario: { policy: '$& ${aws:username}' },
};

describe('the start a prerendered page carries', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('reads back as written, even with text that would end the block early', () => {
    const json = embeddedStartsJson([['upstream?challenge=a', start]]);
    expect(json).not.toContain('</script>');
    embed(json);
    expect(takeEmbeddedStart('upstream?challenge=a')).toEqual(start);
  });

  it('is taken once: the block goes with it', () => {
    embed(embeddedStartsJson([['upstream?challenge=a', start]]));
    takeEmbeddedStart('upstream?challenge=a');
    expect(document.getElementById(EMBEDDED_START_ID)).toBeNull();
    expect(takeEmbeddedStart('upstream?challenge=a')).toBeNull();
  });

  it("is not another start's, and stays for its own", () => {
    embed(embeddedStartsJson([['upstream?challenge=a', start]]));
    expect(takeEmbeddedStart('upstream?challenge=b')).toBeNull();
    expect(takeEmbeddedStart('access?challenge=a')).toBeNull();
    expect(document.getElementById(EMBEDDED_START_ID)).not.toBeNull();
  });

  it('is none where the page has no block or a damaged one', () => {
    expect(takeEmbeddedStart('upstream?challenge=a')).toBeNull();
    embed('{"upstream?challenge=a": {');
    expect(takeEmbeddedStart('upstream?challenge=a')).toBeNull();
  });
});
