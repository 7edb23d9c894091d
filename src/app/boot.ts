// The page's entry script. A prerendered page is readable from its HTML and CSS alone, so the
// app's code (and the route's, preloaded from the page's after-paint template) is fetched once
// the browser has painted it: the first paint waits for nothing but the page itself. That holds
// for a prerendered page reached with a query string (a challenge, a search) and for the 404
// page too, though the app then renders them afresh: the visitor reads the page's heading and
// intro meanwhile instead of a blank screen. Only the empty app shell starts its code at once.
import { afterFirstPaint } from './afterFirstPaint';
import { AFTER_PAINT_TEMPLATE_ID } from '../components/prerenderMarker';
import './tokens.css';
import './base.css';
import './shell.css';
import './blocks.css';
import './components.css';

// Adding a preload costs the main thread about a millisecond on a phone: two dozen of them, or
// them and the app's own import, in one task would hold up input. A few per task, then the app.
const PRELOADS_PER_TASK = 4;

const start = () => {
  const template = document.getElementById(AFTER_PAINT_TEMPLATE_ID);
  const preloads = template instanceof HTMLTemplateElement ? [...template.content.children] : [];
  const next = () => {
    if (preloads.length === 0) return void import('./main');
    document.head.append(...preloads.splice(0, PRELOADS_PER_TASK));
    setTimeout(next);
  };
  next();
};

const root = document.getElementById('root');
if (root?.firstElementChild) afterFirstPaint(start);
else start();
