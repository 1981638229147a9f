// Binding browser mode's port on 127.0.0.1. A port already taken is the usual trouble (a server left
// running in another window): it is told in Chinese, never as Node's EADDRINUSE stack trace.
import type http from 'node:http';

export const DEFAULT_PORT = 5178;
/** Without --port, the ports tried from DEFAULT_PORT on before giving up. */
export const DEFAULT_PORT_TRIES = 10;

export interface Listening {
  port: number;
  /** Set when the default port was taken and a later one is used instead. */
  note: string | null;
}

/**
 * Listens on `requested` (0: any free port), or, when the user named no port, on the first free one of
 * DEFAULT_PORT_TRIES ports from DEFAULT_PORT: a newcomer starting a second server wants a working address,
 * not an error. A port named with --port is used or refused, never silently swapped for another.
 */
export async function listenOnLoopback(server: http.Server, requested: number | null): Promise<Listening> {
  if (requested !== null) return { port: await listenOnce(server, requested, true), note: null };
  for (let port = DEFAULT_PORT; port < DEFAULT_PORT + DEFAULT_PORT_TRIES; port++) {
    try {
      const actual = await listenOnce(server, port, false);
      return { port: actual, note: port === DEFAULT_PORT ? null : `端口 ${DEFAULT_PORT}–${port - 1} 已被占用（可能已有一个“工作要点台账”在运行），已改用端口 ${port}。` };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw portError(err, port, false);
    }
  }
  const last = DEFAULT_PORT + DEFAULT_PORT_TRIES - 1;
  throw new Error(
    `端口 ${DEFAULT_PORT}–${last} 都已被占用（可能已有几个“工作要点台账”在运行）。` +
      '请关闭不再使用的服务（在其命令行窗口按 Ctrl+C），或用 --port 指定其他端口（--port 0 由系统自动选择空闲端口）。',
  );
}

function listenOnce(server: http.Server, port: number, named: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening);
      reject(named ? portError(err, port, true) : err);
    };
    const onListening = () => {
      server.off('error', onError);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

function portError(err: unknown, port: number, named: boolean): Error {
  const code = (err as NodeJS.ErrnoException).code;
  const instead = named ? `请关闭占用它的程序，或换一个端口，例如 npm run serve -- --port ${port === 65535 ? DEFAULT_PORT : port + 1}（--port 0 由系统自动选择空闲端口）。` : '请用 --port 指定其他端口（--port 0 由系统自动选择空闲端口）。';
  if (code === 'EADDRINUSE') return new Error(`端口 ${port} 已被占用（可能已有一个“工作要点台账”在运行，或其他程序正在使用它）。${instead}`);
  if (code === 'EACCES') return new Error(`没有权限使用端口 ${port}（1024 以下的端口通常需要管理员权限）。${instead}`);
  return err instanceof Error ? err : new Error(String(err));
}
