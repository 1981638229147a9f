// The app itself, loaded by boot.ts, which meanwhile asks for what the start page shows.
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { APP_FONT } from './appFont';
import { AppFrame } from './AppFrame';
import { RecoveryGate } from './components/data/RecoveryGate';
import './styles.css';

dayjs.locale('zh-cn');
/**
 * Toasts (“已导出”, “已保存”) appear just under the pages' header row (title, plan and period
 * pickers, action buttons: 41 px from the top), not over it: what was just clicked stays in view.
 */
const TOASTS_TOP = 44;
// Text outside antd's components in the same font as inside them.
document.body.style.fontFamily = APP_FONT;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      componentSize="small"
      theme={{
        // Component styles come prebuilt (antd.css, linked from the page by boot.ts) instead of being
        // generated in the browser at start, which took about a third of the first screen's script time.
        zeroRuntime: true,
        token: {
          borderRadius: 2,
          fontFamily: APP_FONT,
        },
      }}
    >
      <AntApp message={{ top: TOASTS_TOP }}>
        <RecoveryGate>
          <AppFrame />
        </RecoveryGate>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
