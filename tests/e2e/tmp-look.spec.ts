import { test } from './fixtures';
import { bridgeOf } from './bridge';

test('look', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  await app.reload();
  await app.getByRole('menuitem', { name: '季度汇总' }).click();
  await app.getByTestId('summary-sections').waitFor();
  await app.getByTestId('summary-trend').locator('svg').first().waitFor();
  await app.pdf({ path: '/tmp/look-dash.pdf', format: 'A4', landscape: true, printBackground: true });
});
