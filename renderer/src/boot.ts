// The page's entry (index.html): loads the app and, meanwhile, asks for what the start page shows.
// React, antd and the pages are most of the script; while they load and run, the answers are on their
// way or back, for the components that show them to take when they mount (api/preload). On the
// ledger that is the database status (RecoveryGate), the plan list and the selected plan.

// antd's prebuilt styles (1 MB) as the page's own stylesheet: fetched and parsed while the scripts
// below are still on their way, not after them.
import 'antd/dist/antd.css';
import { api } from './api/client';
import { preload, preloadUnknownInput } from './api/preload';
import { currentRoute } from './router';
import { useUi } from './store';

// The script files are requested first: the server answers one request at a time, and the plan
// (tens of thousands of rows) would otherwise hold them up.
void import('./main');

preload('data.status', {});
preload('plans.list', {});
if (currentRoute().page === 'ledger') {
  // The plan itself, without waiting for the list to name it: it is most of the first screen's data.
  const selected = api('plans.getSelected', { remembered: useUi.getState().planId });
  preloadUnknownInput(
    'plans.get',
    selected.then((plan) => plan && { input: { planId: plan.id }, output: plan }),
  );
}
