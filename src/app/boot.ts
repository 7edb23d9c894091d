// The page's entry script. A prerendered page is readable from its HTML and CSS alone, so the
// app's code (and the route's, preloaded from the page's after-paint template) is fetched once
// the browser has painted it: the first paint waits for nothing but the page itself. That holds
// for a prerendered page reached with a query string (a challenge, a search) and for the 404
// page too, though the app then renders them afresh: the visitor reads the page's heading and
// intro meanwhile instead of a blank screen. Only the empty app shell starts its code at once.
import { afterFirstPaint } from './afterFirstPaint';
import { AFTER_PAINT_TEMPLATE_ID } from './prerenderMarker';
import './tokens.css';
import './base.css';
import './shell.css';
import './blocks.css';
import './components.css';

const start = () => {
  const preloads = document.getElementById(AFTER_PAINT_TEMPLATE_ID);
  if (preloads instanceof HTMLTemplateElement) document.head.append(preloads.content);
  // A task of its own: adding two dozen preloads and then the app's own takes long enough
  // together to hold up input on a slow phone.
  setTimeout(() => void import('./main'));
};

const root = document.getElementById('root');
if (root?.firstElementChild) afterFirstPaint(start);
else start();
