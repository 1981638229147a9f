// The page's entry (index.html): loads the app and, meanwhile, asks for what the start page shows.
// React, antd and the pages are most of the script; while they load and run, the answers are on their
// way or back, for the components that show them to take when they mount (api/preload). On the
// ledger that is the database status (RecoveryGate), the plan list and, once the list names it, the
// selected plan.
import { preload } from './api/preload';
import { selectedPlanId } from './planSelection';
import { currentRoute } from './router';
import { useUi } from './store';

// The script files are requested first: the server answers one request at a time, and the plan
// (tens of thousands of rows) would otherwise hold them up.
void import('./main');

preload('data.status', {});
const plans = preload('plans.list', {});
if (currentRoute().page === 'ledger') {
  plans.then(
    (list) => {
      const planId = selectedPlanId(list, useUi.getState().planId);
      if (planId !== null) preload('plans.get', { planId });
    },
    () => undefined, // the plan list shows its own error
  );
}
