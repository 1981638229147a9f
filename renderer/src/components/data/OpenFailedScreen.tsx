// Shown instead of the app when the database could not be opened and there is nothing to restore it
// from here: made by a newer version of the program, or not allowed to be read. Says what happened,
// which file (in the message), and what to do; the desktop app says the same in a dialog and quits.
import { Alert, Typography } from 'antd';
import type { ApiError } from '../../../../electron/shared/result';
import { transport } from '../../api/client';

function headline(code: ApiError['code']): string {
  if (code === 'DB_TOO_NEW') return '数据库由更新版本的程序创建，无法打开';
  if (code === 'DB_READONLY') return '没有权限打开数据库文件';
  return '无法打开数据库';
}

export function OpenFailedScreen({ error }: { error: ApiError }) {
  return (
    <div style={{ maxWidth: 900, margin: '0 auto', padding: 24 }} data-testid="open-failed-screen">
      <Typography.Title level={3}>工作要点台账</Typography.Title>
      <Alert
        type="error"
        showIcon
        title={headline(error.code)}
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
