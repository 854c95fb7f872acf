/** Every browser suite in one process: one check of the web build, one server on a copy of the
 * seeded data folder and one Chromium, shared by the suites (each opens and closes its own
 * pages). A server start with its first fit and a Chromium launch cost seconds each, once per
 * file when the suites were files of their own. */
import { after } from 'node:test';
import { closeSharedBrowserApp } from './harness.ts';
import './bundle-size.suite.ts';
import './pages.suite.ts';
import './flows.suite.ts';
import './france-first.suite.ts';
import './market.suite.ts';
import './contribute.suite.ts';

after(closeSharedBrowserApp);
