import { FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space, Tabs, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import type { PlanParseResult } from '../../../../electron/shared/api/plans';
import type { FileInput } from '../../../../electron/shared/contract';
import { api } from '../../api/client';
import { fileToInput, pickFiles } from '../../api/files';

/** A parsed plan waiting in the preview, with the file it came from (kept with the import). */
export interface PendingImport {
  parsed: PlanParseResult;
  original: FileInput;
}

interface Props {
  open: boolean;
  onClose(): void;
  onParsed(pending: PendingImport): void;
}

const PLAN_EXTENSIONS = ['txt', 'docx', 'doc', 'wps', 'xlsx', 'xls', 'et', 'ods'];

/** Step one of 导入计划: a file or pasted text, and an optional title; parsed into a preview. */
export function ImportSourceModal({ open, onClose, onParsed }: Props) {
  const { message } = App.useApp();
  const [tab, setTab] = useState<'file' | 'text'>('file');
  const [file, setFile] = useState<FileInput | null>(null);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  /** Why the last file or text could not be read: stays until another is given, unlike a toast. */
  const [error, setError] = useState<string | null>(null);
  const chooseFile = (f: FileInput) => {
    setFile(f);
    setError(null);
  };

  const choose = async () => {
    try {
      const [picked] = await pickFiles([{ name: '工作要点', extensions: PLAN_EXTENSIONS }], false);
      if (picked) chooseFile(picked);
    } catch (e) {
      message.error((e as Error).message, 8);
    }
  };
  const drop = async (e: DragEvent) => {
    e.preventDefault();
    const dropped = e.dataTransfer.files[0];
    if (dropped) chooseFile(await fileToInput(dropped));
  };

  const parse = async () => {
    const original =
      tab === 'file' ? file : text.trim() ? { name: '粘贴的文本.txt', bytes: new TextEncoder().encode(text) } : null;
    if (!original) return;
    const source =
      tab === 'file'
        ? { kind: 'file' as const, file: original, title: title.trim() || undefined }
        : { kind: 'text' as const, text, title: title.trim() || undefined };
    setBusy(true);
    try {
      const parsed = await api('plans.parse', { source });
      onParsed({ parsed, original });
      setFile(null);
      setText('');
      setTitle('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const ready = tab === 'file' ? file !== null : text.trim() !== '';
  return (
    <Modal
      open={open}
      title="导入计划"
      width={640}
      onCancel={onClose}
      okText="解析并预览"
      okButtonProps={{ disabled: !ready, loading: busy }}
      onOk={() => void parse()}
      // A stray click beside the dialog must not throw away a pasted plan text.
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as 'file' | 'text');
          setError(null);
        }}
        items={[
          {
            key: 'file',
            label: '选择文件',
            children: (
              <div className="import-drop" onDragOver={(e) => e.preventDefault()} onDrop={(e) => void drop(e)}>
                <InboxOutlined style={{ fontSize: 32, color: '#1677ff' }} />
                <div>
                  <Button type="primary" onClick={() => void choose()}>
                    选择文件…
                  </Button>
                </div>
                <Typography.Text type="secondary">或把文件拖到这里。支持 .txt .docx .doc .wps .xlsx .xls .et .ods</Typography.Text>
                {file && (
                  <div data-testid="import-file">
                    <FileTextOutlined /> {file.name}（{(file.bytes.length / 1024).toFixed(1)} KB）
                  </div>
                )}
              </div>
            ),
          },
          {
            key: 'text',
            label: '粘贴文本',
            children: (
              <Input.TextArea
                aria-label="计划文本"
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setError(null);
                }}
                rows={14}
                placeholder="把工作要点全文粘贴到这里：每项任务以“1.”“2.”开头，末尾括号注明牵头、责任、配合单位和完成时限"
              />
            ),
          },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="plan-parse-error" />}
      <Space.Compact block style={{ marginTop: 12 }}>
        <Space.Addon>计划标题</Space.Addon>
        <Input
          aria-label="计划标题"
          placeholder="可不填：默认取文件中的标题"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Space.Compact>
    </Modal>
  );
}
