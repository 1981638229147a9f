// Shown instead of the app when the database could not be opened and there is nothing to restore it
// from here: made by a newer version of the program, not allowed to be read, another program's
// file, or a path where no database can be made. Says what happened, which file (in the message), and what to do; the desktop app says the
// same in a dialog and quits.
import { Alert, Typography } from 'antd';
import { openFailureHeading } from '../../../../electron/shared/openFailure';
import type { ApiError } from '../../../../electron/shared/result';
import { transport } from '../../api/client';

export function OpenFailedScreen({ error }: { error: ApiError }) {
  return (
    <div style={{ maxWidth: 900, margin: '0 auto', padding: 24 }} data-testid="open-failed-screen">
      <Typography.Title level={3}>工作要点台账</Typography.Title>
      <Alert
        type="error"
        showIcon
        title={openFailureHeading(error.code)}
        description={
          <>
            <div>{error.message}</div>
            {transport === 'http' && (
              <div style={{ marginTop: 8 }}>
                处理之后，在运行“npm run serve”的命令行窗口按 Ctrl+C 停止服务，再重新运行，打开新打印的地址。要改用其他数据库文件，运行
                “npm run serve -- --db 数据库文件的完整路径”。数据库文件没有被改动。
              </div>
            )}
          </>
        }
      />
    </div>
  );
}
