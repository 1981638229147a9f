import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppFrame } from './AppFrame';
import { RecoveryGate } from './components/data/RecoveryGate';
import './styles.css';

dayjs.locale('zh-cn');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      componentSize="small"
      theme={{
        token: {
          borderRadius: 2,
          fontFamily:
            '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC", sans-serif',
        },
      }}
    >
      <AntApp>
        <RecoveryGate>
          <AppFrame />
        </RecoveryGate>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
