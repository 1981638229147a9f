// The loopback HTTP bridge: serves the built renderer and the same registry as IPC.
// Every API call needs the per-start token; Host and Origin must be loopback; bodies are capped.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Ctx } from '../core/context';
import type { Registry } from '../core/registry';
import { HTTP_CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';
import { AppError, fail, type Envelope } from '../shared/result';
import { fromWire, toWire } from '../shared/wire';

export const TOKEN_HEADER = 'x-taizhang-token';
export const DEFAULT_MAX_BODY = 64 * 1024 * 1024;

/** What API calls run against. */
export interface BridgeBackend {
  registry: Registry;
  ctx: Ctx;
}

export interface BridgeOptions {
  /**
   * The backend, or its promise while the database is still being opened and checked: the page's
   * files are served meanwhile, API calls wait for it.
   */
  backend: BridgeBackend | Promise<BridgeBackend>;
  token: string;
  /** Folder of the built renderer; static serving is off when null. */
  staticDir: string | null;
  maxBodyBytes?: number;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function createBridge(options: BridgeOptions): http.Server {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const staticFiles = new StaticFileCache();
  return http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', `内部错误：${(err as Error).message}`));
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!isLoopback(req.headers.host) || (req.headers.origin !== undefined && !isLoopbackOrigin(req.headers.origin))) {
      return sendJson(res, 403, fail('FORBIDDEN', '只接受本机（127.0.0.1）访问'));
    }
    // Only origin-form paths: "//host/…" or "http://…" would be read as another authority.
    const target = req.url ?? '/';
    if (!target.startsWith('/') || target.startsWith('//')) return sendText(res, 400, '无效的路径');
    const url = new URL(target, 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('FORBIDDEN', '不支持的请求方法'));
    return serveStatic(res, url.pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.headers[TOKEN_HEADER] !== options.token) {
      return sendJson(res, 401, fail('FORBIDDEN', '缺少或错误的访问令牌，请使用启动时打印的完整地址打开'));
    }
    if (req.method !== 'POST') return sendJson(res, 405, fail('FORBIDDEN', '接口只接受 POST 请求'));
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) {
      req.resume();
      return sendJson(res, 413, tooLarge(maxBody));
    }
    const body = await readBody(req, maxBody);
    if (body === null) return sendJson(res, 413, tooLarge(maxBody));
    let input: unknown;
    try {
      input = body.length ? fromWire(body.toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, fail('INVALID_INPUT', '请求内容不是有效的 JSON'));
    }
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return sendJson(res, 400, fail('INVALID_INPUT', '接口名称不正确（地址中的编码有误）'));
    }
    let backend: BridgeBackend;
    try {
      backend = await options.backend;
    } catch (err) {
      return sendJson(res, 500, openingFailure(err));
    }
    const { registry, ctx } = backend;
    const envelope = await registry.invoke(method, input, ctx);
    const status = !envelope.ok && envelope.error.code === 'UNKNOWN_METHOD' ? 404 : 200;
    sendJson(res, status, envelope);
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    const root = options.staticDir;
    if (!root) return sendText(res, 404, '未找到');
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return sendText(res, 400, '无效的路径');
    }
    if (rel === '/' || rel === '') rel = '/index.html';
    if (rel.includes('\0')) return sendText(res, 400, '无效的路径');
    const file = path.resolve(root, '.' + path.posix.normalize(rel));
    if (!file.startsWith(path.resolve(root) + path.sep)) return sendText(res, 404, '未找到');
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return sendText(res, 404, '未找到');
    }
    if (!stat.isFile()) return sendText(res, 404, '未找到'); // no directory listing
    const bytes = staticFiles.read(file, stat);
    res.writeHead(200, {
      'Content-Security-Policy': HTTP_CONTENT_SECURITY_POLICY,
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': bytes.length,
      'Cache-Control': 'no-cache',
    });
    res.end(bytes);
  }
}

/**
 * The built renderer's files, read once and then served from memory (a few MB): every page load asks
 * for the same dozen files. A file changed on disk means the renderer was rebuilt while serving: the
 * cache starts over, so the old build's files (other names) do not pile up.
 */
class StaticFileCache {
  private readonly files = new Map<string, { mtimeMs: number; size: number; bytes: Buffer }>();

  read(file: string, stat: fs.Stats): Buffer {
    const cached = this.files.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.bytes;
    if (cached) this.files.clear();
    const bytes = fs.readFileSync(file);
    this.files.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, bytes });
    return bytes;
  }
}

/** The answer to every call when the database could not be opened: its own code and Chinese message (DB_TOO_NEW, DB_READONLY…). */
function openingFailure(err: unknown): Envelope<never> {
  if (err instanceof AppError) return fail(err.code, err.message, err.details);
  return fail('DB_OPEN_FAILED', `无法打开数据库：${(err as Error).message}`);
}

function tooLarge(max: number): Envelope<never> {
  return fail('FILE_TOO_LARGE', `请求内容过大（上限 ${Math.round(max / 1024 / 1024)} MB）`);
}

function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function hostName(hostHeader: string): string {
  return hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.split(':')[0]!;
}

export function isLoopback(hostHeader: string | undefined): boolean {
  return hostHeader !== undefined && LOOPBACK_HOSTS.has(hostName(hostHeader).toLowerCase());
}

export function isLoopbackOrigin(origin: string): boolean {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' && LOOPBACK_HOSTS.has(u.hostname.toLowerCase());
  } catch {
    return false;
  }
}

function sendJson(res: http.ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = toWire(envelope);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
